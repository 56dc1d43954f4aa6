/**
 * Two-tier models against exhaustive search: every pair d1 <= d2 on a
 * 400-step grid, each tier's floor checked. The engine's answer (with and
 * without the polish) plus its certificate must reach the best pair found.
 */
import { optimiseDiscounts, tierFigures } from "../../../src/core/discount";
import { generateModels } from "../../../testkit/generateModels";

const STEPS = 400;
const models = generateModels(4242, 60, (r) => ({ tiers: 2, segments: 1 + Math.floor(r() * 3) }));

describe("two tiers against exhaustive search", () => {
  it.each(models.map((m, i) => [i, m] as const))("instance %i", (_, model) => {
    const xs = Array.from({ length: STEPS + 1 }, (__, i) => (model.maxDiscount * i) / STEPS);
    const fig = [0, 1].map((t) => xs.map((d) => tierFigures(model, t, d)));
    let best = -Infinity;
    for (let i = 0; i <= STEPS; i++) {
      if (fig[0][i].floorSlack < 0) continue;
      for (let j = i; j <= STEPS; j++) {
        if (fig[1][j].floorSlack < 0) continue;
        best = Math.max(best, fig[0][i].profit + fig[1][j].profit);
      }
    }
    const tol = 1e-9 * Math.max(1, Math.abs(best));
    for (const polish of [true, false]) {
      const s = optimiseDiscounts(model, { polish });
      if (s.status === "infeasible") {
        expect(best).toBe(-Infinity);
        continue;
      }
      expect(s.profit + s.certificate.gapBound).toBeGreaterThanOrEqual(best - tol);
      expect(s.discounts[0]).toBeLessThanOrEqual(s.discounts[1]);
    }
  });
});
