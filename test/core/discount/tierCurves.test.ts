/**
 * The bounds the certificate rests on, checked against finite differences on
 * random tiers and cells (fast-check, seeded), and the certificate itself
 * against a dense brute-force scan of one-tier models.
 */
import fc from "fast-check";
import {
  coefficients,
  concavityBound,
  powersAt,
  slopeBound,
  valueAt,
} from "../../../src/core/discount/tierCurves";
import {
  optimiseDiscounts,
  tierFigures,
  type DiscountModelInput,
} from "../../../src/core/discount";

const tierModel = fc
  .record({
    price: fc.double({ min: 1, max: 2000, noNaN: true }),
    costShare: fc.double({ min: 0, max: 0.9, noNaN: true }),
    orderCost: fc.double({ min: 0, max: 500, noNaN: true }),
    orders: fc.double({ min: 0, max: 1000, noNaN: true }),
    units: fc.double({ min: 0.1, max: 200, noNaN: true }),
    minMargin: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
    eps: fc.array(fc.double({ min: 0, max: 12, noNaN: true }), { minLength: 1, maxLength: 4 }),
    maxDiscount: fc.double({ min: 0.05, max: 0.8, noNaN: true }),
  })
  .map(
    ({
      price,
      costShare,
      orderCost,
      orders,
      units,
      minMargin,
      eps,
      maxDiscount,
    }): DiscountModelInput => ({
      name: "p",
      currency: "EUR",
      listPrice: price,
      unitCost: price * costShare,
      orderCost,
      maxDiscount,
      tiers: [{ label: "t", minQty: 1, orders, unitsPerOrder: units, minMargin }],
      segments: eps.map((e, s) => ({
        label: `s${s}`,
        elasticity: e,
        shares: [s === 0 ? 1 - (eps.length - 1) * 0.1 : 0.1],
      })),
    })
  );

const cell = fc.tuple(
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 1e-4, max: 0.05, noNaN: true })
);

describe("tier curve bounds", () => {
  it("slopeBound bounds |g'| of the floor slack on the cell", () => {
    fc.assert(
      fc.property(tierModel, cell, (model, [u, w]) => {
        const k = coefficients(model, 0);
        const x = u * Math.max(0, model.maxDiscount - w);
        const y = x + w;
        const L = slopeBound(k, k.floorPrice, model.unitCost, x, y, powersAt(k.eps, y));
        for (let j = 0; j < 8; j++) {
          const z = x + (w * (j + 0.5)) / 8;
          const h = 1e-7;
          const slope =
            (valueAt(k, k.floorPrice, model.unitCost, z + h) -
              valueAt(k, k.floorPrice, model.unitCost, z - h)) /
            (2 * h);
          expect(Math.abs(slope)).toBeLessThanOrEqual(L * (1 + 1e-6) + 1e-6);
        }
      }),
      { seed: 11, numRuns: 300 }
    );
  });

  it("the profit never rises above max(ends) + M w²/8 inside a cell", () => {
    fc.assert(
      fc.property(tierModel, cell, (model, [u, w]) => {
        const k = coefficients(model, 0);
        const x = u * Math.max(0, model.maxDiscount - w);
        const y = x + w;
        const f = (d: number) => valueAt(k, model.listPrice, model.unitCost, d);
        const M = concavityBound(k, model.listPrice, model.unitCost, x, y, powersAt(k.eps, y));
        const bound = Math.max(f(x), f(y)) + (M * w * w) / 8;
        for (let j = 1; j < 32; j++) {
          const z = x + (w * j) / 32;
          expect(f(z)).toBeLessThanOrEqual(bound + 1e-9 * Math.max(1, Math.abs(bound)));
        }
      }),
      { seed: 12, numRuns: 300 }
    );
  });
});

describe("certificate against brute force (one tier)", () => {
  it("profit + gapBound is never below the best of a dense scan (with and without polish), and the answer is feasible", () => {
    fc.assert(
      fc.property(tierModel, (model) => {
        const s = optimiseDiscounts(model);
        const steps = 20000;
        let best = -Infinity;
        for (let i = 0; i <= steps; i++) {
          const d = (model.maxDiscount * i) / steps;
          const f = tierFigures(model, 0, d);
          if (f.floorSlack >= 0) best = Math.max(best, f.profit);
        }
        if (s.status === "infeasible") {
          expect(best).toBe(-Infinity);
          return;
        }
        const tol = 1e-9 * Math.max(1, Math.abs(best));
        expect(s.profit + s.certificate.gapBound).toBeGreaterThanOrEqual(best - tol);
        // Without the polish the answer is a grid point: the certificate alone must cover the rest,
        // even with a coarse grid.
        for (const gridStep of [0.001, 0.02]) {
          const rough = optimiseDiscounts(model, { polish: false, gridStep });
          if (rough.status !== "optimal") throw new Error("polish cannot change feasibility");
          expect(rough.profit + rough.certificate.gapBound).toBeGreaterThanOrEqual(best - tol);
        }
        expect(s.tiers[0].floorSlack).toBeGreaterThanOrEqual(0);
        expect(s.discounts[0]).toBeGreaterThanOrEqual(0);
        expect(s.discounts[0]).toBeLessThanOrEqual(model.maxDiscount);
      }),
      { seed: 13, numRuns: 150 }
    );
  });
});
