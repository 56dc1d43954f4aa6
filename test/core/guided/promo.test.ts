import { buildPromoSheetPlan } from "../../../src/core/guided/promo/sheetPlan";
import { validatePromo, type PromoInput } from "../../../src/core/guided/promo/input";
import { promoYear } from "../../../src/core/metrics/promo";
import { GuidedEngine, mkt } from "./guidedEngine";
import { example } from "./examples";
import { fieldErrorText } from "../../../src/core/fieldValidation";
import { NUMBER_FORMATS } from "../../../src/core/numberFormat";

const PROMO_EXAMPLE = example("promo.json", validatePromo);

const buyers = (p: PromoInput) =>
  "buyers" in p.converted
    ? p.converted.buyers
    : p.converted.groups.reduce((s, g) => s + g.returned, 0);

const withGroups: PromoInput = {
  ...PROMO_EXAMPLE,
  converted: {
    groups: [
      { day: 1, trialBuyers: 30, returned: 8 },
      { day: 2, trialBuyers: 25, returned: 5 },
    ],
  },
};

describe("promo sheet", () => {
  it.each([
    ["the reference's example", PROMO_EXAMPLE],
    ["trial-buyer groups (converted = Σ returned)", withGroups],
  ])(
    "%s: every step equals the article's scheme and the increment MKT.PROMO_INCREMENT",
    (_, input) => {
      const engine = new GuidedEngine(buildPromoSheetPlan(input));
      expect(engine.errors()).toEqual([]);
      const args = [
        input.baselineDailyUnits,
        input.unitProfit,
        input.promoDays,
        input.promoDailyUnits,
        buyers(input),
        input.monthlyUnitsPerBuyer,
        input.promoCost,
        input.monthsAfter,
        input.daysPerMonth,
      ] as const;
      const year = promoYear(...args);
      const one = (name: string) => engine.list(name)[0] as number;
      expect(one("mkt_out_ordinary_profit")).toBeCloseTo(year.ordinaryYearProfit, 9);
      expect(one("mkt_out_promo_year_units")).toBeCloseTo(year.promoYearUnits, 9);
      expect(one("mkt_out_converted_units")).toBeCloseTo(year.convertedBuyerUnits, 9);
      expect(one("mkt_out_whole_units")).toBeCloseTo(year.wholeYearUnits, 9);
      expect(one("mkt_out_net_profit")).toBeCloseTo(year.netProfit, 9);
      expect(one("mkt_out_increment")).toBeCloseTo(mkt("PROMO_INCREMENT", ...args) as number, 12);
    }
  );

  it("shows the conversion share of the groups", () => {
    const engine = new GuidedEngine(buildPromoSheetPlan(withGroups));
    const cells = engine.hf.getSheetValues(engine.hf.getSheetId(engine.sheetName)!).flat();
    expect(cells).toContainEqual(13 / 55);
  });
});

describe("promo sheet layout", () => {
  it.each(["en", "ru", "kk"] as const)(
    "%s: every unit right of a figure keeps a digit's width of space from it (inputs' column C, steps' column D)",
    (language) => {
      const plan = buildPromoSheetPlan(PROMO_EXAMPLE, { language });
      const unitCells = plan.blocks.flatMap((b) => {
        const formats = typeof b.numberFormat === "string" ? [[b.numberFormat]] : b.numberFormat;
        const col = b.address.charAt(0);
        if (b.role !== "label" || !formats) return [];
        // Column C beside the inputs' values, column D beside the steps' values.
        return formats.map((row) => row[0]).filter(() => col === "C" || col === "D");
      });
      // Nine inputs and eight steps.
      expect(unitCells).toHaveLength(17);
      expect(new Set(unitCells)).toEqual(new Set([NUMBER_FORMATS.wordAfterFigure]));
    }
  );
});

describe("validatePromo", () => {
  const raw = {
    ...PROMO_EXAMPLE,
    converted: undefined,
    convertedBuyers: 8,
  };
  it.each([
    [
      { ...raw, groups: [{ day: 1, trialBuyers: 30, returned: 8 }] },
      "groups is given together with convertedBuyers",
    ],
    [{ ...raw, convertedBuyers: undefined }, "convertedBuyers is missing"],
    [{ ...raw, promoDays: 361 }, "promoDays must be <= 360 (got 361)"],
    [{ ...raw, unitProfit: 0 }, "unitProfit must be > 0 (got 0)"],
    [
      { ...raw, convertedBuyers: undefined, groups: [{ day: 1, trialBuyers: 3, returned: 8 }] },
      "groups[0].returned must not exceed trialBuyers",
    ],
  ])("names the field and the rule: %#", (input, message) => {
    const result = validatePromo(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => fieldErrorText(e)).join("\n")).toContain(message);
  });

  it("defaults monthsAfter to 11 and daysPerMonth to 30", () => {
    const result = validatePromo({ ...raw, monthsAfter: undefined, daysPerMonth: undefined });
    expect(result.ok && [result.value.monthsAfter, result.value.daysPerMonth]).toEqual([11, 30]);
  });
});
