/**
 * Help texts of the catalogue entries for promotions and discounts (methods.md §5, §6).
 *
 * Summaries, argument descriptions, examples, notes and native twins, keyed by
 * the function's name; the declarations are in ../promo.ts. Loaded by what
 * shows or checks help (the gallery, Make shareable, the docs, the command
 * line), not by the page's first scripts.
 */
import { NUM_ERROR, twinDifference } from "../twinFormulas";
import { equalUpToNoiseNote } from "../entry";
import type { CategoryHelp } from "../entry";

const CATEGORY = "Promo and discounts";

/** gross_margin − discount, float noise read as 0 (metrics/promo.ts). */
const HEADROOM = twinDifference("{gross_margin}", "{discount}");

export const PROMO_HELP: CategoryHelp = {
  PROMO_INCREMENT: {
    category: CATEGORY,
    section: "§5",
    anchor: "promo_increment",
    summary:
      "Long-lasting effect of a promo: growth of the year's net profit with the promo over an ordinary year's profit.",
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
    args: {
      baseline_daily_units: {
        description:
          "Units sold per ordinary day; 0 or more (the ordinary year's profit must be above 0).",
      },
      unit_profit: {
        description: "Profit per unit, in money; 0 or more.",
      },
      promo_days: {
        description:
          "Number of promo days; a whole number from 0 to the year's days (days_per_month × 12, 360 by default).",
      },
      promo_daily_units: {
        description: "Units sold per promo day; 0 or more.",
      },
      converted_buyers: {
        description: 'Trial buyers who came back ("converted" buyers); a whole number, 0 or more.',
      },
      monthly_units_per_buyer: {
        description: "Average units a converted buyer buys per month; 0 or more.",
      },
      promo_cost: {
        description: "Total cost of the promo, in money; 0 or more.",
      },
      months_after: {
        description:
          "Optional months of the year after the promo in which converted buyers keep buying; 0 to 12, default 11.",
        blankNote:
          "Leave it out for the default 11. A blank cell is the default on the web but 0 months on desktop builds that pass a blank as 0: 0 is a real value (a promo in the year's last month), so it cannot be told apart.",
      },
      days_per_month: {
        description:
          "Optional days per month for the ordinary year; greater than 0 and at most 31, default 30.",
        blankNote:
          "Leave it out for the default 30. A blank cell is the default on the web; desktop builds that pass a blank as 0 get #NUM! saying so.",
      },
    },
  },
  BUNDLE_DISCOUNT: {
    category: CATEGORY,
    section: "§6",
    anchor: "bundle_discount",
    summary: 'Equivalent per-item discount of a "buy N, get M free" offer.',
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
    // Halves before adding, as the function does when N + M overflows: exact for counts
    // (halving a double is exact, so M / (N/2 + M/2) / 2 = M / (N + M) bit for bit), and the
    // plain sum would give #NUM! for counts near 1.8e308, where the share is still defined.
    twin: { template: "{free_qty}/({buy_qty}/2+{free_qty}/2)/2" },
    args: {
      buy_qty: {
        description: 'Items paid for (N in "buy N, get M free"); a whole number, 0 or more.',
      },
      free_qty: {
        description: "Items given free (M); a whole number, 0 or more.",
      },
    },
  },
  BREAKEVEN_LIFT: {
    category: CATEGORY,
    section: "§6",
    anchor: "breakeven_lift",
    summary:
      "How many more units a discounted product must sell to earn the same gross profit as before the discount.",
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
    args: {
      discount: {
        description: "Discount off the price, a share from 0 to 1 (type 10% or 0.1).",
      },
      gross_margin: {
        description:
          "Gross margin before the discount, a share greater than 0 and at most 1 (type 30% or 0.3).",
      },
    },
  },
};
