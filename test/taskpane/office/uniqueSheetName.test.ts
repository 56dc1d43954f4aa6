import {
  MAX_SHEET_NAME_LENGTH,
  sanitiseSheetName,
  uniqueSheetName,
} from "../../../src/taskpane/office/uniqueSheetName";

describe("uniqueSheetName", () => {
  it.each([
    ["Discounts - Tea", [], "Discounts - Tea"],
    ["Discounts - Tea", ["Discounts - Tea"], "Discounts - Tea (2)"],
    ["Discounts - Tea", ["discounts - tea", "Discounts - Tea (2)"], "Discounts - Tea (3)"],
    ["Discounts - a/b:c?d*e[f]g\\h", [], "Discounts - a b c d e f g h"],
    ["'quoted'", [], "quoted"],
    ["   ", [], "Discounts"],
    ["History", [], "History model"],
  ])("%s with %j -> %s", (wanted, existing, expected) => {
    expect(uniqueSheetName(wanted, existing)).toBe(expected);
  });

  it("stays within 31 characters, also with a suffix", () => {
    const long = "Discounts - An extraordinarily long product name";
    const first = uniqueSheetName(long, []);
    const second = uniqueSheetName(long, [first]);
    expect(first.length).toBe(MAX_SHEET_NAME_LENGTH);
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(second.endsWith("… (2)")).toBe(true);
    expect(sanitiseSheetName(long).endsWith("…")).toBe(true);
  });
});

describe("a1 helpers", () => {});
