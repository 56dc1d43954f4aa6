/**
 * Each message lives in the file that decides when the page downloads it
 * (src/core/i18n/en.ts): the first texts, the later ones (enLater.ts) and the
 * command line's (enCli.ts) share no key, and a translation puts each key in
 * the twin of the file the English has it in, so that it loads with it.
 */
import { en } from "../../../src/core/i18n/en";
import { enCli } from "../../../src/core/i18n/enCli";
import { enLater } from "../../../src/core/i18n/enLater";
import { kk } from "../../../src/core/i18n/kk";
import { kkCli } from "../../../src/core/i18n/kkCli";
import { kkLater } from "../../../src/core/i18n/kkLater";
import { ru } from "../../../src/core/i18n/ru";
import { ruCli } from "../../../src/core/i18n/ruCli";
import { ruLater } from "../../../src/core/i18n/ruLater";
import type { Translation } from "../../../src/core/i18n";

const PARTS = [
  ["first", en, { ru, kk }],
  ["later", enLater, { ru: ruLater, kk: kkLater }],
  ["command line", enCli, { ru: ruCli, kk: kkCli }],
] as const;

describe("message catalogue parts", () => {
  it("no key is in two English parts", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [part, english] of PARTS)
      for (const key of Object.keys(english)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${part})`);
        seen.set(key, part);
      }
    expect(twice).toEqual([]);
  });

  it("the command line's part holds cli.* and nothing else holds it", () => {
    for (const [part, english] of PARTS)
      for (const key of Object.keys(english))
        expect(`${key}: ${key.startsWith("cli.")}`).toBe(`${key}: ${part === "command line"}`);
  });

  it.each(
    PARTS.flatMap(([part, english, translations]) =>
      Object.entries(translations).map(
        ([language, translation]) => [part, language, english, translation] as const
      )
    )
  )(
    "the %s part in %s translates only keys of the same English part",
    (_part, _language, english, translation) => {
      const misplaced = Object.keys(translation as Translation).filter((key) => !(key in english));
      expect(misplaced).toEqual([]);
    }
  );
});
