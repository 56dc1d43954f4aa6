/**
 * Parity: the sheet plan's native formulas, evaluated by HyperFormula, equal
 * the TypeScript model (evaluate.ts) to 1e-9 relative at random discount
 * vectors and at the optimiser's answer; at the answer every constraint cell
 * of the sheet holds.
 */
import {
  buildDiscountSheetPlan,
  discountSheetRows,
  evaluateDiscounts,
  optimiseDiscounts,
  sensitivityDiscounts,
  tierProfit,
  LAYOUT_NAMES,
  type DiscountModelInput,
} from "../../../src/core/discount";
import { mulberry32 } from "../../../testkit/random";
import { PlanEngine } from "./planEngine";
import { BIMODAL, SPLIT_FLOOR, loadExample } from "./fixtures";
import { generateModels } from "../../../testkit/generateModels";

const RELATIVE = 1e-9;

function expectClose(actual: unknown, expected: number, what: string): void {
  if (typeof actual !== "number") throw new Error(`${what}: sheet gave ${JSON.stringify(actual)}`);
  const scale = Math.max(1, Math.abs(expected));
  if (Math.abs(actual - expected) > RELATIVE * scale)
    throw new Error(`${what}: sheet ${actual} vs model ${expected}`);
}

function solverRange(engine: PlanEngine, name: string): string {
  return engine.rangeOfName(name);
}

const cases: Array<[string, DiscountModelInput]> = [
  ["article sample", loadExample("sockets.json")],
  ["bimodal", BIMODAL],
  ["split floor", SPLIT_FLOOR],
  ...generateModels(77, 6, (r) => ({
    tiers: 1 + Math.floor(r() * 8),
    segments: 1 + Math.floor(r() * 5),
  })).map((m, i): [string, DiscountModelInput] => [`generated #${i}`, m]),
  ["largest: 20 tiers x 10 segments", generateModels(5, 1, () => ({ tiers: 20, segments: 10 }))[0]],
];

describe.each(cases)("sheet plan parity: %s", (_, model) => {
  const T = model.tiers.length;
  const S = model.segments.length;
  const plan = buildDiscountSheetPlan(model);
  const engine = new PlanEngine(plan);
  const rows = discountSheetRows(T, S, sensitivityDiscounts(model.maxDiscount).length);

  function checkAt(discounts: number[]): void {
    engine.setColumn(engine.rangeOfName(LAYOUT_NAMES.decisions), discounts);
    const f = evaluateDiscounts(model, discounts);
    expectClose(engine.value(engine.rangeOfName(LAYOUT_NAMES.objective)), f.profit, "objective");
    f.tiers.forEach((tier, t) => {
      const r = rows.decision(t);
      expectClose(engine.value(`C${r}`), tier.units, `units of tier ${t}`);
      expectClose(engine.value(`D${r}`), tier.revenue, `revenue of tier ${t}`);
      expectClose(engine.value(`E${r}`), tier.profit, `profit of tier ${t}`);
      expectClose(engine.value(`F${r}`), tier.margin, `margin of tier ${t}`);
      expectClose(engine.value(`H${r}`), tier.floorSlack, `floor slack of tier ${t}`);
    });
    const base = evaluateDiscounts(
      model,
      discounts.map(() => 0)
    ).profit;
    expectClose(engine.value(engine.rangeOfName(LAYOUT_NAMES.baseline)), base, "baseline");
    expectClose(engine.value(`B${rows.baseline + 1}`), f.profit - base, "uplift");
  }

  it("matches the TypeScript model at 10 random discount vectors", () => {
    const random = mulberry32(T * 31 + S);
    for (let k = 0; k < 10; k++)
      checkAt(Array.from({ length: T }, () => random() * model.maxDiscount).sort((a, b) => a - b));
  });

  it("matches at the optimiser's answer, where every constraint cell of the Solver model holds", () => {
    const s = optimiseDiscounts(model);
    if (s.status !== "optimal") return;
    checkAt(s.discounts);
    const num = plan.names.find((n) => n.name === "solver_num")!.refersTo;
    expect("value" in num).toBe(true);
    const count = (num as { value: number }).value;
    expect(count).toBe(T >= 2 ? 3 : 2);
    for (let i = 1; i <= count; i++) {
      const lhs = engine.values(solverRange(engine, `solver_lhs${i}`)).flat() as number[];
      const rel = (
        plan.names.find((n) => n.name === `solver_rel${i}`)!.refersTo as { value: number }
      ).value;
      const rhsRef = plan.names.find((n) => n.name === `solver_rhs${i}`)!.refersTo;
      const rhs =
        "range" in rhsRef
          ? (engine.values(rhsRef.range).flat() as number[])
          : lhs.map(() => rhsRef.value as number);
      lhs.forEach((v, j) => {
        // Solver's own constraint precision (solver_pre = 1e-6) is relative; ours is far tighter.
        const tol = 1e-9 * Math.max(1, Math.abs(rhs[j]), Math.abs(v));
        if (rel === 1) expect(v).toBeLessThanOrEqual(rhs[j] + tol);
        else if (rel === 3) expect(v).toBeGreaterThanOrEqual(rhs[j] - tol);
        else throw new Error(`unexpected relation ${rel}`);
      });
    }
    // solver_neg = 1: decision cells non-negative.
    for (const d of engine.values(engine.rangeOfName("solver_adj")).flat() as number[])
      expect(d).toBeGreaterThanOrEqual(0);
  });

  it("computes the sensitivity table as Π_t at 0, 1, 2, … points", () => {
    const xs = sensitivityDiscounts(model.maxDiscount);
    xs.forEach((x, k) => {
      model.tiers.forEach((__, t) => {
        const col = String.fromCharCode(66 + t); // B..U (T <= 20)
        expectClose(
          engine.value(`${col}${rows.sensHeader + 1 + k}`),
          tierProfit(model, t, x),
          `sensitivity ${t} at ${x}`
        );
      });
    });
  });
});
