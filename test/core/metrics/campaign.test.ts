import {
  costPerExtraUnit,
  romi,
  romiRating,
  ROMI_BAND_TEXT,
  salesLiftPerCost,
  tmCostShare,
  unitRoi,
} from "../../../src/core/metrics/campaign";
import { isCalcError } from "../../../src/core/errors";

describe("romi (§1.3)", () => {
  it.each([
    // [incremental revenue, cost, margin, expected]
    [150000, 50000, 0.4, 0.2],
    [60000, 50000, 1, 0.2], // gross_margin 1: first argument is already gross profit (Decision)
    [100000, 50000, 1, 1],
    [0, 50000, 0.3, -1],
    [-20000, 10000, 0.5, -2],
  ])("romi(%p, %p, %p) = %p", (revenue, cost, margin, expected) => {
    expect(romi(revenue, cost, margin)).toBeCloseTo(expected, 12);
  });
});

describe("romiRating (§1.3 bands)", () => {
  it.each([
    // worked-examples.md: ROMI 25% is below acceptable; 30-50% acceptable; 50-80% good; 80-200% excellent; above 200% outstanding
    [0.25, "below acceptable"],
    [0.3, "acceptable"],
    [0.45, "acceptable"],
    [0.5, "good"],
    [0.79, "good"],
    [0.8, "excellent"],
    [1.99, "excellent"],
    [2, "outstanding"],
    [5, "outstanding"],
    [-3, "below acceptable"],
  ])("romiRating(%p) = %p", (value, text) => {
    expect(romiRating(value, "en")).toBe(text);
  });

  it("speaks Russian and Kazakh on request", () => {
    expect(romiRating(0.6, "ru")).toBe(ROMI_BAND_TEXT.ru[2]);
    expect(romiRating(2.5, "kk")).toBe(ROMI_BAND_TEXT.kk[4]);
  });
});

describe("unitRoi (§1.4)", () => {
  it.each([
    [12, 8, 5000, 10000, 1],
    [10, 8, 1000, 5000, -0.6], // negative: the money was spent ineffectively
  ])("unitRoi(%p, %p, %p, %p) = %p", (d, c, k, i, expected) => {
    expect(unitRoi(d, c, k, i)).toBeCloseTo(expected, 12);
  });
});

describe("salesLiftPerCost (§1.1)", () => {
  it("gives extra sales per unit of cost", () => {
    expect(salesLiftPerCost(1200000, 1000000, 50000)).toBe(4);
    expect(salesLiftPerCost(900000, 1000000, 50000)).toBe(-2);
  });
});

describe("costPerExtraUnit (§1.2)", () => {
  it("spreads the cost over the extra units", () => {
    expect(costPerExtraUnit(12000, 10000, 50000)).toBe(25);
  });

  it("is #DIV/0! when sales did not change", () => {
    expect(costPerExtraUnit(10000, 10000, 50000)).toMatchObject({ kind: "DIV0" });
  });

  it("is #DIV/0! when sales did not change up to float noise (0.1 + 0.2 against 0.3)", () => {
    expect(costPerExtraUnit(0.1 + 0.2, 0.3, 50000)).toMatchObject({ kind: "DIV0" });
  });

  it("is #NUM! when sales fell (undefined when sales did not grow)", () => {
    const result = costPerExtraUnit(9000, 10000, 50000);
    expect(isCalcError(result) && result.kind).toBe("NUM");
  });
});

describe("tmCostShare (§1.5)", () => {
  it("is the cost over the additional turnover", () => {
    expect(tmCostShare(30000, 400000)).toBe(0.075);
  });
});
