import {
  breakevenLift,
  bundleDiscount,
  promoIncrement,
  promoYear,
} from "../../../src/core/metrics/promo";

describe("promoYear: the article's step-by-step scheme (§5)", () => {
  // worked-examples.md: 20 packs a day, $0.10 profit a pack.
  const year = promoYear(20, 0.1, 5, 60, 8, 4, 20, 11, 30);

  it("reproduces the article's first steps: Vsale(year) = 7,200 and Inc(year) = $720", () => {
    expect(year.ordinaryYearUnits).toBe(7200);
    expect(year.ordinaryYearProfit).toBeCloseTo(720, 12);
    // Vsale(month) = 600 and Inc(day) = $2.00, Inc(month) = $60.00 follow from the same figures.
    expect(year.ordinaryYearUnits / 12).toBe(600);
    expect((year.ordinaryYearProfit / 12 / 30) * 1).toBeCloseTo(2, 12);
  });

  it("adds the promo days' excess and the converted buyers' 11 months", () => {
    expect(year.promoYearUnits).toBe(7200 + 5 * (60 - 20));
    expect(year.convertedBuyerUnits).toBe(8 * 4 * 11);
    expect(year.wholeYearUnits).toBe(7400 + 352);
    expect(year.netProfit).toBeCloseTo(775.2 - 20, 9);
  });
});

describe("promoIncrement (§5)", () => {
  // The article's 11.01% needs promo-day sales, buyer counts and the promo cost, which
  // worked-examples.md does not give; these cases are hand calculations on the article's base.
  it.each([
    [
      "illustrative promo on the article's base",
      [20, 0.1, 5, 60, 8, 4, 20, 11, 30],
      (755.2 - 720) / 720,
    ],
    ["a promo that changes nothing and costs nothing", [20, 0.1, 5, 20, 0, 0, 0, 11, 30], 0],
    ["a promo whose cost eats all the extra profit", [20, 0.1, 5, 60, 0, 0, 20, 11, 30], 0],
    [
      "default-style 11 months vs 6 months after",
      [20, 0.1, 0, 20, 10, 3, 0, 6, 30],
      (10 * 3 * 6 * 0.1) / 720,
    ],
  ])("%s", (_, args, expected) => {
    const [b, p, d, pd, cb, mu, pc, ma, dpm] = args as number[];
    expect(promoIncrement(b, p, d, pd, cb, mu, pc, ma, dpm)).toBeCloseTo(expected as number, 12);
  });

  it("is #DIV/0! when the ordinary year earns nothing (baseline 0)", () => {
    expect(promoIncrement(0, 0.1, 5, 60, 8, 4, 20, 11, 30)).toMatchObject({ kind: "DIV0" });
  });

  it("is #DIV/0! when the unit profit is 0", () => {
    expect(promoIncrement(20, 0, 5, 60, 8, 4, 20, 11, 30)).toMatchObject({ kind: "DIV0" });
  });
});

describe("promoIncrement: promo days within the year", () => {
  it("accepts a promo lasting the whole 360-day year", () => {
    expect(typeof promoIncrement(20, 0.1, 360, 60, 8, 4, 20, 11, 30)).toBe("number");
  });

  it("is #NUM! naming the year's days when the promo has more days than the year", () => {
    expect(promoIncrement(20, 0.1, 361, 60, 8, 4, 20, 11, 30)).toMatchObject({
      kind: "NUM",
      message: expect.stringMatching(/promo_days \(361\) exceeds the 360 days of the year/),
    });
  });

  it("measures the year with days_per_month (28 days a month: 336 days)", () => {
    expect(promoIncrement(20, 0.1, 337, 60, 8, 4, 20, 11, 28)).toMatchObject({ kind: "NUM" });
  });
});

describe("bundleDiscount (§6)", () => {
  it.each([
    [10, 2, 2 / 12], // worked-examples.md: "buy 10, get 2 free" = 16.67% per item
    [2, 1, 1 / 3],
    [5, 0, 0],
  ])("bundleDiscount(%p, %p) = %p", (buy, free, expected) => {
    expect(bundleDiscount(buy, free)).toBeCloseTo(expected, 15);
  });

  it.each([
    [1e308, 1e308, 0.5],
    [Number.MAX_VALUE, Number.MAX_VALUE, 0.5],
    [1.5e308, 0.5e308, 0.25],
  ])(
    "is stable when buy_qty + free_qty overflows: bundleDiscount(%p, %p) = %p",
    (buy, free, expected) => {
      expect(bundleDiscount(buy, free)).toBe(expected);
    }
  );

  it("is #DIV/0! when no item changes hands", () => {
    expect(bundleDiscount(0, 0)).toMatchObject({ kind: "DIV0" });
  });
});

describe("breakevenLift (§6)", () => {
  it.each([
    [0.1, 0.3, 0.5], // worked-examples.md: 10% off a 30% margin needs 50% more units
    [0, 0.3, 0],
    [0.2, 0.4, 1],
  ])("breakevenLift(%p, %p) = %p", (d, m, expected) => {
    expect(breakevenLift(d, m)).toBeCloseTo(expected, 12);
  });

  it("is #NUM! when the discount equals the margin", () => {
    expect(breakevenLift(0.3, 0.3)).toMatchObject({ kind: "NUM" });
  });

  it("is #NUM! when the margin equals the discount up to float noise (1 - 0.7 is 0.30000000000000004)", () => {
    expect(breakevenLift(0.3, 1 - 0.7)).toMatchObject({
      kind: "NUM",
      message: expect.stringMatching(/below gross_margin/),
    });
  });

  it("still answers for a margin a hair (1e-9) above the discount", () => {
    expect((breakevenLift(0.3, 0.3 + 1e-9) as number) / (0.3 / 1e-9)).toBeCloseTo(1, 6);
  });

  it("is #NUM! when the discount exceeds the margin", () => {
    expect(breakevenLift(0.4, 0.3)).toMatchObject({
      kind: "NUM",
      message: expect.stringMatching(/below gross_margin/),
    });
  });
});
