import { channelCurve, type Channel } from "../../../src/core/budget";
import { relaxNode } from "../../../src/core/budget/dual";
import { adbudg, vidaleWolfe } from "../../../src/core/metrics/responseModels";
import { sCurve } from "./fixtures";

const vw: Channel = {
  label: "VW",
  min: 0,
  max: 5000,
  current: null,
  margin: 0.8,
  response: { model: "vidale-wolfe", responseRate: 0.9, saturationSales: 9000, decayRate: 0.15 },
};
const curves: [string, Channel][] = [
  ["ADBUDG S-curve (γ = 3)", sCurve("S")],
  ["ADBUDG γ = 1", sCurve("One", {}, 1, 100)],
  ["ADBUDG concave (γ = 0.6)", sCurve("C", {}, 0.6, 100)],
  ["Vidale-Wolfe", vw],
];

describe("channelCurve", () => {
  it("computes the response exactly as MKT.ADBUDG and MKT.VIDALE_WOLFE do", () => {
    expect(channelCurve(sCurve("S")).response(150)).toBe(adbudg(150, 0, 600, 3, 100));
    expect(channelCurve(vw).response(700)).toBe(vidaleWolfe(700, 0.9, 9000, 0.15));
    expect(channelCurve(sCurve("S", { margin: 0.5 })).profit(150)).toBeCloseTo(
      0.5 * (adbudg(150, 0, 600, 3, 100) as number) - 150,
      12
    );
  });

  it.each(curves)("%s: the slope matches central differences", (_, ch) => {
    const c = channelCurve(ch);
    for (const x of [1, 20, 80, 100, 150, 400, 900]) {
      const h = 1e-4 * x;
      const fd = (c.profit(x + h) - c.profit(x - h)) / (2 * h);
      expect(c.slope(x)).toBeCloseTo(fd, 5);
    }
  });

  it("the S-curve turns from convex to concave at K((γ−1)/(γ+1))^(1/γ)", () => {
    const c = channelCurve(sCurve("S"));
    const xc = 100 * Math.pow(2 / 4, 1 / 3);
    expect(c.inflection).toBeCloseTo(xc, 12);
    const second = (x: number) => c.slope(x + 1e-3) - c.slope(x - 1e-3);
    expect(second(xc - 5)).toBeGreaterThan(0);
    expect(second(xc + 5)).toBeLessThan(0);
  });

  it.each(curves)("%s: the concave maximiser of π − λx agrees with a dense scan", (_, ch) => {
    const c = channelCurve(ch);
    for (const lambda of [-0.5, 0, 0.5, 2]) {
      const lo = c.inflection;
      const hi = ch.max;
      const x = c.concaveArgmax(lambda, lo, hi);
      let scan = -Infinity;
      for (let k = 0; k <= 20000; k++) {
        const z = lo + ((hi - lo) * k) / 20000;
        scan = Math.max(scan, c.profit(z) - lambda * z);
      }
      expect(c.profit(x) - lambda * x).toBeGreaterThanOrEqual(
        scan - 1e-9 * Math.max(1, Math.abs(scan))
      );
    }
  });
});

describe("relaxNode: the bound holds over the whole box", () => {
  it.each([
    [[sCurve("A"), sCurve("B", {}, 2.5, 160)], 180, false],
    [[sCurve("A", { min: 30 }), vw], 900, false],
    [[sCurve("A"), sCurve("B", { margin: 0.5 })], 700, true],
  ] as const)("case %#", (channels, budget, spendAll) => {
    const cs = channels.map((ch) => channelCurve(ch));
    const box = {
      lo: Float64Array.from(channels.map((ch) => ch.min)),
      hi: Float64Array.from(channels.map((ch) => ch.max)),
    };
    const r = relaxNode(cs, box, { budget, spendAll, boundShare: 0, scale: 1 });
    if (r === null) throw new Error("expected a relaxation");
    let best = -Infinity;
    const N = 800;
    for (let i = 0; i <= N; i++) {
      const x0 = box.lo[0] + ((box.hi[0] - box.lo[0]) * i) / N;
      const rest = budget - x0;
      const candidates = spendAll
        ? [rest]
        : Array.from(
            { length: N + 1 },
            (_, j) => box.lo[1] + ((Math.min(box.hi[1], rest) - box.lo[1]) * j) / N
          );
      for (const x1 of candidates) {
        if (x1 < box.lo[1] || x1 > box.hi[1] || x0 + x1 > budget + 1e-9) continue;
        best = Math.max(best, cs[0].profit(x0) + cs[1].profit(x1));
      }
    }
    expect(r.upper).toBeGreaterThanOrEqual(best);
    expect(r.profit).toBeLessThanOrEqual(r.upper);
    expect(r.x[0] + r.x[1]).toBeLessThanOrEqual(budget * (1 + 1e-12));
  });

  it.each([
    ["far below", { low: 0, high: 1e-6 }],
    ["far above", { low: 40, high: 41 }],
    ["around", { low: 0, high: 100 }],
    ["at the pinned marker, not near", { low: Infinity, high: Infinity }],
  ])(
    "a parent's λ bracket %s the node's λ gives the bound and allocation found without one",
    (_, hint) => {
      const channels = [sCurve("A", { min: 30 }), vw, sCurve("B", {}, 2.5, 160)];
      const cs = channels.map((ch) => channelCurve(ch));
      const box = {
        lo: Float64Array.from(channels.map((ch) => ch.min)),
        hi: Float64Array.from(channels.map((ch) => ch.max)),
      };
      for (const spendAll of [false, true]) {
        const options = { budget: 900, spendAll, boundShare: 0, scale: 1 };
        const plain = relaxNode(cs, box, options);
        const hinted = relaxNode(cs, box, { ...options, hint });
        if (plain === null || hinted === null) throw new Error("expected relaxations");
        expect(hinted.upper).toBeCloseTo(plain.upper, 6);
        expect(hinted.profit).toBeCloseTo(plain.profit, 6);
        expect(hinted.lambdaHigh).toBeCloseTo(plain.lambdaHigh, 9);
      }
    }
  );

  it("a box with no feasible allocation has no relaxation", () => {
    const cs = [channelCurve(sCurve("A")), channelCurve(sCurve("B"))];
    const box = { lo: Float64Array.from([60, 60]), hi: Float64Array.from([100, 100]) };
    expect(
      relaxNode(cs, box, { budget: 100, spendAll: false, boundShare: 0, scale: 1 })
    ).toBeNull();
    expect(relaxNode(cs, box, { budget: 300, spendAll: true, boundShare: 0, scale: 1 })).toBeNull();
  });
});
