/**
 * Help texts of the catalogue entries for customer response to a TM action (methods.md §3).
 *
 * Summaries, argument descriptions, examples, notes and native twins, keyed by
 * the function's name; the declarations are in ../customerResponse.ts. Loaded by what
 * shows or checks help (the gallery, Make shareable, the docs, the command
 * line), not by the page's first scripts.
 */
import { shareOfWholeChecks } from "../twinFormulas";
import { TRADE_MARKETING_ARTICLE, sourceNote } from "../sources";
import type { CategoryHelp } from "../entry";

const CATEGORY = "Customer response";

export const CUSTOMER_RESPONSE_HELP: CategoryHelp = {
  PARTICIPATION_RATE: {
    category: CATEGORY,
    section: "§3",
    anchor: "participation_rate",
    summary:
      "Share of the active customer base (customers who bought in the period) that took part in the TM action.",
    returns: "A fraction from 0 to 1 (format as %).",
    formula: "participants / active_customers",
    example: { args: [120, 800], expected: 0.15, source: "hand calculation: 120 / 800 = 15%" },
    notes: ["participants above active_customers is #NUM!; a blank active_customers is #DIV/0!."],
    twin: {
      template: "{participants}/{active_customers}",
      checks: shareOfWholeChecks("{participants}", "{active_customers}"),
    },
    args: {
      participants: {
        description: "Customers who took part in the action; a whole number, 0 or more.",
      },
      active_customers: {
        description:
          "Customers in the active base (AKB) for the period; a whole number greater than 0.",
      },
    },
  },
  NEW_CUSTOMER_SHARE: {
    category: CATEGORY,
    section: "§3",
    anchor: "new_customer_share",
    summary: "Share of new customers in the sales structure: their sales over total sales.",
    returns: "A fraction from 0 to 1 (format as %).",
    formula: "new_customer_sales / total_sales",
    example: {
      args: [250000, 1000000],
      expected: 0.25,
      source: "hand calculation: 250,000 / 1,000,000 = 25%",
    },
    notes: ["new_customer_sales above total_sales is #NUM!; a blank total_sales is #DIV/0!."],
    twin: {
      template: "{new_customer_sales}/{total_sales}",
      checks: shareOfWholeChecks("{new_customer_sales}", "{total_sales}"),
    },
    args: {
      new_customer_sales: {
        description: "Sales to new customers in the period, in money; 0 or more.",
      },
      total_sales: {
        description: "Total sales in the period, in money; greater than 0.",
      },
    },
  },
  AKB_GROWTH: {
    category: CATEGORY,
    section: "§3",
    anchor: "akb_growth",
    summary:
      "Relative growth of the active customer base (AKB): customers who bought now against before.",
    returns: "A fraction, −1 or more (format as %); negative when the base shrank.",
    formula: "(active_now − active_before) / active_before",
    example: {
      args: [460, 400],
      expected: 0.15,
      source: "hand calculation: (460 − 400) / 400 = 15%",
    },
    notes: [
      "The absolute growth the article also names is a plain subtraction: =active_now − active_before (60 customers in the example).",
      "Compare periods of the same length (a month against the same month a year before removes the season).",
      "A blank active_before is #DIV/0! (no base to grow from); a blank active_now is 0, a growth of −100%.",
      sourceNote(TRADE_MARKETING_ARTICLE),
    ],
    twin: { template: "({active_now}-{active_before})/{active_before}" },
    args: {
      active_now: {
        description:
          "Customers who bought in the current period (the AKB now); a whole number, 0 or more.",
      },
      active_before: {
        description:
          "Customers who bought in the period compared against; a whole number greater than 0.",
      },
    },
  },
};
