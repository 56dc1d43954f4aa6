/**
 * The formula-text module: literals Excel reads back exactly, array constants,
 * quoted sheet references, defined-name formulas and example formulas. Numbers
 * are checked by reading the text back in HyperFormula (raw doubles, no display
 * rounding) and against Excel's rules for typed numbers (15 significant digits,
 * nothing above 9.99999999999999E+307).
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  EXCEL_LARGEST_TYPED,
  EXCEL_TYPED_DIGITS,
  arrayConstant,
  booleanLiteral,
  definedNameFormula,
  errorLiteral,
  exampleFormula,
  formulaLiteral,
  functionCallFormula,
  numberLiteral,
  quoteSheetName,
  sheetReference,
  stringLiteral,
} from "../../src/core/formulaText";

const hf = HyperFormula.buildEmpty({
  licenseKey: "gpl-v3",
  smartRounding: false,
  precisionEpsilon: 0,
});
const sheet = hf.getSheetId(hf.addSheet("Read"))!;

/** What a formula engine reads from =text. */
function readBack(text: string): unknown {
  hf.setCellContents({ sheet, row: 0, col: 0 }, [[`=${text}`]]);
  return hf.getCellValue({ sheet, row: 0, col: 0 });
}

/** Every number token of a formula text keeps Excel's rules for typed numbers. */
function typedNumbersExcelAccepts(text: string): boolean {
  const tokens = text.match(/\d+(\.\d+)?(e[-+]\d+)?/g) ?? [];
  return tokens.every((token) => {
    const digits = token.split("e")[0].replace(".", "").replace(/^0+/, "").replace(/0+$/, "");
    return digits.length <= EXCEL_TYPED_DIGITS && Number(token) <= EXCEL_LARGEST_TYPED;
  });
}

describe("numberLiteral", () => {
  it.each([
    [150000, "150000"],
    [0.4, "0.4"],
    [-2.5, "-2.5"],
    [-0, "0"],
    [1e21, "1e+21"],
    [1.5e-7, "1.5e-7"],
    [0.1 + 0.2, "(0.3+6e-17)"],
    [2 / 3, "(0.666666666666667-3e-16)"],
    [12345678901234568, "(12345678901234600-32)"],
    [1e308, "(5e+307*2)"],
    [5e-324, "0"],
  ])("%p is written %s", (x, text) => {
    expect(numberLiteral(x)).toBe(text);
  });

  it("reads back as the same double in a formula engine, in forms Excel accepts", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = numberLiteral(x);
        const expected = Math.abs(x) < 2.2250738585072014e-308 ? 0 : x;
        return readBack(text) === expected && typedNumbersExcelAccepts(text);
      }),
      { numRuns: 2000 }
    );
  });

  it("keeps a number a person typed in its short form", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        const x = Number((n / 10 ** d).toFixed(d));
        return numberLiteral(x) === String(x);
      })
    );
  });

  it.each([NaN, Infinity, -Infinity])("refuses %p, which no cell holds", (x) => {
    expect(() => numberLiteral(x)).toThrow(RangeError);
  });
});

describe("other literals", () => {
  it.each([
    ['say "hi"', '"say ""hi"""'],
    ["", '""'],
    ["Лист 1", '"Лист 1"'],
  ])("string %j is %s", (text, literal) => expect(stringLiteral(text)).toBe(literal));

  it("splits a text longer than 255 characters into pieces joined by &, never inside an emoji", () => {
    const text = "a".repeat(254) + "😀" + "b".repeat(10);
    const literal = stringLiteral(text);
    expect(literal).toBe(`"${"a".repeat(254)}"&"😀${"b".repeat(10)}"`);
    expect(readBack(literal)).toBe(text);
  });

  it.each([
    [true, "TRUE"],
    [false, "FALSE"],
  ])("boolean %p is %s", (value, text) => expect(booleanLiteral(value)).toBe(text));

  it.each([
    ["DIV0", "#DIV/0!"],
    ["NA", "#N/A"],
    ["VALUE", "#VALUE!"],
    ["NUM", "#NUM!"],
    ["#REF!", "#REF!"],
  ] as const)("error %s is %s", (error, text) => {
    expect(errorLiteral(error)).toBe(text);
    expect(formulaLiteral({ error })).toBe(text);
  });

  it("refuses an error text Excel does not know", () => {
    expect(() => errorLiteral("#OOPS!" as "#N/A")).toThrow("not an Excel error literal");
  });
});

describe("arrayConstant", () => {
  it('puts , between columns and ; between rows, an empty cell as ""', () => {
    expect(arrayConstant([[5], [4], [3], [null], [null]])).toBe('{5;4;3;"";""}');
    expect(
      arrayConstant([
        [1, "a"],
        [true, { error: "NA" }],
      ])
    ).toBe('{1,"a";TRUE,#N/A}');
  });

  it("reads back in a formula engine", () => {
    expect(readBack("SUM({1,2;3,4})")).toBe(10);
    expect(readBack('COUNTA({5;4;3;"";""})')).toBe(5);
  });

  it.each([
    ["a number that needs a sum", [[0.1 + 0.2]]],
    ["a number above Excel's typed limit", [[1e308]]],
    ["a text longer than 255 characters", [["x".repeat(256)]]],
  ])("refuses %s", (_, rows) => {
    expect(() => arrayConstant(rows)).toThrow("plain literals only");
  });

  it.each([
    ["no rows", []],
    ["ragged rows", [[1, 2], [3]]],
    ["an empty row", [[]]],
  ])("refuses %s", (_, rows) => {
    expect(() => arrayConstant(rows as number[][])).toThrow("non-empty and of one length");
  });
});

describe("references and defined names", () => {
  it.each([
    ["Discounts - Bob's", "B5", "'Discounts - Bob''s'!B5"],
    ["S", "$A$1:$A$2,$C$1", "'S'!$A$1:$A$2,'S'!$C$1"],
    ["Продажи", "B2:B9", "'Продажи'!B2:B9"],
  ])("sheet %j, %s -> %s", (sheetName, address, reference) => {
    expect(sheetReference(sheetName, address)).toBe(reference);
  });

  it("quotes every sheet name, doubling apostrophes", () => {
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });

  it.each([
    [{ range: "B5" }, "It's", "'It''s'!$B$5"],
    [{ range: "b5:c7" }, "S", "'S'!$B$5:$C$7"],
    [{ range: "A1:A2,C1" }, "S", "'S'!$A$1:$A$2,'S'!$C$1"],
    [{ value: 1 }, "S", "1"],
    [{ value: 0.1 + 0.2 }, "S", "(0.3+6e-17)"],
    [{ value: false }, "S", "FALSE"],
    [{ value: 'say "hi"' }, "S", '"say ""hi"""'],
  ])("defined name %j on sheet %j is %s", (refersTo, sheetName, formula) => {
    expect(definedNameFormula({ name: "n", refersTo, hidden: true }, sheetName)).toBe(formula);
  });

  it("a quoted reference reads back in a formula engine", () => {
    const other = hf.getSheetId(hf.addSheet("Bob's data"))!;
    hf.setCellContents({ sheet: other, row: 0, col: 1 }, [[7]]);
    expect(readBack(sheetReference("Bob's data", "B1"))).toBe(7);
  });
});

describe("example formulas", () => {
  it("writes literals and array constants, an omitted argument as an empty slot, trailing ones left out", () => {
    expect(
      exampleFormula({
        name: "WD",
        example: {
          args: [
            'a"b',
            [
              [1, 2],
              [3, null],
            ],
            null,
            true,
            null,
          ],
        },
      })
    ).toBe('=MKT.WD("a""b", {1,2;3,""}, , TRUE)');
    expect(functionCallFormula("SUM", [])).toBe("=SUM()");
  });
});
