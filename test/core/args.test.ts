/**
 * The one coercion helper: what blanks, text, booleans, shares, counts, bounds,
 * ranges and incoming Excel errors turn into.
 */
import fc from "fast-check";
import {
  ArgDecl,
  coerceArgument,
  coerceArguments,
  compileArgument,
  Grid,
} from "../../src/core/args";
import { isExcelErrorValue, isFailure, isPassedError } from "../../src/core/errors";
import { CATALOGUE } from "../../src/core/catalogue";

const money: ArgDecl = { name: "cost", kind: "money", blank: "zero" };
const denominator: ArgDecl = {
  ...money,
  bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
};
const share: ArgDecl = {
  name: "margin",
  kind: "share",
  optional: true,
  default: 1,
  blank: "default",
};
const count: ArgDecl = { name: "clicks", kind: "count", blank: "zero" };
const anyNumber: ArgDecl = { name: "x", kind: "number", blank: "zero" };
const text: ArgDecl = {
  name: "language",
  kind: "text",
  optional: true,
  default: "en",
  blank: "default",
  choices: ["en", "ru"],
};
const flags: ArgDecl = {
  name: "carries",
  kind: "range",
  cells: "flag",
  blank: "skip",
};
const figures: ArgDecl = {
  name: "sales",
  kind: "range",
  cells: "number",
  blank: "skip",
};
const optionalRange: ArgDecl = { ...flags, name: "sells", optional: true };

describe("scalar coercion", () => {
  it.each([
    ["a number stays itself", anyNumber, -12.5, -12.5],
    ["a blank (null, web) required amount counts as 0", money, null, 0],
    ["a blank (undefined, omitted) counts as 0", money, undefined, 0],
    ["an empty string counts as blank", money, "", 0],
    ["a blank optional share takes its default", share, null, 1],
    ["an omitted optional share takes its default", share, undefined, 1],
    ["a share of 25% arrives as 0.25", share, 0.25, 0.25],
    ["a whole count", count, 12, 12],
    ["a text choice is case-insensitive", text, " RU ", "ru"],
    ["an omitted text takes its default", text, null, "en"],
  ])("%s", (_, decl, raw, expected) => {
    expect(coerceArgument(decl, raw)).toBe(expected);
  });

  it.each([
    [
      "text where a number belongs is #VALUE!",
      anyNumber,
      "abc",
      "VALUE",
      'x must be a number, not the text "abc"',
    ],
    [
      "TRUE where a number belongs is #VALUE!",
      anyNumber,
      true,
      "VALUE",
      "x must be a number, not TRUE",
    ],
    [
      "an object that is not an error is #VALUE!",
      anyNumber,
      { foo: 1 },
      "VALUE",
      "x must be a number",
    ],
    ["NaN is #NUM!", anyNumber, NaN, "NUM", "x must be a finite number"],
    ["Infinity is #NUM!", anyNumber, Infinity, "NUM", "x must be a finite number"],
    ["a negative amount is #NUM!", money, -1, "NUM", "cost must not be negative"],
    ["a zero denominator is #DIV/0!", denominator, 0, "DIV0", "cost must be greater than 0"],
    ["a blank denominator is #DIV/0!", denominator, null, "DIV0", "cost must be greater than 0"],
    ["a negative denominator is #NUM!", denominator, -5, "NUM", "cost must be greater than 0"],
    [
      "a share typed as 40 says to type 40% or 0.4",
      share,
      40,
      "NUM",
      "margin is a share between 0 and 1: type 40% or 0.4, not 40",
    ],
    [
      "a negative share is #NUM!",
      share,
      -0.1,
      "NUM",
      "margin is a share between 0 and 1 (0% to 100%): type 25% or 0.25, not -0.1",
    ],
    ["a fractional count is #NUM!", count, 2.5, "NUM", "clicks must be a whole number, not 2.5"],
    [
      "an unknown choice is #VALUE!",
      text,
      "de",
      "VALUE",
      'language must be one of "en", "ru", not "de"',
    ],
    [
      "a number where a choice belongs is #VALUE!",
      text,
      3,
      "VALUE",
      'language must be one of "en", "ru", not "3"',
    ],
  ])("%s", (_, decl, raw, kind, message) => {
    expect(coerceArgument(decl, raw)).toEqual({ kind, message });
  });

  it("keeps the bounds of a blank-as-0 but not of a declared default", () => {
    expect(coerceArgument({ ...share, default: 0.5 }, null)).toBe(0.5);
  });
});

describe("incoming Excel errors pass through unchanged", () => {
  const na = { code: "#N/A", message: "lookup failed" };

  it("recognises CustomFunctions.Error-shaped objects and rich error values", () => {
    expect(isExcelErrorValue(na)).toBe(true);
    expect(isExcelErrorValue({ type: "Error", errorType: "Div0", basicValue: "#DIV/0!" })).toBe(
      true
    );
    expect(isExcelErrorValue({ code: 3 })).toBe(false);
    expect(isExcelErrorValue([[1]])).toBe(false);
    expect(isExcelErrorValue(null)).toBe(false);
  });

  it("returns the very object that came in, for a scalar argument", () => {
    const result = coerceArgument(money, na);
    expect(isPassedError(result)).toBe(true);
    expect(isPassedError(result) && result.original).toBe(na);
    expect(isPassedError(result) && result.code).toBe("#N/A");
  });

  it("returns the first error cell of a range, in reading order", () => {
    const div0 = { code: "#DIV/0!" };
    const result = coerceArgument(flags, [[1], [na], [div0]]);
    expect(isPassedError(result) && result.original).toBe(na);
  });

  it("takes the code of a rich error value from basicValue", () => {
    const result = coerceArgument(money, {
      type: "Error",
      errorType: "Div0",
      basicValue: "#DIV/0!",
    });
    expect(isPassedError(result) && result.code).toBe("#DIV/0!");
  });

  it.each([
    ["Div0", "#DIV/0!"],
    ["NotAvailable", "#N/A"],
    ["NA", "#N/A"],
    ["Name", "#NAME?"],
    ["Null", "#NULL!"],
    ["Num", "#NUM!"],
    ["Ref", "#REF!"],
    ["Value", "#VALUE!"],
    ["Calc", "#CALC!"],
    ["Spill", "#SPILL!"],
    ["Busy", "#BUSY!"],
    ["Blocked", "#BLOCKED!"],
    ["Connect", "#CONNECT!"],
    ["External", "#EXTERNAL!"],
    ["Field", "#FIELD!"],
    ["GettingData", "#GETTING_DATA"],
    ["Python", "#PYTHON!"],
    ["Unknown", "#UNKNOWN!"],
  ])("maps a rich error value without basicValue, errorType %s, to %s", (errorType, code) => {
    const error = { type: "Error", errorType };
    const result = coerceArgument(money, error);
    expect(isPassedError(result) && result.code).toBe(code);
    expect(isPassedError(result) && result.original).toBe(error);
  });

  it("stops at the first failing argument", () => {
    const result = coerceArguments([money, money] as const, ["x", na]);
    expect(isFailure(result) && !isPassedError(result) && result.kind).toBe("VALUE");
  });
});

describe("range coercion", () => {
  const asGrid = (decl: ArgDecl, raw: unknown): Grid => {
    const result = coerceArgument(decl, raw);
    if (isFailure(result) || typeof result !== "object")
      throw new Error(`expected a grid, got ${JSON.stringify(result)}`);
    return result;
  };

  it("reads TRUE/FALSE, 1/0, figures and blanks in a yes/no range as exactly 1 or 0", () => {
    const g = asGrid(flags, [[true], [false], [1], [0], [7], [0.25], [null], [""]]);
    expect([g.rows, g.cols]).toEqual([8, 1]);
    expect([...g.values]).toEqual([1, 0, 1, 0, 1, 1, 0, 0]);
    expect([...g.blank]).toEqual([0, 0, 0, 0, 0, 0, 1, 1]);
  });

  it("keeps the figures of a range of figures", () => {
    const g = asGrid(figures, [
      [12.5, 0],
      [null, 3],
    ]);
    expect([...g.values]).toEqual([12.5, 0, 0, 3]);
    expect([...g.blank]).toEqual([0, 0, 1, 0]);
  });

  it("reads a flat array as a column", () => {
    expect(asGrid(figures, [1, 2, 3])).toMatchObject({ rows: 3, cols: 1 });
  });

  it("treats a single value as a one-cell range", () => {
    expect(asGrid(figures, 5)).toMatchObject({ rows: 1, cols: 1 });
  });

  it("treats an omitted optional range as empty", () => {
    expect(asGrid(optionalRange, null)).toMatchObject({ rows: 0, cols: 0 });
  });

  it("accepts an empty range", () => {
    expect(asGrid(figures, [])).toMatchObject({ rows: 0, cols: 0 });
  });

  it.each([
    [
      "a ragged range is #VALUE!",
      figures,
      [[1, 2], [3]],
      "VALUE",
      "sales must be a rectangular range (every row the same length)",
    ],
    [
      "text in a range is #VALUE!, naming the cell",
      figures,
      [[1], ["n/a"]],
      "VALUE",
      'sales must hold numbers, TRUE/FALSE or blanks; row 2, column 1 holds the text "n/a"',
    ],
    [
      "TRUE in a range of figures is #VALUE!",
      figures,
      [[true]],
      "VALUE",
      "sales must hold figures; row 1, column 1 holds TRUE/FALSE",
    ],
    [
      "a negative figure is #NUM!",
      figures,
      [[1, -2]],
      "NUM",
      "sales must not hold negative figures; row 1, column 2 holds -2",
    ],
    [
      "an infinite figure is #NUM!",
      figures,
      [[Infinity]],
      "NUM",
      "sales must hold finite numbers; row 1, column 1 does not",
    ],
    [
      "a nested array cell is #VALUE!",
      figures,
      [[[1]]],
      "VALUE",
      "sales: row 1, column 1 holds a value that is neither a number, TRUE/FALSE nor blank",
    ],
    ["a missing required range is #N/A", figures, null, "NA", "sales is required"],
  ])("%s", (_, decl, raw, kind, message) => {
    expect(coerceArgument(decl, raw)).toEqual({ kind, message });
  });
});

describe("compiled coercers", () => {
  // The inline fast path must answer exactly as the general coercion, for every declaration in use.
  const declarations = CATALOGUE.flatMap((entry) => entry.args.filter((a) => a.kind !== "range"));

  it.each(declarations.map((d) => [d.name, d] as const))(
    "%s: fast path and general coercion agree",
    (_, decl) => {
      const coerce = compileArgument(decl);
      fc.assert(
        fc.property(
          fc.oneof(
            fc.double(),
            fc.integer({ min: -10, max: 10 }),
            fc.constantFrom(0, -0, 1, 0.5, 11, 12, 31, 32),
            fc.constant(null),
            fc.string({ maxLength: 3 })
          ),
          (raw) => {
            expect(coerce(raw)).toEqual(coerceArgument(decl, raw));
          }
        ),
        { numRuns: 200 }
      );
    }
  );
});
