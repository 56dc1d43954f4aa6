/**
 * Jest runs every test/**\/*.test.ts in Node. ts-jest compiles to CommonJS without
 * type checking (tsconfig's isolatedModules makes it transpile file by file):
 * `tsc --noEmit` type-checks the whole project as the first half of `npm test`.
 * globalSetup makes one production build that the shell, metadata and end-to-end
 * tests inspect.
 */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "CommonJS", moduleResolution: "node", jsx: "react-jsx", allowJs: true } },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": tsJest,
    // office-addin-mock -> office-addin-manifest depends on packages that ship only ES
    // modules (uuid 14, strip-bom 5), which jest on Node 20 cannot require; compile those.
    "^.+/node_modules/(uuid|strip-bom)/.+\\.js$": tsJest,
  },
  transformIgnorePatterns: ["^(?!.*/node_modules/(uuid|strip-bom)/).*/node_modules/"],
  globalSetup: "<rootDir>/test/globalSetup.ts",
  // Every language loaded, as in the command line (the pane loads one at a time).
  setupFiles: ["<rootDir>/test/setupLanguages.ts"],
  testTimeout: 60000,
};
