/**
 * Extreme but finite inputs: the model is either refused with a message naming
 * the tier, or its worksheet (evaluated by HyperFormula) holds no error cell.
 * Never a sheet full of #NUM! that the validation let through.
 */
import { buildDiscountSheetPlan, validateDiscountModel } from "../../../src/core/discount";
import { loadExample } from "./fixtures";
import { PlanEngine } from "./planEngine";

const sample = () => JSON.parse(JSON.stringify(loadExample("sockets.json"))) as Record<string, any>;

/** Addresses of the cells that compute to an Excel error. */
function errorCells(engine: PlanEngine): string[] {
  const bad: string[] = [];
  engine.hf.getSheetValues(engine.sheet).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && typeof value === "object") bad.push(`R${r + 1}C${c + 1}`);
    })
  );
  return bad;
}

describe.each([
  ["unitsPerOrder", [5e-324, 1e-320, 1e-300, 1e-10, 1e200, 1e300, Number.MAX_VALUE]],
  ["orders", [5e-324, 1e-300, 1e200, 1e300, Number.MAX_VALUE]],
])("tiers[2].%s at extremes", (field, values) => {
  it.each(values)("%p is refused naming the tier, or builds a sheet without error cells", (x) => {
    const m = sample();
    m.tiers[2][field] = x;
    const result = validateDiscountModel(m);
    if (!result.ok) {
      expect(result.errors.map((e) => e.path)).toEqual(["tiers[2]"]);
      return;
    }
    for (const discounts of [undefined, result.model.tiers.map(() => result.model.maxDiscount)]) {
      const engine = new PlanEngine(buildDiscountSheetPlan(result.model, { discounts }));
      expect(errorCells(engine)).toEqual([]);
    }
  });
});
