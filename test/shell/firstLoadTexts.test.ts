/**
 * The page's first scripts name no text they do not carry: no key of
 * src/core/i18n/enLater.ts or enCli.ts, nor the start of one (a key built at
 * run time, `pane.budget.curve.${field}`), appears in a script taskpane.html
 * loads or in a language's first chunk (lang-ru.js, lang-kk.js). Code there
 * that showed such a text would show it before core/languagePacks had loaded
 * it (the key itself would appear). Move the code into a lazily loaded part
 * (taskpane/lazyPart), or the key into en.ts and its ru/kk twins.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { en } from "../../src/core/i18n/en";
import { enCli } from "../../src/core/i18n/enCli";
import { enLater } from "../../src/core/i18n/enLater";
import { distDir } from "./distPaths";

const read = (file: string) => readFileSync(join(distDir, file), "utf8");

/** "pane.budget.curve.shape" -> "pane.budget.curve.", "pane.budget.": every start a key is built from. */
function keyStarts(key: string): string[] {
  const parts = key.split(".");
  return parts.slice(1).map((_, i) => `${parts.slice(0, i + 1).join(".")}.`);
}

const LATER_KEYS = [...Object.keys(enLater), ...Object.keys(enCli)];
const FIRST_KEYS = Object.keys(en);
/** Starts of later keys that no first text shares ("pane." is everyone's). */
const LATER_STARTS = [...new Set(LATER_KEYS.flatMap(keyStarts))].filter(
  (start) => !FIRST_KEYS.some((key) => key.startsWith(start))
);

const pageScripts = [...read("taskpane.html").matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)]
  .map((m) => m[1])
  .filter((src) => !/^https?:/.test(src));

describe("first-load scripts and the messages they carry", () => {
  it("lists the page's own scripts", () => {
    expect(pageScripts).toEqual(["runtime.js", "shared.js", "functions.js", "taskpane.js"]);
  });

  it.each([...pageScripts, "lang-ru.js", "lang-kk.js"])(
    "%s names no later or command-line text",
    (file) => {
      const text = read(file);
      const named = [...LATER_KEYS, ...LATER_STARTS].filter((key) =>
        ['"', "'", "`"].some((quote) => text.includes(`${quote}${key}`))
      );
      expect(named).toEqual([]);
    }
  );
});
