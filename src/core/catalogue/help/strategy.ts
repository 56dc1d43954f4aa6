/**
 * Help texts of the catalogue entries for marketing strategy indicators (methods.md §7).
 *
 * Summaries, argument descriptions, examples, notes and native twins, keyed by
 * the function's name; the declarations are in ../strategy.ts. Loaded by what
 * shows or checks help (the gallery, Make shareable, the docs, the command
 * line), not by the page's first scripts.
 */
import { DIV0_ERROR, NUM_ERROR, shareOfWholeChecks, twinDifference } from "../twinFormulas";
import { equalUpToNoiseNote } from "../entry";
import { STRATEGY_ARTICLE, sourceNote } from "../sources";
import type { CategoryHelp } from "../entry";

/** unit_price − unit_variable_cost, float noise read as 0 (metrics/strategy.ts). */
const CONTRIBUTION = twinDifference("{unit_price}", "{unit_variable_cost}");

const CATEGORY = "Strategy indicators";

export const STRATEGY_HELP: CategoryHelp = {
  CPL: {
    category: CATEGORY,
    section: "§7",
    anchor: "cpl",
    summary: "Cost per lead: acquisition costs per client who left contacts.",
    returns: "Money per lead.",
    formula: "acquisition_cost / leads",
    example: { args: [45000, 300], expected: 150, source: "hand calculation: 45,000 / 300 = 150" },
    notes: ["A blank leads is #DIV/0!."],
    twin: { template: "{acquisition_cost}/{leads}" },
    args: {
      acquisition_cost: {
        description: "Acquisition costs, in money; 0 or more.",
      },
      leads: {
        description: "Clients with contacts; a whole number greater than 0.",
      },
    },
  },
  BREAKEVEN_UNITS: {
    category: CATEGORY,
    section: "§7",
    anchor: "breakeven_units",
    summary: "Units that must be sold to reach a target profit after fixed costs.",
    returns: "Units.",
    formula: "(target_profit + fixed_costs) / (unit_price − unit_variable_cost)",
    example: {
      args: [20000, 100000, 50, 30],
      expected: 6000,
      source: "hand calculation: 120,000 / 20 = 6,000 units",
    },
    notes: [
      "unit_price equal to unit_variable_cost is #DIV/0!; below it is #NUM! (every unit loses money, no volume is enough).",
      equalUpToNoiseNote("unit_price", "unit_variable_cost"),
      "Blank arguments count as 0.",
    ],
    twin: {
      template: `({target_profit}+{fixed_costs})/${CONTRIBUTION}`,
      checks: [
        { when: `${CONTRIBUTION}=0`, error: DIV0_ERROR },
        { when: `${CONTRIBUTION}<0`, error: NUM_ERROR },
      ],
    },
    args: {
      target_profit: {
        description: "Profit to reach, in money; 0 or more (0 gives the break-even volume).",
      },
      fixed_costs: {
        description: "Fixed costs of the period, in money; 0 or more.",
      },
      unit_price: {
        description: "Price per unit, in money; 0 or more.",
      },
      unit_variable_cost: {
        description: "Variable cost per unit, in money; 0 or more.",
      },
    },
  },
  MARKET_VOLUME: {
    category: CATEGORY,
    section: "§7",
    anchor: "market_volume",
    summary: "Domestic market volume: domestic production plus imports minus exports.",
    returns: "Market volume in the unit of the arguments.",
    formula: "domestic_production + imports − exports",
    example: {
      args: [500000, 120000, 80000],
      expected: 540000,
      source: "hand calculation: 500,000 + 120,000 − 80,000 = 540,000",
    },
    notes: [
      "Exports above production plus imports would give a negative market: #NUM!.",
      "Blank arguments count as 0.",
    ],
    twin: {
      template: "{domestic_production}+{imports}-{exports}",
      checks: [{ when: "{domestic_production}+{imports}-{exports}<0", error: NUM_ERROR }],
    },
    args: {
      domestic_production: {
        description: "Domestic production, in units or money; 0 or more.",
      },
      imports: {
        description: "Imports, same unit; 0 or more.",
      },
      exports: {
        description: "Exports, same unit; 0 or more.",
      },
    },
  },
  ARPU: {
    category: CATEGORY,
    section: "§7",
    anchor: "arpu",
    summary: "Average revenue per user.",
    returns: "Money per user.",
    formula: "revenue / users",
    example: {
      args: [900000, 1200],
      expected: 750,
      source: "hand calculation: 900,000 / 1,200 = 750",
    },
    notes: ["A blank users is #DIV/0!."],
    twin: { template: "{revenue}/{users}" },
    args: {
      revenue: {
        description: "Revenue of the period, in money; 0 or more.",
      },
      users: {
        description: "Number of users; a whole number greater than 0.",
      },
    },
  },
  CHURN_RATE: {
    category: CATEGORY,
    section: "§7",
    anchor: "churn_rate",
    summary: "Churn: the share of users lost in the period.",
    returns: "A fraction from 0 to 1 (format as %).",
    formula: "users_lost / total_users",
    example: { args: [45, 1500], expected: 0.03, source: "hand calculation: 45 / 1,500 = 3%" },
    notes: ["users_lost above total_users is #NUM!; a blank total_users is #DIV/0!."],
    twin: {
      template: "{users_lost}/{total_users}",
      checks: shareOfWholeChecks("{users_lost}", "{total_users}"),
    },
    args: {
      users_lost: {
        description: "Users lost in the period; a whole number, 0 or more.",
      },
      total_users: {
        description: "Total users in the period; a whole number greater than 0.",
      },
    },
  },
  BRAND_AWARENESS: {
    category: CATEGORY,
    section: "§7",
    anchor: "brand_awareness",
    summary: "Brand awareness: the share of survey respondents who know the brand.",
    returns: "A fraction from 0 to 1 (format as %).",
    formula: "aware_respondents / respondents",
    example: { args: [260, 400], expected: 0.65, source: "hand calculation: 260 / 400 = 65%" },
    notes: [
      "Count aided and unaided awareness separately (recognising the brand from a list, naming it unprompted) and compare like with like: the two give different shares of the same sample.",
      "aware_respondents above respondents is #NUM!; a blank respondents is #DIV/0!.",
      sourceNote(STRATEGY_ARTICLE),
    ],
    twin: {
      template: "{aware_respondents}/{respondents}",
      checks: shareOfWholeChecks("{aware_respondents}", "{respondents}"),
    },
    args: {
      aware_respondents: {
        description: "Respondents who know the brand; a whole number, 0 or more.",
      },
      respondents: {
        description: "All respondents of the survey; a whole number greater than 0.",
      },
    },
  },
  CPC: {
    category: CATEGORY,
    section: "§7",
    anchor: "cpc",
    summary: "Cost per click: the amount spent per click.",
    returns: "Money per click.",
    formula: "spend / clicks",
    example: {
      args: [12000, 4800],
      expected: 2.5,
      source: "hand calculation: 12,000 / 4,800 = 2.5",
    },
    notes: ["A blank clicks is #DIV/0!."],
    twin: { template: "{spend}/{clicks}" },
    args: {
      spend: {
        description: "Amount spent, in money; 0 or more.",
      },
      clicks: {
        description: "Number of clicks; a whole number greater than 0.",
      },
    },
  },
  LOYALTY_INDEX: {
    category: CATEGORY,
    section: "§7",
    anchor: "loyalty_index",
    summary: "Loyalty index: the share of loyal customers minus the share of disloyal ones.",
    returns: "A fraction from −1 to 1 (format as %).",
    formula: "(loyal − disloyal) / total   (total = 1 when loyal and disloyal are shares)",
    example: {
      args: [90, 60, 300],
      expected: 0.1,
      source:
        "methods.md (worked examples): 90 loyal, 150 neutral, 60 disloyal of 300 → 30% − 20% = 10%",
    },
    notes: [
      "Shares or counts: without total, loyal and disloyal are shares (total defaults to 1); with total they are counts.",
      "loyal + disloyal above total (above 100% without total) is #NUM!.",
      equalUpToNoiseNote("loyal + disloyal", "total"),
    ],
    twin: {
      template: "({loyal}-{disloyal})/{total}",
      checks: [
        { when: "{total}=0", error: DIV0_ERROR },
        { when: `${twinDifference("{loyal}+{disloyal}", "{total}")}>0`, error: NUM_ERROR },
      ],
    },
    args: {
      loyal: {
        description:
          "Loyal customers: a count (with total) or a share (without total, type 30% or 0.3); 0 or more.",
      },
      disloyal: {
        description: "Disloyal customers, in the same form as loyal; 0 or more.",
      },
      total: {
        description:
          "Optional number of customers surveyed; greater than 0. Omit it when loyal and disloyal are shares.",
        blankNote:
          "Leave it out when loyal and disloyal are shares (default 1). A blank cell is the default on the web; desktop builds that pass a blank as 0 get #DIV/0! with a message saying so.",
      },
    },
  },
};
