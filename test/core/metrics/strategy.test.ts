import {
  averageRevenuePerUser,
  brandAwareness,
  breakevenUnits,
  churnRate,
  costPerClick,
  costPerLead,
  loyaltyIndex,
  marketVolume,
} from "../../../src/core/metrics/strategy";

describe("loyaltyIndex (§7)", () => {
  it.each([
    // worked-examples.md: 90 loyal, 150 neutral, 60 disloyal of 300 → 30% − 20% = 10%
    ["the article's survey as counts", 90, 60, 300, 0.1],
    ["the article's survey as shares", 0.3, 0.2, 1, 0.1],
    ["more disloyal than loyal", 10, 40, 100, -0.3],
    // 0.1 + 0.2 is 0.30000000000000004 > 0.3 in floating point: still "equal to total".
    ["shares that fill the total, up to float noise", 0.1, 0.2, 0.3, -1 / 3],
  ])("%s", (_, loyal, disloyal, total, expected) => {
    expect(loyaltyIndex(loyal, disloyal, total)).toBeCloseTo(expected, 15);
  });

  it("is #NUM! when loyal + disloyal exceed total", () => {
    expect(loyaltyIndex(200, 150, 300)).toMatchObject({
      kind: "NUM",
      message: expect.stringMatching(/type 30% or 0.3/),
    });
  });
});

describe("costPerLead (§7)", () => {
  it("is acquisition cost per lead", () => expect(costPerLead(45000, 300)).toBe(150));
});

describe("breakevenUnits (§7)", () => {
  it.each([
    [20000, 100000, 50, 30, 6000],
    [0, 100000, 50, 30, 5000],
  ])("breakevenUnits(%p, %p, %p, %p) = %p", (profit, fixed, price, variable, expected) => {
    expect(breakevenUnits(profit, fixed, price, variable)).toBeCloseTo(expected, 9);
  });

  it("is #DIV/0! when price equals variable cost", () => {
    expect(breakevenUnits(0, 100, 30, 30)).toMatchObject({ kind: "DIV0" });
  });

  it("is #DIV/0! when price equals variable cost up to float noise (0.1 + 0.2 against 0.3)", () => {
    expect(breakevenUnits(0, 100, 0.1 + 0.2, 0.3)).toMatchObject({ kind: "DIV0" });
    expect(breakevenUnits(0, 100, 0.3, 0.1 + 0.2)).toMatchObject({ kind: "DIV0" });
  });

  it("is #NUM! when every unit loses money", () => {
    expect(breakevenUnits(0, 100, 20, 30)).toMatchObject({ kind: "NUM" });
  });
});

describe("marketVolume (§7)", () => {
  it("is production + imports − exports", () =>
    expect(marketVolume(500000, 120000, 80000)).toBe(540000));
  it("is #NUM! when exports exceed production plus imports", () => {
    expect(marketVolume(100, 10, 200)).toMatchObject({ kind: "NUM" });
  });
});

describe("averageRevenuePerUser (§7)", () => {
  it("is revenue per user", () => expect(averageRevenuePerUser(900000, 1200)).toBe(750));
});

describe("churnRate (§7)", () => {
  it("is users lost over total users", () => expect(churnRate(45, 1500)).toBeCloseTo(0.03, 15));
  it("is #NUM! when more users are lost than there were", () => {
    expect(churnRate(1600, 1500)).toMatchObject({ kind: "NUM" });
  });
});

describe("brandAwareness (§7)", () => {
  it.each([
    // The catalogue's worked example: 260 of 400 respondents know the brand.
    ["the worked example", 260, 400, 0.65],
    ["no one knows the brand", 0, 400, 0],
    ["everyone knows it", 400, 400, 1],
  ])("%s", (_, aware, respondents, expected) => {
    expect(brandAwareness(aware, respondents)).toBeCloseTo(expected, 15);
  });
  it("is #NUM! when more respondents know the brand than were asked", () =>
    expect(brandAwareness(401, 400)).toEqual({
      kind: "NUM",
      message: "aware_respondents cannot exceed respondents",
    }));
});

describe("costPerClick (§7)", () => {
  it("is spend per click", () => expect(costPerClick(12000, 4800)).toBe(2.5));
});
