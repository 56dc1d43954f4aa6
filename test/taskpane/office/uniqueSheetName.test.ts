import {
  MAX_SHEET_NAME_LENGTH,
  sanitiseSheetName,
  uniqueSheetName,
} from "../../../src/taskpane/office/uniqueSheetName";
import {
  absoluteA1,
  constantFormula,
  qualifiedReference,
  rangeShape,
} from "../../../src/taskpane/office/a1";

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

describe("a1 helpers", () => {
  it("qualifies references for defined names", () => {
    expect(absoluteA1("b5:c7")).toBe("$B$5:$C$7");
    expect(qualifiedReference("It's", "B5")).toBe("='It''s'!$B$5");
    expect(qualifiedReference("S", "A1:A2,C1")).toBe("='S'!$A$1:$A$2,'S'!$C$1");
    expect(constantFormula('say "hi"')).toBe('="say ""hi"""');
    expect(constantFormula(false)).toBe("=FALSE");
    expect(rangeShape("B5:D7")).toEqual({ rows: 3, columns: 3 });
  });
});
