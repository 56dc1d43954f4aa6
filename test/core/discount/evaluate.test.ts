import {
  evaluateDiscounts,
  tierFigures,
  type DiscountModelInput,
} from "../../../src/core/discount";
import { loadExample } from "./fixtures";

describe("tierFigures (discount-model.md formulas)", () => {
  const sample = loadExample("sockets.json");

  it.each([
    // Article sample at no discount: n_t (u_t (P - c) - K), revenue n_t u_t P.
    [0, 1600, 1_920_000, 400 * (4 * 500 - 600)],
    [1, 2400, 2_880_000, 120 * (20 * 500 - 600)],
    [2, 3600, 4_320_000, 30 * (120 * 500 - 600)],
  ])(
    "sample tier %i at no discount: units %d, revenue %d, profit %d",
    (t, units, revenue, profit) => {
      const f = tierFigures(sample, t, 0);
      expect(f.units).toBeCloseTo(units, 9);
      expect(f.revenue).toBeCloseTo(revenue, 6);
      expect(f.profit).toBeCloseTo(profit, 6);
      expect(f.margin).toBeCloseTo(profit / revenue, 12);
      expect(f.floorSlack).toBeCloseTo(profit - sample.tiers[t].minMargin * revenue, 6);
    }
  );

  it("applies the elasticity response u (1 - d)^-ε and the order cost per order", () => {
    // One segment, ε = 1, d = 0.5: units per order double, price halves; revenue stays n u P.
    const model: DiscountModelInput = {
      name: "x",
      currency: "EUR",
      listPrice: 10,
      unitCost: 4,
      orderCost: 3,
      maxDiscount: 0.6,
      tiers: [{ label: "t", minQty: 1, orders: 7, unitsPerOrder: 2, minMargin: 0 }],
      segments: [{ label: "s", elasticity: 1, shares: [1] }],
    };
    const f = tierFigures(model, 0, 0.5);
    expect(f.units).toBeCloseTo(7 * 4, 12);
    expect(f.revenue).toBeCloseTo(7 * 4 * 5, 12);
    expect(f.profit).toBeCloseTo(7 * (4 * (5 - 4) - 3), 12);
  });

  it("sums tiers in evaluateDiscounts and rejects a wrong-length vector", () => {
    const f = evaluateDiscounts(sample, [0, 0, 0]);
    expect(f.profit).toBeCloseTo(3_470_000, 6);
    expect(() => evaluateDiscounts(sample, [0])).toThrow(RangeError);
  });
});
