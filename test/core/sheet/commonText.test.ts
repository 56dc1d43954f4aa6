/** The words several sheets share, one key each (core/sheet/commonText). */
import { COMMON_SHEET_TEXT, withCommonText } from "../../../src/core/sheet/commonText";
import { sheetText } from "../../../src/core/sheet/sheetText";
import { BUDGET_SHEET_TEXT } from "../../../src/core/budget/sheetText";
import { DISCOUNT_SHEET_TEXT } from "../../../src/core/discount/sheetText";
import { CAMPAIGNS_SHEET_TEXT } from "../../../src/core/guided/campaigns/sheetText";
import { PROMO_SHEET_TEXT } from "../../../src/core/guided/promo/sheetText";
import { DISTRIBUTION_SHEET_TEXT } from "../../../src/core/guided/distribution/sheetText";
import { SURVEY_SHEET_TEXT } from "../../../src/core/guided/survey/sheetText";
import { SHEET_LANGUAGES, type SheetTextTable } from "../../../src/core/sheet/sheetText";

describe("withCommonText", () => {
  const own = { en: { title: "Budget: {name}" }, ru: { title: "Бюджет: {name}" } };

  it("adds the common words to a sheet's own, in every language", () => {
    const table = withCommonText(own);
    expect(sheetText(table, "ru")("title", { name: "X" })).toBe("Бюджет: X");
    expect(sheetText(table, "ru")("currency")).toBe(COMMON_SHEET_TEXT.ru?.currency);
    expect(sheetText(table, "kk")("notesHeading")).toBe(COMMON_SHEET_TEXT.kk?.notesHeading);
    // Kazakh has no own title here: it falls back to English, as every lookup does.
    expect(sheetText(table, "kk")("title", { name: "X" })).toBe("Budget: X");
  });

  it("refuses an own key that repeats a common one (the drift it exists to prevent)", () => {
    expect(() => withCommonText({ en: { currency: "Money" } })).toThrow(/currency/);
  });
});

describe("the sheets that share words say them alike", () => {
  it.each(SHEET_LANGUAGES)("%s: the inputs' heading of the model and guided sheets", (language) => {
    const tables: SheetTextTable<"inputsHeading">[] = [
      BUDGET_SHEET_TEXT,
      DISCOUNT_SHEET_TEXT,
      CAMPAIGNS_SHEET_TEXT,
      PROMO_SHEET_TEXT,
    ];
    const headings = tables.map((table) => sheetText(table, language)("inputsHeading"));
    expect(new Set(headings).size).toBe(1);
  });

  it.each(SHEET_LANGUAGES)("%s: the objective's label of the two model sheets", (language) => {
    expect(sheetText(BUDGET_SHEET_TEXT, language)("totalProfit")).toBe(
      sheetText(DISCOUNT_SHEET_TEXT, language)("totalProfit")
    );
  });

  it.each(SHEET_LANGUAGES)("%s: the source label of the sheets read in place", (language) => {
    expect(sheetText(DISTRIBUTION_SHEET_TEXT, language)("sourceLabel")).toBe(
      sheetText(SURVEY_SHEET_TEXT, language)("sourceLabel")
    );
  });
});
