/**
 * Help texts of the catalogue entries for merchandising and POSM (methods.md §4.2, §4.3).
 *
 * Summaries, argument descriptions, examples, notes and native twins, keyed by
 * the function's name; the declarations are in ../posm.ts. Loaded by what
 * shows or checks help (the gallery, Make shareable, the docs, the command
 * line), not by the page's first scripts.
 */
import { NUM_ERROR, twinDifference } from "../twinFormulas";
import { equalUpToNoiseNote } from "../entry";
import type { ArgText, CategoryHelp } from "../entry";

const CATEGORY = "POSM";

const UPLIFT = {
  description:
    "Extra units sold per month thanks to the POSM (vs. comparable stores without it); any value, negative if sales fell.",
} as const satisfies ArgText;

const UNIT_PROFIT = {
  description: "Profit per unit sold, in money; 0 or more.",
} as const satisfies ArgText;

const PLACEMENT = {
  description:
    "What the placement costs per month (fee to the store, service), in money; 0 or more.",
} as const satisfies ArgText;

const MONTHS = {
  description: "Months the POSM stays in place (its warranty or real service life); 0 or more.",
} as const satisfies ArgText;

const PRODUCTION = {
  description: "One-off production cost of the POSM, in money; 0 or more.",
} as const satisfies ArgText;

/** The monthly margin, float noise read as 0 (metrics/posm.ts monthlyMargin). */
const MARGIN = twinDifference("{monthly_unit_uplift}*{unit_profit}", "{monthly_placement_cost}");

const DECISION =
  "Decision (methods.md §4.2): the article's profit line mixes a monthly first term with a whole-period second term; the product takes the whole placement period, net profit = placement_months × (monthly_unit_uplift × unit_profit − monthly_placement_cost) − production_cost. This agrees with POSM_PAYBACK: the profit is ≥ 0 exactly when placement_months ≥ the payback.";

const WHEN = "Evaluate at moments of change only: new POSM, upgrade, replacement, new placement.";

const BLANKS = "Blank arguments count as 0.";

export const POSM_HELP: CategoryHelp = {
  POSM_PROFIT: {
    category: CATEGORY,
    section: "§4.2",
    anchor: "posm_profit",
    summary: "Net profit from a permanent POSM (rack, fridge, display) over its placement period.",
    returns: "Money; negative means the POSM does not pay back within the period.",
    formula:
      "placement_months × (monthly_unit_uplift × unit_profit − monthly_placement_cost) − production_cost",
    example: {
      args: [200, 1.5, 100, 24, 3000],
      expected: 1800,
      source: "hand calculation: 24 × (200 × 1.5 − 100) − 3,000 = 1,800",
    },
    notes: [DECISION, WHEN, BLANKS],
    twin: {
      template: `{placement_months}*${MARGIN}-{production_cost}`,
    },
    args: {
      monthly_unit_uplift: UPLIFT,
      unit_profit: UNIT_PROFIT,
      monthly_placement_cost: PLACEMENT,
      placement_months: MONTHS,
      production_cost: PRODUCTION,
    },
  },
  POSM_ROI: {
    category: CATEGORY,
    section: "§4.2",
    anchor: "posm_roi",
    summary:
      "Profitability of a permanent POSM: its net profit over its costs (placement for the period plus production).",
    returns: "A fraction (format as %); negative means a loss.",
    formula: "POSM_PROFIT / (monthly_placement_cost × placement_months + production_cost)",
    example: {
      args: [200, 1.5, 100, 24, 3000],
      expected: 1800 / 5400,
      source: "hand calculation: 1,800 / (100 × 24 + 3,000) = 33.3%",
    },
    notes: [DECISION, "POSM that costs nothing (both costs 0) is #DIV/0!.", WHEN, BLANKS],
    twin: {
      template: `({placement_months}*${MARGIN}-{production_cost})/({monthly_placement_cost}*{placement_months}+{production_cost})`,
    },
    args: {
      monthly_unit_uplift: UPLIFT,
      unit_profit: UNIT_PROFIT,
      monthly_placement_cost: PLACEMENT,
      placement_months: MONTHS,
      production_cost: PRODUCTION,
    },
  },
  POSM_PAYBACK: {
    category: CATEGORY,
    section: "§4.2",
    anchor: "posm_payback",
    summary:
      "Months a permanent POSM needs to pay back its production cost from the extra monthly profit.",
    returns: "Months; optimal when at most the POSM's warranty or real service life.",
    formula: "production_cost / (monthly_unit_uplift × unit_profit − monthly_placement_cost)",
    example: {
      args: [3000, 200, 1.5, 100],
      expected: 15,
      source: "hand calculation: 3,000 / (300 − 100) = 15 months",
    },
    bands: [
      { when: "≤ service life", meaning: "the POSM pays for itself: optimal" },
      { when: "> service life", meaning: "the POSM wears out before it pays back" },
    ],
    notes: [
      DECISION,
      "When the monthly profit from the uplift does not exceed the monthly placement cost the POSM never pays back: #NUM! with a message, never a negative number of months (methods.md §4.2).",
      "With production_cost 0 there is nothing to pay back: 0 months when the uplift's profit at least covers the placement cost (the POSM breaks even from the start), #NUM! when it does not.",
      equalUpToNoiseNote("monthly_unit_uplift × unit_profit", "monthly_placement_cost"),
      WHEN,
      BLANKS,
    ],
    twin: {
      // 0 months with nothing to pay back and no monthly loss; never pays back is #NUM!.
      template: `IF(AND({production_cost}=0,${MARGIN}>=0),0,IF(${MARGIN}<=0,${NUM_ERROR},{production_cost}/${MARGIN}))`,
    },
    args: {
      production_cost: PRODUCTION,
      monthly_unit_uplift: UPLIFT,
      unit_profit: UNIT_PROFIT,
      monthly_placement_cost: PLACEMENT,
    },
  },
  TEMP_POSM_PROFIT: {
    category: CATEGORY,
    section: "§4.3",
    anchor: "temp_posm_profit",
    summary:
      "Monthly profit of temporary POSM (wobblers, flags, shelf talkers): the uplift's profit minus the kit and placement costs.",
    returns:
      "Money per month; it must be positive, temporary POSM has to pay for itself within the month.",
    formula: "monthly_unit_uplift × unit_profit − monthly_kit_cost − monthly_placement_cost",
    example: {
      args: [300, 0.8, 60, 50],
      expected: 130,
      source: "hand calculation: 300 × 0.8 − 60 − 50 = 130",
    },
    notes: ["Temporary POSM lives 1-3 weeks and has no payback period (methods.md §4.3).", BLANKS],
    twin: {
      template: "{monthly_unit_uplift}*{unit_profit}-{monthly_kit_cost}-{monthly_placement_cost}",
    },
    args: {
      monthly_unit_uplift: UPLIFT,
      unit_profit: UNIT_PROFIT,
      monthly_kit_cost: {
        description: "Cost of the material kit per month, in money; 0 or more.",
      },
      monthly_placement_cost: PLACEMENT,
    },
  },
};
