/**
 * The catalogue's Russian and Kazakh help: every key present in both languages
 * (the failure names the key, the language and the file), nothing stale, the
 * source articles' own terms, Cyrillic Kazakh, decimal commas.
 */
import { CATALOGUE, evaluate, findEntry } from "../../../src/core/catalogue";
import {
  CatalogueTranslation,
  entryHelp,
  translationGaps,
} from "../../../src/core/catalogue/translations";
import { TRANSLATIONS } from "../../../src/core/everyLanguage";
import { TRANSLATED_LANGUAGES, TranslatedLanguage } from "../../../src/core/language";
import { ROMI_BAND_TEXT } from "../../../src/core/metrics/campaign";

/** Every text of one language's translation, for the checks that read them all. */
function textsOf(translation: CatalogueTranslation): string[] {
  return Object.values(translation.entries).flatMap((entry) => [
    entry.summary,
    entry.returns,
    ...Object.values(entry.args).flatMap((a) => [a.description, a.blankNote ?? ""]),
    ...(entry.bands ?? []).flatMap((b) => [b.when, b.meaning]),
    ...(entry.notes ?? []),
  ]);
}

describe("translation coverage", () => {
  it("every function, argument, blank note, band, note and category has ru and kk text", () => {
    // Each line says which key and language is missing, e.g.
    // "kk: ROMI.args.gross_margin.blankNote is missing in src/core/catalogue/translations/kk.ts (English: ...)".
    expect(translationGaps(CATALOGUE, TRANSLATIONS).join("\n")).toBe("");
  });

  /** ru with one change, kk untouched: the gaps the change causes. */
  function gapsWith(change: (ru: CatalogueTranslation) => CatalogueTranslation): string[] {
    return translationGaps(CATALOGUE, { ru: change(TRANSLATIONS.ru), kk: TRANSLATIONS.kk });
  }
  const withEntry = (
    ru: CatalogueTranslation,
    name: string,
    entry: CatalogueTranslation["entries"][string] | undefined
  ): CatalogueTranslation => {
    const entries = { ...ru.entries };
    if (entry === undefined) delete entries[name];
    else entries[name] = entry;
    return { ...ru, entries };
  };
  const romi = TRANSLATIONS.ru.entries.ROMI;

  it.each<[string, (ru: CatalogueTranslation) => CatalogueTranslation, RegExp]>([
    [
      "a function with no translation",
      (ru) => withEntry(ru, "ROMI", undefined),
      /^ru: ROMI \(summary, returns, every argument, bands\) is missing in src\/core\/catalogue\/translations\/ru\.ts \(English: "Return on marketing/,
    ],
    [
      "an empty summary",
      (ru) => withEntry(ru, "ROMI", { ...romi, summary: "" }),
      /^ru: ROMI\.summary is missing/,
    ],
    [
      "an argument with no description",
      (ru) => {
        const { marketing_cost: _dropped, ...args } = romi.args;
        return withEntry(ru, "ROMI", { ...romi, args });
      },
      /^ru: ROMI\.args\.marketing_cost\.description is missing .*\(English: "What the campaign cost/,
    ],
    [
      "a blank note the English has",
      (ru) =>
        withEntry(ru, "ROMI", {
          ...romi,
          args: { ...romi.args, gross_margin: { description: romi.args.gross_margin.description } },
        }),
      /^ru: ROMI\.args\.gross_margin\.blankNote is missing/,
    ],
    [
      "a blank note the English does not have",
      (ru) =>
        withEntry(ru, "ROMI", {
          ...romi,
          args: { ...romi.args, marketing_cost: { description: "x", blankNote: "y" } },
        }),
      /^ru: ROMI\.args\.marketing_cost\.blankNote has no English blankNote/,
    ],
    [
      "an argument the function no longer has",
      (ru) =>
        withEntry(ru, "ROMI", { ...romi, args: { ...romi.args, margin: { description: "x" } } }),
      /^ru: ROMI\.args\.margin is not an argument of ROMI/,
    ],
    [
      "a band too few",
      (ru) => withEntry(ru, "ROMI", { ...romi, bands: romi.bands!.slice(1) }),
      /^ru: ROMI\.bands has 4 bands in .*, the English has 5/,
    ],
    [
      "a note too few",
      (ru) => withEntry(ru, "ROMI", { ...romi, notes: romi.notes!.slice(1) }),
      /^ru: ROMI\.notes has 1 notes in .*, the English has 2/,
    ],
    [
      "notes for a function that has none",
      (ru) => {
        const cpl = ru.entries.CPL;
        return withEntry(ru, "CPL", { ...cpl, notes: [...cpl.notes!, "лишнее"] });
      },
      /^ru: CPL\.notes has 2 notes in .*, the English has 1/,
    ],
    [
      "a function that is not in the catalogue",
      (ru) => withEntry(ru, "ROMI_OLD", romi),
      /^ru: ROMI_OLD is translated in .* but is not in the catalogue/,
    ],
    [
      "a category",
      (ru) => ({ ...ru, categories: { ...ru.categories, POSM: undefined as unknown as string } }),
      /^ru: categories\["POSM"\] is missing/,
    ],
  ])("names the key, language and file for %s", (_name, change, message) => {
    const gaps = gapsWith(change);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatch(message);
  });

  it("falls back to English for a missing key, so a build never breaks", () => {
    const entry = { ...findEntry("ROMI")!, name: "NOT_TRANSLATED" };
    expect(entryHelp(entry, "ru").summary).toBe(entry.summary);
    expect(entryHelp(entry, "ru").args.map((a) => a.description)).toEqual(
      entry.args.map((a) => a.description)
    );
  });
});

describe("terminology of the source articles", () => {
  const help = (name: string, language: TranslatedLanguage) =>
    entryHelp(findEntry(name)!, language).summary.toLowerCase();

  it.each<[string, TranslatedLanguage, string]>([
    ["ROMI", "ru", "romi"],
    ["NUMERIC_DIST", "ru", "численная (нумерическая) дистрибуция"],
    ["WEIGHTED_DIST", "ru", "взвешенная дистрибуция"],
    ["CLEAN_DIST", "ru", "чистая дистрибуция"],
    ["POSM_PAYBACK", "ru", "окупаемост"],
    ["POSM_PROFIT", "ru", "posm"],
    ["LOYALTY_INDEX", "ru", "индекс лояльности"],
    ["CHURN_RATE", "ru", "отток клиентов"],
    ["ROMI", "kk", "romi"],
    ["WEIGHTED_DIST", "kk", "салмақты дистрибуция"],
    ["POSM_PAYBACK", "kk", "өтелу мерзімі"],
    ["POSM_PROFIT", "kk", "posm"],
    ["LOYALTY_INDEX", "kk", "адалдық индексі"],
  ])("%s in %s says %s", (name, language, term) => {
    expect(help(name, language)).toContain(term);
  });

  it("ROMI_RATING's documented bands are the words the function returns", () => {
    for (const language of TRANSLATED_LANGUAGES) {
      const bands = entryHelp(findEntry("ROMI_RATING")!, language).bands.map((b) => b.meaning);
      const romiBands = entryHelp(findEntry("ROMI")!, language).bands.map((b) => b.meaning);
      ROMI_BAND_TEXT[language].forEach((word, i) => {
        expect(bands[i].startsWith(word)).toBe(true);
        expect(romiBands[i]).toBe(word);
      });
    }
  });
});

describe("text results speak every language", () => {
  // Issue 9 item 6: a function that answers in words takes a language argument with en, ru and kk.
  const textResults = CATALOGUE.filter((e) => typeof e.example.expected === "string");

  it("ROMI_RATING is among them", () => {
    expect(textResults.map((e) => e.name)).toContain("ROMI_RATING");
  });

  it.each<[number, string, string]>([
    [0.25, "ru", "ниже приемлемого"],
    [0.3, "RU", "приемлемый"],
    [0.6, " ru ", "хороший"],
    [0.8, "ru", "отличный"],
    [2, "ru", "выдающийся"],
    [0.25, "kk", "қолайлыдан төмен"],
    [0.3, "KK", "қолайлы"],
    [0.6, "kk", "жақсы"],
    [0.8, " kk", "өте жақсы"],
    [2, "kk", "ерекше"],
  ])("ROMI_RATING(%p, %p) = %p (any case, spaces trimmed)", (romi, language, text) => {
    expect(evaluate(findEntry("ROMI_RATING")!, [romi, language])).toBe(text);
  });

  it.each(textResults.map((e) => [e.name, e] as const))(
    "%s takes an optional language: en (default), ru, kk",
    (_name, entry) => {
      const language = entry.args.find((a) => a.name === "language");
      expect(language).toMatchObject({ kind: "text", optional: true, default: "en" });
      expect(language!.choices).toEqual(["en", "ru", "kk"]);
    }
  );
});

describe("how the translations are written", () => {
  it.each(TRANSLATED_LANGUAGES)(
    "%s writes decimals with a comma, as its Excel shows them",
    (language) => {
      // Section numbers (methods.md §2.3) are not decimals.
      const dotted = textsOf(TRANSLATIONS[language]).filter((t) =>
        /\d\.\d/.test(t.replace(/§\d+(\.\d+)*/g, ""))
      );
      expect(dotted).toEqual([]);
    }
  );

  it("Kazakh is Cyrillic Kazakh: every summary uses Kazakh letters, none is Latin-script Kazakh", () => {
    for (const [name, entry] of Object.entries(TRANSLATIONS.kk.entries)) {
      expect([name, /[әғқңөұүһі]/i.test(entry.summary)]).toEqual([name, true]);
    }
    // Latin script is allowed only for what Excel shows in English in every language (argument
    // and function names, TRUE/FALSE, error values), the metrics' acronyms, one-letter symbols,
    // and ROMI_RATING's English band words quoted beside the Kazakh ones.
    const names = new Set(CATALOGUE.flatMap((e) => [e.name, ...e.args.map((a) => a.name)]));
    const allowed = new Set([
      ...["ROMI", "ROI", "POSM", "ARPU", "CPC", "CPL", "ADBUDG", "MKT", "Excel", "S"],
      ...["TRUE", "FALSE", "NUM", "DIV", "VALUE", "en", "ru", "kk", "redemption", "rate", "churn"],
      ...ROMI_BAND_TEXT.en.flatMap((band) => band.split(" ")),
      // The notes: Excel's function names (the Kazakh pack keeps them English), Solver, keys,
      // the methods page, WD, the SMART article, and Gupta and Lehmann's English title.
      ...["SUM", "MMULT", "LN", "EXP", "Solver", "Ctrl", "Shift", "Enter", "methods", "md", "WD"],
      ..."SMART Customers as Assets Journal of Interactive Marketing".split(" "),
    ]);
    const latin = textsOf(TRANSLATIONS.kk)
      .flatMap((t) => t.match(/[A-Za-z][A-Za-z_]*/g) ?? [])
      .filter((word) => !names.has(word) && !allowed.has(word) && !/_|^[A-Za-z]$/.test(word));
    expect([...new Set(latin)]).toEqual([]);
  });

  it("Russian uses Russian Excel's error names", () => {
    const texts = textsOf(TRANSLATIONS.ru).join(" ");
    expect(texts).not.toMatch(/#NUM!|#DIV\/0!|#VALUE!/);
    expect(texts).toContain("#ЧИСЛО!");
  });
});
