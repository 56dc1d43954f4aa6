/**
 * Catalogue entries for promotions and discounts (methods.md §5, §6).
 */
import { breakevenLift, bundleDiscount, promoIncrement } from "../metrics/promo";
import { NUM_ERROR, twinDifference } from "./twinFormulas";
import { defineEntry, equalUpToNoiseNote } from "./entry";

const CATEGORY = "Promo and discounts";

/** gross_margin − discount, float noise read as 0 (metrics/promo.ts). */
const HEADROOM = twinDifference("{gross_margin}", "{discount}");

export const PROMO_INCREMENT_ENTRY = defineEntry({
  name: "PROMO_INCREMENT",
  category: CATEGORY,
  section: "§5",
  anchor: "promo_increment",
  summary:
    "Long-lasting effect of a promo: growth of the year's net profit with the promo over an ordinary year's profit.",
  args: [
    {
      name: "baseline_daily_units",
      kind: "number",
      description:
        "Units sold per ordinary day; 0 or more (the ordinary year's profit must be above 0).",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "unit_profit",
      kind: "money",
      description: "Profit per unit, in money; 0 or more.",
      blank: "zero",
    },
    {
      name: "promo_days",
      kind: "count",
      description:
        "Number of promo days; a whole number from 0 to the year's days (days_per_month × 12, 360 by default).",
      blank: "zero",
    },
    {
      name: "promo_daily_units",
      kind: "number",
      description: "Units sold per promo day; 0 or more.",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "converted_buyers",
      kind: "count",
      description: 'Trial buyers who came back ("converted" buyers); a whole number, 0 or more.',
      blank: "zero",
    },
    {
      name: "monthly_units_per_buyer",
      kind: "number",
      description: "Average units a converted buyer buys per month; 0 or more.",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "promo_cost",
      kind: "money",
      description: "Total cost of the promo, in money; 0 or more.",
      blank: "zero",
    },
    {
      name: "months_after",
      kind: "number",
      description:
        "Optional months of the year after the promo in which converted buyers keep buying; 0 to 12, default 11.",
      optional: true,
      default: 11,
      bounds: { min: 0, max: 12 },
      blank: "default",
      blankNote:
        "Leave it out for the default 11. A blank cell is the default on the web but 0 months on desktop builds that pass a blank as 0: 0 is a real value (a promo in the year's last month), so it cannot be told apart.",
    },
    {
      name: "days_per_month",
      kind: "number",
      description:
        "Optional days per month for the ordinary year; greater than 0 and at most 31, default 30.",
      optional: true,
      default: 30,
      // 0 days is never meant: #NUM! with advice (not #DIV/0!, it is not the denominator itself).
      bounds: { min: 0, minExclusive: true, max: 31 },
      blank: "default",
      blankNote:
        "Leave it out for the default 30. A blank cell is the default on the web; desktop builds that pass a blank as 0 get #NUM! saying so.",
    },
  ] as const,
  returns:
    "A fraction (format as %): 0.11 means the promo year earns 11% more net profit than an ordinary year.",
  formula:
    "Vsale(year) = baseline_daily_units × days_per_month × 12; Inc(year) = Vsale(year) × unit_profit; Vsale(PromoYear) = Vsale(year) + promo_days × (promo_daily_units − baseline_daily_units); VsaleConvPers(year) = converted_buyers × monthly_units_per_buyer × months_after; net = (VsaleConvPers(year) + Vsale(PromoYear)) × unit_profit − promo_cost; result = (net − Inc(year)) / Inc(year)",
  example: {
    args: [20, 0.1, 5, 60, 8, 4, 20, null, null],
    expected: (775.2 - 20 - 720) / 720,
    source:
      "the article's first steps (20 packs a day, $0.10 profit: Vsale(year) = 7,200, Inc(year) = $720) with illustrative promo figures: 5 days at 60 a day, 8 converted buyers of 4 packs a month, promo cost $20 → (775.20 − 20 − 720) / 720 = 4.89%",
  },
  notes: [
    "The article's step-by-step scheme (methods.md (worked examples)): the year is 12 months; converted buyers keep buying for the remaining months_after (11 in the article) months.",
    "The article's result of 11.01% cannot be reproduced: the worked example does not give the promo days' sales, the number of converted buyers with their monthly purchases, or the promo cost. The example above uses the article's first steps with illustrative promo figures.",
    "An ordinary year's profit of 0 (baseline_daily_units or unit_profit 0) is #DIV/0!: the increment has no base.",
    "More promo days than the year has (days_per_month × 12) is #NUM!: the promo cannot outlast the year it is measured over.",
    "Blank required arguments count as 0; for the optional ones see the Blank column.",
  ],
  twin: {
    template:
      "(({converted_buyers}*{monthly_units_per_buyer}*{months_after}+({baseline_daily_units}*{days_per_month}*12+{promo_days}*({promo_daily_units}-{baseline_daily_units})))*{unit_profit}-{promo_cost}-{baseline_daily_units}*{days_per_month}*12*{unit_profit})/({baseline_daily_units}*{days_per_month}*12*{unit_profit})",
    // The function's own refusal, before any arithmetic: a promo longer than the year.
    checks: [{ when: "{promo_days}>{days_per_month}*12", error: NUM_ERROR }],
  },
  compute: promoIncrement,
});

export const BUNDLE_DISCOUNT_ENTRY = defineEntry({
  name: "BUNDLE_DISCOUNT",
  category: CATEGORY,
  section: "§6",
  anchor: "bundle_discount",
  summary: 'Equivalent per-item discount of a "buy N, get M free" offer.',
  args: [
    {
      name: "buy_qty",
      kind: "count",
      description: 'Items paid for (N in "buy N, get M free"); a whole number, 0 or more.',
      blank: "zero",
    },
    {
      name: "free_qty",
      kind: "count",
      description: "Items given free (M); a whole number, 0 or more.",
      blank: "zero",
    },
  ] as const,
  returns: "A fraction (format as %).",
  formula: "free_qty / (buy_qty + free_qty)",
  example: {
    args: [10, 2],
    expected: 2 / 12,
    source: 'methods.md (worked examples): "buy 10, get 2 free" is 2 / 12 = 16.67% per item',
  },
  notes: [
    "The offer hands over buy_qty + free_qty items for the price of buy_qty. How buyers respond differs: direct consumers barely (fixed needs), installers if the product is popular with their clients, cash-paying representatives of legal entities sometimes (methods.md §6).",
    "Both quantities 0 is #DIV/0!; blanks count as 0.",
  ],
  twin: { template: "{free_qty}/({buy_qty}+{free_qty})" },
  compute: bundleDiscount,
});

export const BREAKEVEN_LIFT_ENTRY = defineEntry({
  name: "BREAKEVEN_LIFT",
  category: CATEGORY,
  section: "§6",
  anchor: "breakeven_lift",
  summary:
    "How many more units a discounted product must sell to earn the same gross profit as before the discount.",
  args: [
    {
      name: "discount",
      kind: "share",
      description: "Discount off the price, a share from 0 to 1 (type 10% or 0.1).",
      blank: "zero",
    },
    {
      name: "gross_margin",
      kind: "share",
      description:
        "Gross margin before the discount, a share greater than 0 and at most 1 (type 30% or 0.3).",
      bounds: { min: 0, minExclusive: true },
      blank: "zero",
    },
  ] as const,
  returns: "The required growth in units as a fraction (format as %): 0.5 means 50% more units.",
  formula: "discount / (gross_margin − discount)",
  example: {
    args: [0.1, 0.3],
    expected: 0.5,
    source:
      "methods.md (worked examples): 10% off a 30% margin needs 10 / (30 − 10) = 50% more units",
  },
  notes: [
    "A discount at or above the gross margin is #NUM!: every unit then sells at a loss and no volume makes up for it.",
    equalUpToNoiseNote("gross_margin", "discount"),
    "Before discounting, find out why the product sells poorly; discount only when the problem is price, and remember transaction costs (methods.md §6).",
    "Blank arguments count as 0; a blank gross_margin is #NUM!.",
  ],
  twin: {
    template: `{discount}/${HEADROOM}`,
    checks: [{ when: `${HEADROOM}<=0`, error: NUM_ERROR }],
  },
  compute: breakevenLift,
});

export const PROMO_ENTRIES = [
  PROMO_INCREMENT_ENTRY,
  BUNDLE_DISCOUNT_ENTRY,
  BREAKEVEN_LIFT_ENTRY,
] as const;
