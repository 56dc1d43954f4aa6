/**
 * Jest setup (setupFiles): every language loaded, as the command line and the
 * build scripts have them, so a test can translate into any language at once.
 * The pane's on-demand loading is tested in test/core/languagePacks.test.ts
 * and end to end in test/e2e/languages.e2e.test.ts.
 */
import { loadEveryLanguage } from "../src/core/everyLanguage";

loadEveryLanguage();
