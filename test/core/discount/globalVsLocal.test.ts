/**
 * Proof that the engine is global, on 200 seeded random models: a 20-start
 * projected-gradient optimiser (localOptimiser.ts, independent of the engine
 * but for the model arithmetic) never beats the engine by more than the
 * engine's certificate, never finds a feasible point where the engine says
 * infeasible, and a single start from zero discount (Solver's usual start) is
 * visibly worse on some instances.
 */
import { optimiseDiscounts, validateDiscountModel } from "../../../src/core/discount";
import { multistartLocalOptimise } from "../../../testkit/localOptimiser";
import { generateModels } from "../../../testkit/generateModels";

const INSTANCES = 200;
const models = generateModels(2026, INSTANCES, (r) => ({
  tiers: 1 + Math.floor(r() * 4),
  segments: 1 + Math.floor(r() * 3),
}));

describe("global engine versus 20-start local optimiser", () => {
  const rows = models.map((model, i) => ({
    i,
    model,
    engine: optimiseDiscounts(model),
    local: multistartLocalOptimise(model, { starts: 20, seed: i + 1 }),
  }));

  it("generates valid models", () => {
    for (const { model } of rows) expect(validateDiscountModel(model).ok).toBe(true);
  });

  it("is never beaten by more than its certificate", () => {
    let compared = 0;
    for (const { i, engine, local } of rows) {
      if (engine.status !== "optimal" || local === null) continue;
      compared++;
      const excess = local.profit - (engine.profit + engine.certificate.gapBound);
      if (excess > 0)
        throw new Error(
          `instance ${i}: local ${local.profit} beats engine ${engine.profit} + gap ${engine.certificate.gapBound}`
        );
    }
    expect(compared).toBeGreaterThanOrEqual(150);
  });

  it("agrees on infeasibility: no local run ends feasible where the engine found no feasible discounts", () => {
    for (const { i, engine, local } of rows) {
      if (engine.status === "infeasible" && local !== null)
        throw new Error(`instance ${i}: engine infeasible, local found ${local.discounts}`);
    }
  });

  it("shows instances where one local start from zero discount stops well short of the global optimum", () => {
    const worse = rows.filter(
      ({ engine, local }) =>
        engine.status === "optimal" &&
        local !== null &&
        (!local.fromZero.feasible ||
          local.fromZero.profit < engine.profit - 0.01 * Math.abs(engine.profit))
    );
    expect(worse.length).toBeGreaterThanOrEqual(5);
  });
});
