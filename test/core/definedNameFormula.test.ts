import { definedNameFormula, quoteSheetName } from "../../src/core/definedNameFormula";

describe("definedNameFormula", () => {
  it.each([
    [{ range: "B5" }, "It's", "'It''s'!$B$5"],
    [{ range: "b5:c7" }, "S", "'S'!$B$5:$C$7"],
    [{ range: "A1:A2,C1" }, "S", "'S'!$A$1:$A$2,'S'!$C$1"],
    [{ value: 1 }, "S", "1"],
    [{ value: false }, "S", "FALSE"],
    [{ value: 'say "hi"' }, "S", '"say ""hi"""'],
  ])("%j on sheet %j is %s", (refersTo, sheet, formula) => {
    expect(definedNameFormula({ name: "n", refersTo, hidden: true }, sheet)).toBe(formula);
  });

  it("quotes sheet names, doubling apostrophes", () => {
    expect(quoteSheetName("Discounts - Bob's")).toBe("'Discounts - Bob''s'");
  });
});
