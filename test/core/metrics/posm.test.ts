import { posmPayback, posmProfit, posmRoi, tempPosmProfit } from "../../../src/core/metrics/posm";

describe("posmProfit (§4.2, Decision: whole placement period)", () => {
  it.each([
    // uplift, unit profit, monthly placement, months, production, expected
    [200, 1.5, 100, 24, 3000, 1800],
    [200, 1.5, 100, 15, 3000, 0], // exactly at the payback: break-even
    [200, 1.5, 100, 6, 3000, -1800],
    [50, 1, 100, 12, 0, -600], // uplift profit below placement cost: loses every month
  ])("posmProfit(%p, %p, %p, %p, %p) = %p", (u, p, c, m, k, expected) => {
    expect(posmProfit(u, p, c, m, k)).toBeCloseTo(expected, 9);
  });
});

describe("posmRoi (§4.2)", () => {
  it("is net profit over placement and production costs", () => {
    expect(posmRoi(200, 1.5, 100, 24, 3000)).toBeCloseTo(1800 / 5400, 15);
  });

  it("is #DIV/0! when the POSM costs nothing", () => {
    expect(posmRoi(200, 1.5, 0, 24, 0)).toMatchObject({ kind: "DIV0" });
  });
});

describe("posmPayback (§4.2)", () => {
  it.each([
    [3000, 200, 1.5, 100, 15],
    [0, 200, 1.5, 100, 0],
  ])("posmPayback(%p, %p, %p, %p) = %p months", (k, u, p, c, expected) => {
    expect(posmPayback(k, u, p, c)).toBeCloseTo(expected, 12);
  });

  it("is 0 months when there is nothing to pay back: no production cost, break-even every month", () => {
    expect(posmPayback(0, 100, 1, 100)).toBe(0);
    expect(posmProfit(100, 1, 100, 12, 0)).toBe(0);
  });

  it("is #NUM! (never pays back) when the uplift's profit equals the placement cost", () => {
    expect(posmPayback(3000, 100, 1, 100)).toMatchObject({
      kind: "NUM",
      message: expect.stringMatching(/never pays back/),
    });
  });

  it("is #NUM! (never pays back) when the uplift's profit equals the placement cost up to float noise", () => {
    // 0.1 × 3 = 0.30000000000000004: a margin of 5.5e-17 a month would "pay back" in 5e19 months.
    expect(posmPayback(3000, 0.1, 3, 0.3)).toMatchObject({ kind: "NUM" });
    expect(posmProfit(0.1, 3, 0.3, 12, 3000)).toBe(-3000);
  });

  it("is #NUM! (never pays back) when the uplift's profit is below the placement cost, never negative months", () => {
    expect(posmPayback(3000, 50, 1, 100)).toMatchObject({ kind: "NUM" });
  });
});

describe("tempPosmProfit (§4.3)", () => {
  it.each([
    [300, 0.8, 60, 50, 130],
    [100, 0.5, 60, 50, -60],
  ])("tempPosmProfit(%p, %p, %p, %p) = %p", (u, p, kit, c, expected) => {
    expect(tempPosmProfit(u, p, kit, c)).toBeCloseTo(expected, 12);
  });
});
