import { isSheetLanguage, sheetText, type SheetTextTable } from "../../../src/core/sheet/sheetText";

const table: SheetTextTable<"title" | "units"> = {
  en: { title: "Promo: {name}", units: "Units" },
  ru: { title: "Промо: {name}" },
};

describe("sheetText", () => {
  it.each([
    ["en", "title", "Promo: Tea"],
    ["ru", "title", "Промо: Tea"],
    ["ru", "units", "Units"], // missing in ru: English
    ["kk", "title", "Promo: Tea"], // no kk table at all: English
  ] as const)("%s %s -> %s", (lang, key, expected) => {
    expect(sheetText(table, lang)(key, { name: "Tea" })).toBe(expected);
  });

  it("leaves an unknown placeholder visible rather than blank", () => {
    expect(sheetText(table)("title", { other: 1 })).toBe("Promo: {name}");
  });

  it.each([
    ["en", true],
    ["kk", true],
    ["de", false],
    [1, false],
  ])("isSheetLanguage(%j) = %j", (v, expected) => expect(isSheetLanguage(v)).toBe(expected));
});
