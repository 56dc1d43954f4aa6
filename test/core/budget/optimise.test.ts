import {
  allocationProfit,
  channelCurve,
  optimiseBudget,
  type BudgetModelInput,
  type BudgetSolution,
} from "../../../src/core/budget";
import { H1_TRADE, model, sCurve } from "./fixtures";
import { generateModels } from "../../../testkit/budget/generateModels";
import { localAllocate, multistartLocalAllocate } from "../../../testkit/budget/localAllocator";
import { render } from "../../../src/core/i18n";

type Optimal = Extract<BudgetSolution, { status: "optimal" }>;

function solve(m: BudgetModelInput): Optimal {
  const s = optimiseBudget(m);
  if (s.status !== "optimal") throw new Error(`expected optimal, got ${render("en", s.message)}`);
  return s;
}

/** The allocation respects every bound and the budget (to float rounding). */
function expectFeasible(m: BudgetModelInput, s: Optimal): void {
  const slack = 1e-9 * m.budget;
  s.channels.forEach((c, i) => {
    expect(c.spend).toBeGreaterThanOrEqual(m.channels[i].min);
    expect(c.spend).toBeLessThanOrEqual(m.channels[i].max);
  });
  expect(s.totalSpend).toBeLessThanOrEqual(m.budget + slack);
  if (m.spendAll) expect(s.totalSpend).toBeGreaterThanOrEqual(m.budget - slack);
}

/**
 * Exhaustive search on a grid: every x_1 on `points` grid points, and the
 * best x_2 on the grid of what is left (spent in full when spendAll).
 */
function gridBest(m: BudgetModelInput, points: number): number {
  const [a, b] = m.channels.map(channelCurve);
  const [c1, c2] = m.channels;
  let best = -Infinity;
  for (let i = 0; i <= points; i++) {
    const x1 = c1.min + ((c1.max - c1.min) * i) / points;
    const room = Math.min(c2.max, m.budget - x1);
    if (room < c2.min) continue;
    if (m.spendAll) {
      if (m.budget - x1 > c2.max) continue;
      best = Math.max(best, a.profit(x1) + b.profit(m.budget - x1));
      continue;
    }
    for (let j = 0; j <= points; j++) {
      const x2 = c2.min + ((room - c2.min) * j) / points;
      best = Math.max(best, a.profit(x1) + b.profit(x2));
    }
  }
  return best;
}

describe("optimiseBudget: the reference example", () => {
  const s = solve(H1_TRADE);

  it("spends where each channel's marginal return falls to zero (the budget does not bind)", () => {
    expectFeasible(H1_TRADE, s);
    expect(s.totalSpend).toBeLessThan(H1_TRADE.budget);
    for (const c of s.channels) expect(Math.abs(c.marginalReturn)).toBeLessThan(1e-6);
  });

  it("beats today's split and reports it", () => {
    expect(s.currentProfit).toBeCloseTo(allocationProfit(H1_TRADE, [3_000_000, 2_000_000]), 6);
    expect(s.totalProfit).toBeGreaterThan(s.currentProfit as number);
  });

  it("certifies the answer to within a millionth of the profit", () => {
    expect(s.certificate.reachedTarget).toBe(true);
    expect(s.certificate.gapBound).toBeLessThanOrEqual(1e-6 * s.totalProfit);
    expect(s.certificate.upperBound).toBeGreaterThanOrEqual(s.totalProfit);
    expect(render("en", s.certificate.explanation)).toMatch(
      /No split within the bounds and the budget earns more than/
    );
  });

  it("agrees with an exhaustive 400 × 400 grid", () => {
    const grid = gridBest(H1_TRADE, 400);
    expect(s.totalProfit).toBeGreaterThanOrEqual(grid - 1e-9 * grid);
    expect(s.certificate.upperBound).toBeGreaterThanOrEqual(grid);
  });
});

describe("optimiseBudget: a budget that binds", () => {
  it("equalises marginal returns across channels inside their bounds", () => {
    const m = { ...H1_TRADE, budget: 5_000_000 };
    const s = solve(m);
    expectFeasible(m, s);
    expect(s.totalSpend).toBeCloseTo(5_000_000, 0);
    const [r, t] = s.channels.map((c) => c.marginalReturn);
    expect(r).toBeGreaterThan(0);
    expect(Math.abs(r - t)).toBeLessThan(1e-6 * Math.max(1, r));
  });

  it.each([
    ["two S-curves, money for one", model([sCurve("A"), sCurve("B", {}, 2.5, 140)], 150)],
    [
      "S-curve against a concave one",
      model([sCurve("A", {}, 4, 200), sCurve("B", {}, 0.7, 50)], 300),
    ],
    ["minimum spends", model([sCurve("A", { min: 40 }), sCurve("B", { min: 20, max: 200 })], 260)],
    ["spend all of it", model([sCurve("A"), sCurve("B", { margin: 0.4 })], 900, true)],
    [
      "thresholds far apart",
      model([sCurve("A", {}, 6, 300), sCurve("B", { margin: 1.5 }, 3, 30)], 420),
    ],
  ])("%s: no grid point beats it and the bound covers the grid", (_, m) => {
    const s = solve(m);
    expectFeasible(m, s);
    const grid = gridBest(m, 600);
    expect(s.totalProfit).toBeGreaterThanOrEqual(grid - 1e-9 * Math.abs(grid));
    expect(s.certificate.upperBound).toBeGreaterThanOrEqual(grid);
    expect(s.certificate.gapBound).toBeLessThanOrEqual(1e-6 * Math.abs(s.totalProfit) + 1e-9);
  });
});

describe("optimiseBudget: three channels against an exhaustive 3-D grid", () => {
  it.each(generateModels(31, 6, { channels: 3, sCurveShare: 0.8 }).map((m, i) => [i, m] as const))(
    "generated model %i",
    (_, m) => {
      const s = solve(m);
      expectFeasible(m, s);
      const curves = m.channels.map(channelCurve);
      const N = 60;
      const grids = m.channels.map((c) =>
        Array.from({ length: N + 1 }, (_, k) => c.min + ((c.max - c.min) * k) / N)
      );
      const values = grids.map((g, i) => g.map((x) => curves[i].profit(x)));
      let best = -Infinity;
      grids[0].forEach((x0, i) =>
        grids[1].forEach((x1, j) =>
          grids[2].forEach((x2, k) => {
            if (x0 + x1 + x2 <= m.budget)
              best = Math.max(best, values[0][i] + values[1][j] + values[2][k]);
          })
        )
      );
      expect(s.totalProfit).toBeGreaterThanOrEqual(best - 1e-9 * Math.abs(best));
    }
  );
});

describe("optimiseBudget: S-curves where a start at zero stays at zero", () => {
  const m = model([sCurve("Chains"), sCurve("Traditional", { margin: 0.9 }, 2.5, 150)], 400);

  it("a local solver started at zero never spends (the slope there is 0)", () => {
    const local = localAllocate(m, [0, 0]);
    expect(local.spend).toEqual([0, 0]);
    expect(local.profit).toBe(allocationProfit(m, [0, 0]));
  });

  it("the engine spends past the threshold and earns more", () => {
    const s = solve(m);
    expect(s.totalSpend).toBeGreaterThan(100);
    expect(s.totalProfit).toBeGreaterThan(allocationProfit(m, [0, 0]) + 100);
  });
});

describe("optimiseBudget: never loses to a 10-start local solver by more than its certificate", () => {
  const cases = [
    ...generateModels(101, 16, { channels: 4 }),
    ...generateModels(202, 8, { channels: 10 }),
    ...generateModels(303, 6, { channels: 8, spendAll: true }),
  ];
  it.each(cases.map((m, i) => [i, m] as const))("generated model %i", (i, m) => {
    const s = solve(m);
    expectFeasible(m, s);
    const local = multistartLocalAllocate(m, { starts: 10, seed: i + 1 });
    const slack = 1e-9 * Math.max(1, Math.abs(s.totalProfit));
    expect(local.profit).toBeLessThanOrEqual(s.totalProfit + s.certificate.gapBound + slack);
    expect(local.profit).toBeLessThanOrEqual(s.certificate.upperBound + slack);
  });
});

describe("optimiseBudget: bounds and edge cases", () => {
  it("one channel spends up to where its marginal return is zero", () => {
    const s = solve(model([sCurve("Only")], 1000));
    expect(s.channels[0].marginalReturn).toBeCloseTo(0, 6);
  });

  it("minimums adding up to the budget leave one allocation", () => {
    const m = model([sCurve("A", { min: 100 }), sCurve("B", { min: 50 })], 150);
    const s = solve(m);
    expect(s.channels.map((c) => c.spend)).toEqual([100, 50]);
    expect(s.channels.map((c) => c.atBound)).toEqual(["min", "min"]);
  });

  it("spendAll spends the whole budget even where it loses money", () => {
    const m = model([sCurve("A", { max: 5000 }), sCurve("B", { max: 5000 })], 6000, true);
    const s = solve(m);
    expect(s.totalSpend).toBeCloseTo(6000, 6);
    expect(s.channels.every((c) => c.marginalReturn < 0)).toBe(true);
  });

  it("a channel with a concave curve steep at zero (shape < 1) gets money first", () => {
    const m = model([sCurve("A", {}, 0.5, 100), sCurve("B")], 50);
    const s = solve(m);
    expect(s.channels[0].spend).toBeGreaterThan(0);
  });

  it("100 channels solve to the target", () => {
    const [m] = generateModels(404, 1, { channels: 100 });
    const s = solve(m);
    expectFeasible(m, s);
    expect(s.certificate.reachedTarget).toBe(true);
    expect(s.certificate.gapShare).toBeLessThanOrEqual(1e-6);
  });

  it("is deterministic", () => {
    const [m] = generateModels(505, 1, { channels: 12 });
    expect(optimiseBudget(m)).toEqual(optimiseBudget(m));
  });

  it("a node cap reports the gap it proved", () => {
    const m = model([sCurve("A"), sCurve("B"), sCurve("C"), sCurve("D")], 250);
    const s = optimiseBudget(m, { maxNodes: 1 });
    if (s.status !== "optimal") throw new Error("expected optimal");
    expect(s.certificate.nodes).toBe(1);
    expect(s.certificate.upperBound).toBeGreaterThanOrEqual(solve(m).totalProfit - 1e-9);
  });
});

describe("optimiseBudget: infeasible is a status with its reason", () => {
  it("minimum spends above the budget", () => {
    const s = optimiseBudget(model([sCurve("A", { min: 300 }), sCurve("B", { min: 300 })], 500));
    expect({ ...s, message: s.status === "infeasible" && render("en", s.message) }).toEqual({
      status: "infeasible",
      reason: "min-above-budget",
      message: expect.stringMatching(
        /minimum spends add up to 600 EUR, more than the budget of 500 EUR/
      ),
    });
  });

  it("a budget that must be spent but exceeds every maximum", () => {
    const s = optimiseBudget(
      model([sCurve("A", { max: 100 }), sCurve("B", { max: 100 })], 500, true)
    );
    expect(s).toMatchObject({ status: "infeasible", reason: "max-below-budget" });
  });
});

describe("optimiseBudget: options", () => {
  it.each([
    [{ gapTarget: 0 }, /gapTarget must be > 0/],
    [{ gapTarget: NaN }, /gapTarget must be > 0/],
    [{ maxNodes: 0 }, /maxNodes must be >= 1/],
  ])("%p is a programming error", (options, message) => {
    expect(() => optimiseBudget(H1_TRADE, options)).toThrow(message);
  });
});
