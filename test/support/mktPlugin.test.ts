/**
 * The MKT functions inside HyperFormula: every example the help page prints
 * and the gallery inserts is one formula text, and HyperFormula with the MKT
 * plugin computes it to the catalogue's expected value. Then the plugin's own
 * translation of what Excel hands a custom function: ranges, blanks, error
 * cells passed through, our errors as HyperFormula errors.
 */
import { DetailedCellError } from "hyperformula";
import { CATALOGUE } from "../../src/core/catalogue";
import { exampleFormula } from "../../src/core/formulaText";
import { galleryEntries } from "../../src/taskpane/state/galleryEntries";
import { entryDoc } from "../../scripts/functionDocs";
import { mktEngine } from "./mktPlugin";

const hf = mktEngine({ Examples: [] });
const sheet = hf.getSheetId("Examples")!;

function compute(rows: unknown[][]): unknown {
  hf.setSheetContent(sheet, rows as (string | number | boolean | null)[][]);
  return hf.getCellValue({ sheet, row: 0, col: 0 });
}

/** The first row of the sheet from A1, `width` cells: where a row result spills. */
function spilled(width: number): unknown[] {
  return Array.from({ length: width }, (_, col) => hf.getCellValue({ sheet, row: 0, col }));
}

const near = (value: unknown, expected: number) =>
  typeof value === "number" &&
  Math.abs(value - expected) <= 1e-12 * Math.max(1, Math.abs(expected));

const gallery = galleryEntries(CATALOGUE);

describe.each(CATALOGUE.map((entry, i) => [entry.name, entry, i] as const))(
  "the example of MKT.%s",
  (_, entry, i) => {
    const formula = exampleFormula(entry);

    it("is the same text in the help page and the gallery", () => {
      expect(entryDoc(entry).example.formula).toBe(formula);
      expect(gallery[i].example).toBe(formula);
    });

    it(`computes in HyperFormula to the catalogue's value (${formula})`, () => {
      const value = compute([[formula]]);
      const expected = entry.example.expected;
      if (typeof expected === "number") expect(near(value, expected)).toBe(true);
      else if (Array.isArray(expected)) {
        // A row of figures spills to the right of the formula's cell.
        const row = spilled(expected[0].length);
        expected[0].forEach((x, j) => expect(near(row[j], x)).toBe(true));
      } else expect(value).toBe(expected);
    });
  }
);

describe("the MKT plugin", () => {
  it("reads ranges and cell references, blank cells skipped as in Excel", () => {
    // CLEAN_DIST: store 2 misses a month, row 3 is blank and skipped: 2 / 3.
    const value = compute([
      ["=MKT.CLEAN_DIST(B1:D4)", true, true, true],
      [null, true, false, true],
      [null, null, null, null],
      [null, 3, 5, 1],
    ]);
    expect(value).toBeCloseTo(2 / 3, 12);
  });

  it("passes an error cell of a range through unchanged", () => {
    const value = compute([
      ["=MKT.WEIGHTED_DIST(B1:B3,C1:C3)", 500, true],
      [null, "=NA()", false],
      [null, 200, true],
    ]);
    expect(value).toBeInstanceOf(DetailedCellError);
    expect((value as DetailedCellError).value).toBe("#N/A");
  });

  it("returns an error in a scalar argument without calling the function, as Excel does", () => {
    const value = compute([["=MKT.ROMI(1/0,50000,0.4)"]]);
    expect((value as DetailedCellError).value).toBe("#DIV/0!");
  });

  it.each([
    ["a zero denominator", "=MKT.ROMI(150000,0,0.4)", "#DIV/0!"],
    ["a share out of range", "=MKT.ROMI(150000,50000,1.4)", "#NUM!"],
    ["text where a number belongs", '=MKT.ROMI("much",50000,0.4)', "#VALUE!"],
  ])("maps %s to the HyperFormula error of the same kind, with our message", (_, formula, text) => {
    const value = compute([[formula]]) as DetailedCellError;
    expect(value).toBeInstanceOf(DetailedCellError);
    expect(value.value).toBe(text);
    expect(value.message.length).toBeGreaterThan(10);
  });

  it("reads TRUE and FALSE as literals, as Excel does", () => {
    expect(compute([["=IF(TRUE,1,2)+IF(FALSE,10,20)"]])).toBe(21);
  });

  it("leaves an omitted optional argument to its default", () => {
    expect(compute([["=MKT.ROMI(150000,50000)"]])).toBe(compute([["=MKT.ROMI(150000,50000,1)"]]));
  });
});
