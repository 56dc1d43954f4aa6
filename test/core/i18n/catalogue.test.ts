import {
  COMPLETE_LOCALES,
  LOCALES,
  render,
  setLocale,
  t,
  textOf,
  translate,
  type Catalogue,
  type Locale,
  type MessageKey,
  type PluralText,
  type Text,
} from "../../../src/core/i18n";
import { CATALOGUES } from "../../../src/core/everyLanguage";

/** Every English text (en.ts, enLater.ts, enCli.ts): the reference of every key. */
const en = CATALOGUES.en as Catalogue;

const KEYS = Object.keys(en) as MessageKey[];

function placeholders(text: Text): string[] {
  const forms = typeof text === "string" ? [text] : Object.values(text as PluralText);
  const names = new Set<string>();
  for (const form of forms) for (const m of form.matchAll(/\{(\w+)(?::\w+)?\}/g)) names.add(m[1]);
  return [...names].sort();
}

function missingKeys(locale: Locale): MessageKey[] {
  return KEYS.filter((k) => CATALOGUES[locale][k] === undefined);
}

describe("message catalogue", () => {
  it("renders parameters into the English text", () => {
    expect(translate("en", "fn.arg.missing", { name: "spend" })).toBe("spend is required");
    expect(translate("en", "pane.status.wrote", { sheet: "Discounts - Sockets" })).toBe(
      'Wrote the optimal discounts into "Discounts - Sockets".'
    );
  });

  it.each([
    [1, "Imported 1 tier from A1:E2."],
    [3, "Imported 3 tiers from A1:E2."],
  ])("chooses the plural form by Intl.PluralRules: %d", (count, text) => {
    expect(translate("en", "pane.status.imported", { count, address: "A1:E2" })).toBe(text);
  });

  it.each<[Locale, number, string]>([
    ["en", 0.3, 'minimum margin of tier "1-9" (30%)'],
    ["ru", 0.3, 'минимальная маржа ступени "1-9" (30\u00a0%)'],
    ["kk", 0.3, '"1-9" сатысының ең аз маржасы (30%)'], // CLDR: Kazakh writes no space before %
  ])("formats a {share:percent} parameter by the reader's locale (%s)", (locale, margin, shown) => {
    expect(translate(locale, "opt.binding.floor", { tier: "1-9", margin })).toBe(shown);
  });

  it.each<[Locale, string]>([
    ["en", "profit 1,234,567"],
    ["ru", "прибыль 1\u00a0234\u00a0567"],
  ])("groups {amount:money} thousands by locale (%s)", (locale, shown) => {
    const text = translate(locale, "cli.discount.noteOptimal", {
      profit: 1234567,
      currency: "KZT",
      explanation: "",
    });
    expect(text).toContain(shown);
  });

  it("writes a plain {value} as typed in a cell of that locale: no grouping, the locale's decimal sign", () => {
    expect(translate("en", "fn.arg.notWhole", { name: "n", value: 1200.5 })).toBe(
      "n must be a whole number, not 1200.5"
    );
    expect(translate("ru", "fn.arg.notWhole", { name: "n", value: 1200.5 })).toContain("1200,5");
  });

  it("falls back to English for a key a translation does not have yet", () => {
    const untranslated = missingKeys("ru")[0];
    if (untranslated === undefined) return; // ru is complete: nothing falls back
    expect(textOf("ru", untranslated)).toBe(en[untranslated]);
  });

  it("t renders in the active language, which an entry point sets", () => {
    try {
      setLocale("ru");
      expect(t("opt.binding.floor", { tier: "A", margin: 0.2 })).toBe(
        translate("ru", "opt.binding.floor", { tier: "A", margin: 0.2 })
      );
    } finally {
      setLocale("en");
    }
    expect(t("fn.arg.missing", { name: "x" })).toBe("x is required");
  });

  it("renders a message kept as data", () => {
    expect(render("en", { key: "pane.status.built", params: { sheet: "S" } })).toBe(
      translate("en", "pane.status.built", { sheet: "S" })
    );
  });

  describe.each(LOCALES.filter((l) => l !== "en"))("translation %s", (locale) => {
    const translation = CATALOGUES[locale];
    const translated = KEYS.filter((k) => translation[k] !== undefined);

    it("uses exactly the placeholders of the English text", () => {
      const wrong = translated.filter(
        (k) => placeholders(translation[k] as Text).join() !== placeholders(en[k]).join()
      );
      expect(wrong).toEqual([]);
    });

    it("gives every plural form the language's Intl.PluralRules uses", () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const incomplete = translated.filter((k) => {
        const text = translation[k] as Text;
        if (typeof text === "string") return typeof en[k] !== "string";
        return categories.some((c) => text[c as keyof PluralText] === undefined);
      });
      expect(incomplete).toEqual([]);
    });

    it(`has every key${COMPLETE_LOCALES.includes(locale) ? "" : " (not required yet: see COMPLETE_LOCALES)"}`, () => {
      if (COMPLETE_LOCALES.includes(locale)) expect(missingKeys(locale)).toEqual([]);
      else expect(missingKeys(locale).length).toBeLessThanOrEqual(KEYS.length);
    });
  });

  it("English plural texts have the forms English uses (one, other)", () => {
    const plurals = KEYS.filter((k) => typeof en[k] !== "string");
    expect(plurals.length).toBeGreaterThan(0);
    for (const k of plurals) expect(Object.keys(en[k]).sort()).toEqual(["one", "other"]);
  });
});
