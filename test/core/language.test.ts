/** Reading a language from what a user or the environment gives: a code, a locale tag, LANG. */
import { parseLanguage } from "../../src/core/language";

describe("parseLanguage", () => {
  it.each<[string | undefined | null, string | undefined]>([
    ["ru", "ru"],
    ["KK", "kk"],
    [" en ", "en"],
    ["ru-RU", "ru"],
    ["kk_KZ.UTF-8", "kk"],
    ["en_US.utf8", "en"],
    ["ru@cyrillic", "ru"],
    ["russian", undefined],
    ["de-DE", undefined],
    ["C.UTF-8", undefined],
    ["", undefined],
    [undefined, undefined],
    [null, undefined],
  ])("%p → %p", (text, language) => {
    expect(parseLanguage(text)).toBe(language);
  });
});
