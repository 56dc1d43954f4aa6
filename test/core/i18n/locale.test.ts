import { matchLocale, resolveLocale } from "../../../src/core/i18n";

describe("locale tags", () => {
  it.each([
    ["ru-RU", "ru"],
    ["kk-KZ", "kk"],
    ["ru_RU.UTF-8", "ru"],
    ["EN-gb", "en"],
    ["de-DE", null],
    ["C", null],
    ["", null],
    [undefined, null],
  ])("matchLocale(%p) = %p", (tag, locale) => {
    expect(matchLocale(tag)).toBe(locale);
  });

  it("resolveLocale falls back to English", () => {
    expect(resolveLocale("fr-FR")).toBe("en");
    expect(resolveLocale("kk")).toBe("kk");
  });
});
