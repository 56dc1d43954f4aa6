import { fieldErrorText } from "../../../src/core/fieldValidation";
/**
 * budgetModelFromSheetValues: a budget sheet read back (through HyperFormula,
 * a real engine) is the model it was built from, in every sheet language;
 * edits the user made on the sheet come back; a broken layout or an invalid
 * input is a field error, never a throw.
 */
import {
  buildBudgetSheetPlan,
  budgetModelFromSheetValues,
  BUDGET_LAYOUT_NAMES,
  type BudgetModelInput,
} from "../../../src/core/budget";
import type { SheetCell } from "../../../src/core/discount";
import { PlanEngine } from "../discount/planEngine";
import { H1_TRADE, model, sCurve } from "./fixtures";

function sheetValues(m: BudgetModelInput, language?: "en" | "ru" | "kk") {
  const hf = new PlanEngine(buildBudgetSheetPlan(m, language ? { language } : {}));
  const read = () =>
    Object.fromEntries(
      Object.values(BUDGET_LAYOUT_NAMES).map((name) => [
        name,
        hf.values(hf.rangeOfName(name)) as SheetCell[][],
      ])
    );
  return { hf, read };
}

describe("budgetModelFromSheetValues", () => {
  it.each(["en", "ru", "kk"] as const)(
    "the reference example comes back as built (sheet in %s)",
    (language) => {
      const { read } = sheetValues(H1_TRADE, language);
      expect(budgetModelFromSheetValues(read())).toEqual({ ok: true, model: H1_TRADE });
    }
  );

  it("reads spendAll from the sheet's statement, in any language", () => {
    const all = { ...H1_TRADE, spendAll: true };
    for (const language of ["en", "ru", "kk"] as const) {
      const result = budgetModelFromSheetValues(sheetValues(all, language).read());
      expect(result.ok && result.model.spendAll).toBe(true);
    }
  });

  it("reads what the user typed over the inputs since building", () => {
    const { hf, read } = sheetValues(H1_TRADE);
    const channels = hf.rangeOfName(BUDGET_LAYOUT_NAMES.channels);
    const firstRow = Number(/\d+/.exec(channels)![0]);
    hf.setColumn(`F${firstRow}:F${firstRow}`, [0.9]);
    hf.setColumn(hf.rangeOfName(BUDGET_LAYOUT_NAMES.budget), [10_000_000]);
    const result = budgetModelFromSheetValues(read());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.budget).toBe(10_000_000);
    expect(result.model.channels[0].margin).toBe(0.9);
  });

  it("a channel whose curve name was overtyped is read by the parameters filled in", () => {
    const values = sheetValues(model([sCurve("North")], 400)).read();
    values[BUDGET_LAYOUT_NAMES.channels][0][1] = "my curve";
    const result = budgetModelFromSheetValues(values);
    expect(result.ok && result.model.channels[0].response.model).toBe("adbudg");
  });

  it("a blank current spend is no current spend", () => {
    const values = sheetValues(H1_TRADE).read();
    values[BUDGET_LAYOUT_NAMES.channels][0][4] = "";
    const result = budgetModelFromSheetValues(values);
    expect(result.ok && result.model.channels[0].current).toBeNull();
  });

  it("an invalid input is the validator's field error with its JSON path", () => {
    const values = sheetValues(H1_TRADE).read();
    values[BUDGET_LAYOUT_NAMES.channels][1][5] = -1;
    const result = budgetModelFromSheetValues(values);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(["channels[1].margin"]);
  });

  it("an unreadable spend-all statement is the validator's error", () => {
    const values = sheetValues(H1_TRADE).read();
    values[BUDGET_LAYOUT_NAMES.spendAll][0][0] = "maybe";
    const result = budgetModelFromSheetValues(values);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].path).toBe("spendAll");
  });

  it("a missing or reshaped layout range is named", () => {
    const values = sheetValues(H1_TRADE).read();
    delete values[BUDGET_LAYOUT_NAMES.budget];
    values[BUDGET_LAYOUT_NAMES.meta] = [["only the name"]];
    const result = budgetModelFromSheetValues(values);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(
        result.errors.map((e) => ({ path: e.path, message: fieldErrorText(e, "en") }))
      ).toEqual([
        { path: "mkt_meta", message: "range mkt_meta is missing or has moved" },
        { path: "mkt_budget", message: "range mkt_budget is missing or has moved" },
      ]);
  });
});
