// ESLint for `npm run lint` (office-addin-lint picks this file up): the Office add-in
// rules (eslint-plugin-office-addins: sync before read, no context.sync in loops, …)
// with React, Prettier formatting (office-addin-prettier-config) and TypeScript.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import tsPlugin from "@typescript-eslint/eslint-plugin";
import prettierPlugin from "eslint-plugin-prettier";

const officeRules = officeAddins.configs.react.find((c) => c.files)?.rules ?? {};

export default [
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**"] },
  ...officeAddins.configs.react,
  {
    // The plugin's own block stops at .ts; the task pane is .tsx.
    files: ["**/*.tsx"],
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins, prettier: prettierPlugin },
    rules: officeRules,
  },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser },
    settings: { react: { version: "19" } },
    rules: {
      // TypeScript's own checks (strict tsc) cover props; prop-types is for untyped JS.
      "react/prop-types": "off",
      // React 17+ JSX transform ("jsx": "react-jsx"): React need not be in scope.
      "react/react-in-jsx-scope": "off",
      "react/jsx-uses-react": "off",
      // tsc (strict) already rejects undefined identifiers, and knows TS globals ESLint does not.
      "no-undef": "off",
    },
  },
];
