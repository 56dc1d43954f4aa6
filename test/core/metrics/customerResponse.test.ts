import {
  akbGrowth,
  newCustomerShare,
  participationRate,
} from "../../../src/core/metrics/customerResponse";

describe("participationRate (§3)", () => {
  it.each([
    [120, 800, 0.15],
    [0, 800, 0],
    [800, 800, 1],
  ])("participationRate(%p, %p) = %p", (p, a, expected) => {
    expect(participationRate(p, a)).toBeCloseTo(expected, 15);
  });

  it("is #NUM! when participants exceed the active base", () => {
    expect(participationRate(900, 800)).toMatchObject({
      kind: "NUM",
      message: "participants cannot exceed active_customers",
    });
  });
});

describe("newCustomerShare (§3)", () => {
  it("is new customers' sales over total sales", () => {
    expect(newCustomerShare(250000, 1000000)).toBe(0.25);
  });

  it("is #NUM! when new customers' sales exceed total sales", () => {
    expect(newCustomerShare(2, 1)).toMatchObject({ kind: "NUM" });
  });
});

describe("akbGrowth (§3)", () => {
  it.each([
    // The catalogue's worked example: (460 − 400) / 400 = 15%.
    ["the worked example", 460, 400, 0.15],
    ["no change", 400, 400, 0],
    ["a shrinking base is negative", 300, 400, -0.25],
    ["every customer lost is −100%", 0, 400, -1],
    ["a doubled base is +100%", 800, 400, 1],
  ])("%s", (_, now, before, expected) => {
    expect(akbGrowth(now, before)).toBeCloseTo(expected, 15);
  });
});
