/**
 * Sheets in the user's language (issue 9 item 3): every per-language text
 * table of every sheet is complete in ru and kk, and a sheet built in Russian
 * or Kazakh differs from the English one only in its words — the same
 * formulas (invariant English), number formats, roles, names, Solver model
 * and chart ranges, so a workbook computes and re-solves the same for every
 * colleague.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { buildDiscountSheetPlan, discountSheetName } from "../../../src/core/discount";
import { DISCOUNT_SHEET_TEXT } from "../../../src/core/discount/sheetText";
import { TRANSLATED_LANGUAGES } from "../../../src/core/language";
import { translate } from "../../../src/core/i18n";
import { loadExample } from "../discount/fixtures";
import { sourceFiles } from "../../sourceFiles";
import { withoutWords } from "./planWords";

const CORE = join(__dirname, "..", "..", "..", "src", "core");

/** Every exported text table (an object with an `en` table of strings) of a file that declares one. */
function textTables(): [string, { en: Record<string, string> } & Record<string, unknown>][] {
  return sourceFiles(CORE)
    .filter((file) => /SheetTextTable</.test(readFileSync(file, "utf8")))
    .filter((file) => !file.endsWith(join("sheet", "sheetText.ts")))
    .flatMap((file) =>
      Object.entries(require(file) as Record<string, unknown>)
        .filter(([, value]) => typeof value === "object" && value !== null && "en" in value)
        .map(
          ([name, value]) =>
            [`${file.slice(CORE.length + 1)} ${name}`, value] as [
              string,
              { en: Record<string, string> } & Record<string, unknown>,
            ]
        )
    );
}

describe("sheet text tables", () => {
  const tables = textTables();

  it("finds every sheet's table: the discount and budget sheets, the five guided sheets and the words they share", () => {
    expect(tables.map(([name]) => name).sort()).toEqual(
      [
        "sheet/commonText.ts COMMON_SHEET_TEXT",
        "budget/sheetText.ts BUDGET_SHEET_TEXT",
        "discount/sheetText.ts DISCOUNT_SHEET_TEXT",
        "guided/campaigns/sheetText.ts CAMPAIGNS_SHEET_TEXT",
        "guided/distribution/sheetText.ts DISTRIBUTION_SHEET_TEXT",
        "guided/posm/sheetText.ts POSM_SHEET_TEXT",
        "guided/promo/sheetText.ts PROMO_SHEET_TEXT",
        "guided/survey/sheetText.ts SURVEY_SHEET_TEXT",
      ].sort()
    );
  });

  it.each(
    tables.flatMap(([name, table]) => TRANSLATED_LANGUAGES.map((l) => [name, l, table] as const))
  )("%s has every key in %s", (_name, language, table) => {
    const own = (table[language] ?? {}) as Record<string, string | undefined>;
    const missing = Object.keys(table.en).filter((key) => !own[key]);
    expect(missing.map((key) => `${language}.${key} (English: "${table.en[key]}")`)).toEqual([]);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(table.en))
      expect([key, placeholders(own[key] ?? "")]).toEqual([key, placeholders(table.en[key])]);
  });
});

describe("the discount sheet in Russian and Kazakh", () => {
  const sample = loadExample("sockets.json");
  const english = buildDiscountSheetPlan(sample, { discounts: [0, 0.1, 0.2] });

  it.each(TRANSLATED_LANGUAGES)(
    "%s: same formulas, formats, names, Solver model and charts as English",
    (language) => {
      const plan = buildDiscountSheetPlan(sample, { discounts: [0, 0.1, 0.2], language });
      expect(withoutWords(plan)).toEqual(withoutWords(english));
    }
  );

  it.each<[(typeof TRANSLATED_LANGUAGES)[number], string, string, string]>([
    ["ru", "Модель скидок", "Как найти решение", "Скидки - Розетки"],
    ["kk", "Жеңілдіктер моделі", "Шешімді қалай табуға болады", "Жеңілдіктер - Розетки"],
  ])(
    "%s: sheet name %p, notes heading %p, pane sheet name %p",
    (language, sheetName, heading, paneName) => {
      const plan = buildDiscountSheetPlan(sample, { language });
      expect(plan.sheetName).toBe(sheetName);
      const words = plan.blocks.flatMap((b) => b.cells.flat());
      expect(words).toContain(heading);
      // The notes sit under the summary, one paragraph a row, in the sheet's language.
      expect(words.join("\n")).toContain(DISCOUNT_SHEET_TEXT[language]!.noteSolve);
      expect(words.join("\n")).not.toContain(DISCOUNT_SHEET_TEXT.en.noteSolve);
      expect(discountSheetName("Розетки", language)).toBe(paneName);
    }
  );

  it.each(["en", ...TRANSLATED_LANGUAGES] as const)(
    "in %s, the note on the global optimum names the ribbon command, the pane's title and its Optimise tab",
    (language) => {
      const plan = buildDiscountSheetPlan(sample, { language });
      const words = plan.blocks.flatMap((b) => b.cells.flat()).filter((v) => typeof v === "string");
      const note = words.find((w) => (w as string).includes(translate(language, "pane.title")));
      expect(note).toContain(translate(language, "pane.ribbonCommand"));
      expect(note).toContain(translate(language, "pane.tab.optimise"));
      expect(words.some((w) => /\{(pane|command|tab)\}/.test(w as string))).toBe(false);
    }
  );

  it("keeps the user's own words (model name, tier and segment labels) as typed", () => {
    const plan = buildDiscountSheetPlan(sample, { language: "ru" });
    const words = plan.blocks.flatMap((b) => b.cells.flat());
    for (const tier of sample.tiers) expect(words).toContain(tier.label);
    for (const segment of sample.segments) expect(words).toContain(segment.label);
  });
});

describe("what the writers hand to Excel", () => {
  // Formulas and number formats go through the invariant properties (range.formulas,
  // range.numberFormat), which Excel shows in the reader's locale; the *Local variants
  // would store one locale's spelling (";" separators, "0,0%") in the workbook.
  const SRC = join(CORE, "..");
  it.each(["formulasLocal", "numberFormatLocal"])("no source file sets %s", (property) => {
    const users = sourceFiles(SRC).filter((file) =>
      new RegExp(`\\.${property}\\s*=`).test(readFileSync(file, "utf8"))
    );
    expect(users).toEqual([]);
  });
});
