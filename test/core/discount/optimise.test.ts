import {
  evaluateDiscounts,
  optimiseDiscounts,
  tierFigures,
  type DiscountModelInput,
  type DiscountSolution,
} from "../../../src/core/discount";
import { buildTables } from "../../../src/core/discount/chainTables";
import { feasibleIntervals, gridWithFloorRoots } from "../../../src/core/discount/optimise";
import { coefficients } from "../../../src/core/discount/tierCurves";
import { localOptimise } from "../../../testkit/localOptimiser";
import { BIMODAL, SPLIT_FLOOR, bisect, loadExample } from "./fixtures";
import { render, type Message } from "../../../src/core/i18n";

/** A message of the optimiser in English words. */
const words = (m: Message) => render("en", m);

function optimal(s: DiscountSolution) {
  if (s.status !== "optimal") throw new Error(`expected optimal, got ${JSON.stringify(s)}`);
  return s;
}

describe("optimiseDiscounts", () => {
  it("solves the article sample of discount-model.md: 0, ~13.8%, ~18.1%, uplift ~6.4% over 3,470,000", () => {
    const s = optimal(optimiseDiscounts(loadExample("sockets.json")));
    expect(s.baseline).toBeCloseTo(3_470_000, 6);
    expect(s.discounts[0]).toBe(0);
    expect(s.discounts[1]).toBeCloseTo(0.138, 3);
    expect(s.discounts[2]).toBeCloseTo(0.181, 3);
    expect(s.upliftShare).toBeCloseTo(0.064, 3);
    expect(s.uplift).toBeCloseTo(s.profit - s.baseline, 6);
    expect(s.certificate.gapBound).toBeGreaterThanOrEqual(0);
    expect(s.certificate.gapBound).toBeLessThan(1e-5 * s.profit);
    expect(s.certificate.upperBound).toBeGreaterThanOrEqual(s.profit);
  });

  it("explains the certificate in grammatical English (1 point, 1 round; 3 points)", () => {
    const sockets = words(
      optimal(optimiseDiscounts(loadExample("sockets.json"))).certificate.explanation
    );
    expect(sockets).toMatch(/, 1 point where a tier's minimum margin starts or stops holding/);
    expect(sockets).toMatch(/, and 1 round of finer points/);
    expect(sockets).not.toMatch(/\b1 (points|rounds|candidate discounts)\b/);
    const split = words(optimal(optimiseDiscounts(SPLIT_FLOOR)).certificate.explanation);
    expect(split).toMatch(/, 3 points where a tier's minimum margin/);
  });

  it("reports a tier held at zero discount as bound by the lower bound d >= 0", () => {
    const s = optimal(optimiseDiscounts(loadExample("sockets.json")));
    expect(s.bindingConstraints.map(words)).toContain('no discount on tier "1-9" (lower bound 0)');
    expect(s.bindingConstraints.map(words).join(" ")).not.toMatch(/tier "10-49" \(lower bound/);
  });

  it("reports the upper bound on a tier pushed to the maximum discount", () => {
    // The far hump peaks near 36.8%; capped at 35% (profit 51,800 > 50,000 at 0) it sits on d = D.
    const s = optimal(optimiseDiscounts({ ...BIMODAL, maxDiscount: 0.35 }));
    expect(s.discounts[0]).toBeCloseTo(0.35, 9);
    expect(s.bindingConstraints.map(words)).toEqual(['maximum discount on tier "all" (35%)']);
  });

  it("with a maximum discount of 0 says so once instead of naming both bounds per tier", () => {
    const s = optimal(optimiseDiscounts({ ...loadExample("sockets.json"), maxDiscount: 0 }));
    expect(s.discounts).toEqual([0, 0, 0]);
    expect(s.bindingConstraints.map(words)).toEqual([
      "maximum discount of 0%: no tier can get a discount",
    ]);
  });

  it("finds the far hump of a bimodal tier, where one local start from zero stays at the near one", () => {
    const s = optimal(optimiseDiscounts(BIMODAL));
    // Known optimum: 0.8·(-100) + 0.2·y^-7 (500 y - 300) = 0 with y = 1 - d, on the far hump.
    const stationary = bisect(
      (d) => 0.8 * -100 + 0.2 * Math.pow(1 - d, -7) * (500 * (1 - d) - 300),
      0.3,
      0.45
    );
    expect(s.discounts[0]).toBeCloseTo(stationary, 7);
    expect(s.profit).toBeCloseTo(tierFigures(BIMODAL, 0, stationary).profit, 4);
    const local = localOptimise(BIMODAL, [0]);
    expect(local.discounts[0]).toBe(0);
    expect(local.profit).toBeCloseTo(50_000, 6);
    expect(s.profit).toBeGreaterThan(local.profit + 1000);
  });

  it("finds the optimum on the far piece of a floor-split feasible set, at the binding floor", () => {
    const s = optimal(optimiseDiscounts(SPLIT_FLOOR));
    const slack = (d: number) => tierFigures(SPLIT_FLOOR, 0, d).floorSlack;
    // Sanity of the instance: two feasible pieces with an infeasible gap and infeasibility past the optimum.
    expect(slack(0)).toBeGreaterThan(0);
    expect(slack(0.15)).toBeLessThan(0);
    expect(slack(0.35)).toBeGreaterThan(0);
    expect(slack(0.45)).toBeLessThan(0);
    const upperEnd = bisect(slack, 0.35, 0.45);
    expect(s.discounts[0]).toBeCloseTo(upperEnd, 8);
    expect(s.tiers[0].floorBinds).toBe(true);
    expect(s.tiers[0].floorSlack).toBeGreaterThanOrEqual(0);
    expect(s.bindingConstraints.map(words).join(" ")).toMatch(/minimum margin of tier "all"/);
    expect(s.certificate.floorRoots).toBeGreaterThanOrEqual(3);
    expect(localOptimise(SPLIT_FLOOR, [0]).profit).toBeLessThan(0.25 * s.profit);
  });

  it("finds a feasible sliver narrower than the grid step (rigorous root isolation, not sign changes at grid points)", () => {
    // Floor just under the split-floor tier's peak margin (13.6403% near d = 34.75%):
    // only d in about [34.735%, 34.766%] meets it, and no 0.1-point grid point does.
    const model = { ...SPLIT_FLOOR, tiers: [{ ...SPLIT_FLOOR.tiers[0], minMargin: 0.136402932 }] };
    const slack = (d: number) => tierFigures(model, 0, d).floorSlack;
    for (let i = 0; i <= 500; i++) expect(slack(i / 1000)).toBeLessThan(0);
    const s = optimal(optimiseDiscounts(model));
    expect(s.discounts[0]).toBeGreaterThan(0.3473);
    expect(s.discounts[0]).toBeLessThan(0.3477);
    expect(s.tiers[0].floorSlack).toBeGreaterThanOrEqual(0);
    // Profit rises with d here, so the optimum is the sliver's upper end.
    expect(s.discounts[0]).toBeCloseTo(bisect(slack, 0.3476, 0.348), 8);
  });

  it("ties tiers by the chain when the smaller tier alone would take the bigger discount", () => {
    // Tier 1 alone is best at a deep discount (elastic buyers), tier 2 alone at none: the chain forces d1 = d2.
    const model: DiscountModelInput = {
      ...BIMODAL,
      maxDiscount: 0.4,
      tiers: [
        { label: "small", minQty: 1, orders: 100, unitsPerOrder: 10, minMargin: -1 },
        { label: "large", minQty: 10, orders: 20, unitsPerOrder: 10, minMargin: -1 },
      ],
      segments: [
        { label: "inelastic", elasticity: 0, shares: [0, 1] },
        { label: "elastic", elasticity: 3, shares: [1, 0] },
      ],
    };
    const s = optimal(optimiseDiscounts(model));
    expect(s.discounts[0]).toBeCloseTo(s.discounts[1], 12);
    // Alone: tier 1 peaks where 200(1-d) = 150, d = 0.25; tier 2 at 0. Tied, d maximises
    // Π1 + Π2 = 1000 (1-d)^-3 (100(1-d) - 50) + 200 (100(1-d) - 50), whose derivative /1000 is
    // (1-d)^-4 (200(1-d) - 150) - 20: +30 at 0, -20 at 0.25.
    const d = bisect((x) => Math.pow(1 - x, -4) * (200 * (1 - x) - 150) - 20, 0.0, 0.25);
    expect(s.discounts[0]).toBeCloseTo(d, 7);
    expect(s.bindingConstraints.map(words).join(" ")).toMatch(
      /chain: tier "large" gets the same discount as tier "small"/
    );
  });

  it("stays optimal when only the no-discount baseline breaks a floor, and says so", () => {
    // Baseline margin of the split-floor tier is 6,000 / 50,000 = 12%; a 12.5% floor
    // fails at d = 0 but holds near the 13.64% peak margin around d = 34.75%.
    const model = { ...SPLIT_FLOOR, tiers: [{ ...SPLIT_FLOOR.tiers[0], minMargin: 0.125 }] };
    expect(tierFigures(model, 0, 0).margin).toBeCloseTo(0.12, 12);
    const s = optimal(optimiseDiscounts(model));
    expect(s.tiers[0].floorSlack).toBeGreaterThanOrEqual(0);
    expect(s.discounts[0]).toBeGreaterThan(0.3);
    expect(s.baselineViolations).toEqual([{ tierIndex: 0, tierLabel: "all" }]);
  });

  it("lists no baseline violation when the baseline meets every floor", () => {
    expect(optimal(optimiseDiscounts(loadExample("sockets.json"))).baselineViolations).toEqual([]);
  });

  it("reports infeasible, naming the tier, when a floor fails at every allowed discount", () => {
    const model = loadExample("sockets.json");
    const tiers = model.tiers.map((t, i) => (i === 1 ? { ...t, minMargin: 0.9 } : t));
    const s = optimiseDiscounts({ ...model, tiers });
    expect({ ...s, message: s.status === "infeasible" && words(s.message) }).toEqual({
      status: "infeasible",
      tierIndex: 1,
      tierLabel: "10-49",
      message: expect.stringContaining('"10-49"'),
    });
  });

  it("reports infeasible when the floors are met only against the chain", () => {
    // Tier 1 meets its floor only at deep discounts (order cost diluted), tier 2 only at small ones.
    const model: DiscountModelInput = {
      ...SPLIT_FLOOR,
      maxDiscount: 0.5,
      tiers: [
        { label: "small", minQty: 1, orders: 100, unitsPerOrder: 5, minMargin: 0.125 },
        { label: "large", minQty: 10, orders: 100, unitsPerOrder: 20, minMargin: 0.3 },
      ],
      segments: [
        { label: "consumers", elasticity: 0.3, shares: [0.9, 1] },
        { label: "installers", elasticity: 8.5, shares: [0.1, 0] },
      ],
    };
    const slack1 = (d: number) => tierFigures(model, 0, d).floorSlack;
    const slack2 = (d: number) => tierFigures(model, 1, d).floorSlack;
    expect(slack1(0)).toBeLessThan(0);
    expect(slack1(0.34)).toBeGreaterThan(0);
    expect(slack2(0)).toBeGreaterThan(0);
    expect(slack2(0.2)).toBeLessThan(0);
    const s = optimiseDiscounts(model);
    expect(s.status).toBe("infeasible");
    if (s.status === "infeasible") expect(s.tierLabel).toBe("large");
  });

  it("gives no discount at all when the maximum discount is 0", () => {
    const s = optimal(optimiseDiscounts({ ...loadExample("sockets.json"), maxDiscount: 0 }));
    expect(s.discounts).toEqual([0, 0, 0]);
    expect(s.uplift).toBe(0);
  });

  it("handles a tier with no orders (zero revenue, zero profit, margin 0)", () => {
    const model = loadExample("sockets.json");
    const s = optimal(
      optimiseDiscounts({
        ...model,
        tiers: model.tiers.map((t, i) => (i === 0 ? { ...t, orders: 0 } : t)),
      })
    );
    expect(s.tiers[0].revenue).toBe(0);
    expect(s.tiers[0].margin).toBe(0);
    expect(s.tiers[0].floorBinds).toBe(false);
    expect(Number.isFinite(s.profit)).toBe(true);
  });

  it("is deterministic", () => {
    const model = loadExample("sockets.json");
    expect(optimiseDiscounts(model)).toEqual(optimiseDiscounts(model));
  });

  it("returns discounts inside the bounds, non-decreasing, meeting every floor, with figures that match evaluateDiscounts", () => {
    const s = optimal(optimiseDiscounts(SPLIT_FLOOR));
    const model = loadExample("sockets.json");
    const t = optimal(optimiseDiscounts(model));
    for (const [m, sol] of [
      [SPLIT_FLOOR, s],
      [model, t],
    ] as const) {
      const f = evaluateDiscounts(m, sol.discounts);
      expect(sol.profit).toBe(f.profit);
      sol.discounts.forEach((d, i) => {
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(m.maxDiscount);
        if (i > 0) expect(d).toBeGreaterThanOrEqual(sol.discounts[i - 1]);
        expect(f.tiers[i].floorSlack).toBeGreaterThanOrEqual(0);
      });
    }
  });

  it("a coarser grid gives a larger (still valid) certificate", () => {
    const model = loadExample("sockets.json");
    const fine = optimal(optimiseDiscounts(model, { gridStep: 0.001, polish: false }));
    const coarse = optimal(optimiseDiscounts(model, { gridStep: 0.02, polish: false }));
    expect(coarse.certificate.gapBound).toBeGreaterThan(fine.certificate.gapBound);
    // The fine answer is a feasible point, so it cannot beat the coarse upper bound.
    expect(fine.profit).toBeLessThanOrEqual(coarse.certificate.upperBound);
    expect(coarse.profit + coarse.certificate.gapBound).toBeGreaterThanOrEqual(fine.profit);
  });

  it("throws on a programmer's bad grid step", () => {
    expect(() => optimiseDiscounts(BIMODAL, { gridStep: 0 })).toThrow(RangeError);
  });
});

describe("the steps of optimiseDiscounts", () => {
  const k = SPLIT_FLOOR.tiers.map((_, t) => coefficients(SPLIT_FLOOR, t));
  const grid = Array.from({ length: 51 }, (_, i) => i / 100); // 0 to the 50% maximum, 1-point steps
  const { candidates, floorRoots, rootsIsolated } = gridWithFloorRoots(
    k,
    grid,
    SPLIT_FLOOR.unitCost
  );
  const slack = (d: number) => tierFigures(SPLIT_FLOOR, 0, d).floorSlack;

  it("gridWithFloorRoots adds each point where a floor changes sign to the grid", () => {
    expect(rootsIsolated).toBe(true);
    expect(floorRoots).toBeGreaterThanOrEqual(2); // the split floor: feasible, infeasible, feasible again
    expect(candidates).toEqual([...new Set(candidates)].sort((a, b) => a - b));
    for (const d of grid) expect(candidates).toContain(d);
    const roots = candidates.filter((d) => !grid.includes(d));
    // A root is found to ROOT_TOLERANCE in d: the slack there is float noise next to the revenue.
    for (const r of roots)
      expect(Math.abs(slack(r))).toBeLessThan(1e-9 * tierFigures(SPLIT_FLOOR, 0, r).revenue);
  });

  it("feasibleIntervals gives the floor's feasible runs, ends at roots or bounds", () => {
    const tables = buildTables(
      { k, price: SPLIT_FLOOR.listPrice, unitCost: SPLIT_FLOOR.unitCost },
      candidates
    );
    const [intervals] = feasibleIntervals(tables);
    expect(intervals.length).toBeGreaterThanOrEqual(2);
    for (const { lo, hi } of intervals) {
      expect(lo).toBeLessThanOrEqual(hi);
      expect(slack((lo + hi) / 2)).toBeGreaterThanOrEqual(-1e-9);
    }
    for (let i = 1; i < intervals.length; i++) {
      const gap = (intervals[i - 1].hi + intervals[i].lo) / 2;
      expect(slack(gap)).toBeLessThan(0);
    }
  });
});
