/**
 * Jest runs every test/**\/*.test.ts in Node. ts-jest compiles to CommonJS without
 * type checking (isolatedModules): `tsc --noEmit` type-checks the whole project as
 * the first half of `npm test`, so checking again per file would only cost time.
 * globalSetup makes one production build that the shell, metadata and end-to-end
 * tests inspect.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      {
        isolatedModules: true,
        tsconfig: { module: "CommonJS", moduleResolution: "node", jsx: "react-jsx" },
      },
    ],
  },
  globalSetup: "<rootDir>/test/globalSetup.ts",
  testTimeout: 60000,
};
