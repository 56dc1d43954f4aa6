/**
 * toNativeFormula replaces each MKT call by its twin wherever it sits and
 * keeps every other character; the rewritten formulas are evaluated by
 * HyperFormula against the function itself.
 */
import { HyperFormula } from "hyperformula";
import { CATALOGUE, evaluate, findEntry, renderTwin } from "../../../src/core/catalogue";
import {
  catalogueByName,
  callsMkt,
  mktFunctionName,
  toNativeFormula,
} from "../../../src/core/formula/toNative";

const BY_NAME = catalogueByName(CATALOGUE);
const convert = (formula: string) => toNativeFormula(formula, BY_NAME);
const twin = (name: string, refs: Record<string, string>) => renderTwin(findEntry(name)!, refs)!;

describe("mktFunctionName", () => {
  it.each([
    ["MKT.ROMI", "ROMI"],
    ["mkt.posm_payback", "POSM_PAYBACK"],
    ["_xldudf_MKT_POSM_PAYBACK", "POSM_PAYBACK"],
    ["[2]!_xldudf_MKT_CPL", "CPL"],
    ["SUM", null],
    ["MKTX.ROMI", null],
  ])("%s → %s", (word, name) => expect(mktFunctionName(word)).toBe(name));
});

describe("toNativeFormula", () => {
  it.each([
    ["a plain call", "=MKT.CPL(B1,B2)", `=${twin("CPL", { acquisition_cost: "B1", leads: "B2" })}`],
    [
      "a call inside another function, spacing kept",
      '=IF(A1>0, MKT.CPL(B1, B2), "none")',
      `=IF(A1>0, ${twin("CPL", { acquisition_cost: "B1", leads: "B2" })}, "none")`,
    ],
    [
      "a nested call becomes an operand in parentheses... of its own IF",
      "=MKT.CPL(MKT.CPC(A1,A2),B2)",
      `=${twin("CPL", { acquisition_cost: twin("CPC", { spend: "A1", clicks: "A2" }), leads: "B2" })}`,
    ],
    [
      "a compound argument in parentheses",
      "=MKT.CPL(A1+A2,B2)",
      `=${twin("CPL", { acquisition_cost: "(A1+A2)", leads: "B2" })}`,
    ],
    [
      "an omitted optional argument, empty or left out",
      "=MKT.ROMI(B1,B2,)+MKT.ROMI(B1,B2)",
      `=${twin("ROMI", { incremental_revenue: "B1", marketing_cost: "B2" })}+${twin("ROMI", { incremental_revenue: "B1", marketing_cost: "B2" })}`,
    ],
    [
      "quoted sheet names with spaces and apostrophes, and ranges",
      "=MKT.WEIGHTED_DIST('Q1 ''24 data'!B2:B9,'Q1 ''24 data'!C2:C9)",
      `=${twin("WEIGHTED_DIST", { category_sales: "'Q1 ''24 data'!B2:B9", carries: "'Q1 ''24 data'!C2:C9" })}`,
    ],
    [
      "array constants",
      "=MKT.INFLUENCE_COEF({5;4;3;0;0})",
      `=${twin("INFLUENCE_COEF", { scores: "{5;4;3;0;0}" })}`,
    ],
    [
      "the saved-file spelling",
      "_xldudf_MKT_CPL(B1,B2)",
      twin("CPL", { acquisition_cost: "B1", leads: "B2" }),
    ],
  ])("%s", (_, formula, expected) => {
    const result = convert(formula);
    expect(result.formula).toBe(expected);
    expect(result.changed).toBe(true);
  });

  it("leaves text inside string literals alone", () => {
    const result = convert('="MKT.ROMI(B1,B2)"&MKT.CPL(1,2)');
    expect(result.formula.startsWith('="MKT.ROMI(B1,B2)"&')).toBe(true);
    expect(result.converted).toEqual(["CPL"]);
    expect(convert('="=MKT.ROMI(1,2)"')).toEqual({
      formula: '="=MKT.ROMI(1,2)"',
      changed: false,
      converted: [],
      kept: [],
    });
    expect(callsMkt('="MKT.ROMI(1)"')).toBe(false);
  });

  it("keeps calls it cannot convert, with the reason", () => {
    const noTwin = new Map(BY_NAME).set("CPL", { ...findEntry("CPL")!, twin: null });
    expect(toNativeFormula("=MKT.CPL(A1,A2)+MKT.CPC(A1,A2)", noTwin).kept).toEqual([
      { name: "CPL", reason: "noTwin" },
    ]);
    expect(convert("=MKT.NOPE(1)").kept).toEqual([{ name: "NOPE", reason: "unknown" }]);
    expect(convert("=MKT.CPL(1,2,3)").kept).toEqual([{ name: "CPL", reason: "arguments" }]);
    expect(convert("=MKT.CPL(1)").kept).toEqual([{ name: "CPL", reason: "arguments" }]);
    expect(convert("=MKT.CPL(RAND(),2)").kept).toEqual([{ name: "CPL", reason: "volatile" }]);
    expect(convert("=MKT.CPL(1,2)").formula).toBe("=1/2");
  });

  it("keeps the whole formula when the rewrite would pass Excel's 8,192 characters", () => {
    const deep = Array.from({ length: 6 }).reduce<string>(
      (inner) => `MKT.PROMO_INCREMENT(${inner},B2,B3,B4,B5,B6,B7,B8,B9)`,
      "B1"
    );
    const result = convert(`=${deep}`);
    expect(result.changed).toBe(false);
    expect(result.formula).toBe(`=${deep}`);
    expect(result.kept.some((k) => k.reason === "tooLong")).toBe(true);
  });

  it("computes what the functions compute (HyperFormula), nested and across sheets", () => {
    const hf = HyperFormula.buildFromSheets(
      {
        "Q1 'data'": [[1000, 20, 50, 2000, 0.4]],
        Calc: [
          [
            toNativeFormula(
              "=MKT.ROMI('Q1 ''data'''!D1,'Q1 ''data'''!A1,'Q1 ''data'''!E1)*100",
              BY_NAME
            ).formula,
            toNativeFormula(
              "=MKT.CPL(MKT.CPC('Q1 ''data'''!A1,'Q1 ''data'''!B1),'Q1 ''data'''!C1)",
              BY_NAME
            ).formula,
          ],
        ],
      },
      { licenseKey: "gpl-v3" }
    );
    const calc = hf.getSheetId("Calc")!;
    expect(hf.getCellValue({ sheet: calc, row: 0, col: 0 })).toBeCloseTo(
      (evaluate(findEntry("ROMI")!, [2000, 1000, 0.4]) as number) * 100,
      9
    );
    const cpc = evaluate(findEntry("CPC")!, [1000, 20]) as number;
    expect(hf.getCellValue({ sheet: calc, row: 0, col: 1 })).toBeCloseTo(
      evaluate(findEntry("CPL")!, [cpc, 50]) as number,
      9
    );
  });
});
