import {
  conversionRate,
  customerLifetimeValue,
  engagementRate,
  redemptionRate,
  repeatRate,
  retentionRate,
} from "../../../src/core/metrics/loyalty";

describe.each([
  ["redemptionRate", redemptionRate, 18000, 120000, 0.15],
  ["engagementRate", engagementRate, 2600, 10000, 0.26],
  ["repeatRate", repeatRate, 340, 1000, 0.34],
  ["conversionRate", conversionRate, 120, 4000, 0.03],
])("%s (§8)", (_, rate, part, whole, expected) => {
  it(`is ${part} / ${whole} = ${expected}`, () =>
    expect(rate(part, whole)).toBeCloseTo(expected, 15));
  it("is #NUM! when the part exceeds the whole", () =>
    expect(rate(whole + 1, whole)).toMatchObject({ kind: "NUM" }));
});

describe("retentionRate (§8)", () => {
  it.each([
    // The catalogue's worked example: 950 at the end, 200 of them new, 1,000 at the start.
    ["the worked example", 950, 200, 1000, 0.75],
    ["everyone kept, no one new", 1000, 0, 1000, 1],
    ["everyone lost, the end base all new", 300, 300, 1000, 0],
    ["a shrinking base", 400, 0, 1000, 0.4],
  ])("%s", (_, end, added, start, expected) => {
    expect(retentionRate(end, added, start)).toBeCloseTo(expected, 15);
  });

  it("is #NUM! when new customers exceed the customers at the end", () => {
    expect(retentionRate(100, 150, 1000)).toEqual({
      kind: "NUM",
      message: "new_customers cannot exceed customers_end",
    });
  });

  it("is #NUM! when more customers are kept than there were at the start", () => {
    expect(retentionRate(1300, 200, 1000)).toEqual({
      kind: "NUM",
      message: "customers_end − new_customers cannot exceed customers_start",
    });
  });
});

describe("customerLifetimeValue (Gupta-Lehmann)", () => {
  it.each([
    // The catalogue's worked example: 1,200 × 0.75 / (1.15 − 0.75) = 2,250.
    ["the worked example", 1200, 0.75, 0.15, 2250],
    // The margin multiple r / (1 + i − r): 0.8 / 0.32 = 2.5 periods' margins.
    ["80% retention at 12%: 2.5 margins", 100, 0.8, 0.12, 250],
    ["no retention: nothing beyond the current period", 1200, 0, 0.1, 0],
    ["kept for ever, discounted at 10%: m / i", 100, 1, 0.1, 1000],
    ["no discounting: m·r / (1 − r)", 100, 0.5, 0, 100],
    ["a customer who costs money", -50, 0.6, 0.1, -60],
  ])("%s", (_, margin, retention, discount, expected) => {
    expect(customerLifetimeValue(margin, retention, discount)).toBeCloseTo(expected, 9);
  });

  it("equals the discounted sum of the margins of the periods the customer stays", () => {
    const [m, r, i] = [1200, 0.75, 0.15];
    let sum = 0;
    for (let t = 1; t <= 400; t++) sum += (m * Math.pow(r, t)) / Math.pow(1 + i, t);
    expect(customerLifetimeValue(m, r, i)).toBeCloseTo(sum, 9);
  });

  it("is #NUM! when retention is not below 1 + discount rate (kept for ever, undiscounted)", () => {
    expect(customerLifetimeValue(100, 1, 0)).toEqual({
      kind: "NUM",
      message: expect.stringMatching(/^retention_rate must be below 1 \+ discount_rate/),
    });
  });

  it("is #NUM! when 1 + discount rate equals retention up to float noise", () => {
    expect(customerLifetimeValue(100, 0.1 + 0.2 + 0.7, 0)).toMatchObject({ kind: "NUM" });
    expect(customerLifetimeValue(100, 1, 1e-14)).toMatchObject({ kind: "NUM" });
  });
});
