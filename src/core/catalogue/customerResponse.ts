/**
 * Catalogue entries for customer response to a TM action (methods.md §3).
 */
import { akbGrowth, newCustomerShare, participationRate } from "../metrics/customerResponse";
import { shareOfWholeChecks } from "./twinFormulas";
import { defineEntry } from "./entry";
import { TRADE_MARKETING_ARTICLE, sourceNote } from "./sources";

const CATEGORY = "Customer response";

export const PARTICIPATION_RATE_ENTRY = defineEntry({
  name: "PARTICIPATION_RATE",
  category: CATEGORY,
  section: "§3",
  anchor: "participation_rate",
  summary:
    "Share of the active customer base (customers who bought in the period) that took part in the TM action.",
  args: [
    {
      name: "participants",
      kind: "count",
      description: "Customers who took part in the action; a whole number, 0 or more.",
      blank: "zero",
    },
    {
      name: "active_customers",
      kind: "count",
      description:
        "Customers in the active base (AKB) for the period; a whole number greater than 0.",
      bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
      blank: "zero",
    },
  ] as const,
  returns: "A fraction from 0 to 1 (format as %).",
  formula: "participants / active_customers",
  example: { args: [120, 800], expected: 0.15, source: "hand calculation: 120 / 800 = 15%" },
  notes: ["participants above active_customers is #NUM!; a blank active_customers is #DIV/0!."],
  twin: {
    template: "{participants}/{active_customers}",
    checks: shareOfWholeChecks("{participants}", "{active_customers}"),
  },
  compute: participationRate,
});

export const NEW_CUSTOMER_SHARE_ENTRY = defineEntry({
  name: "NEW_CUSTOMER_SHARE",
  category: CATEGORY,
  section: "§3",
  anchor: "new_customer_share",
  summary: "Share of new customers in the sales structure: their sales over total sales.",
  args: [
    {
      name: "new_customer_sales",
      kind: "money",
      description: "Sales to new customers in the period, in money; 0 or more.",
      blank: "zero",
    },
    {
      name: "total_sales",
      kind: "money",
      description: "Total sales in the period, in money; greater than 0.",
      bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
      blank: "zero",
    },
  ] as const,
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
  compute: newCustomerShare,
});

export const AKB_GROWTH_ENTRY = defineEntry({
  name: "AKB_GROWTH",
  category: CATEGORY,
  section: "§3",
  anchor: "akb_growth",
  summary:
    "Relative growth of the active customer base (AKB): customers who bought now against before.",
  args: [
    {
      name: "active_now",
      kind: "count",
      description:
        "Customers who bought in the current period (the AKB now); a whole number, 0 or more.",
      blank: "zero",
    },
    {
      name: "active_before",
      kind: "count",
      description:
        "Customers who bought in the period compared against; a whole number greater than 0.",
      bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
      blank: "zero",
    },
  ] as const,
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
  compute: akbGrowth,
});

export const CUSTOMER_RESPONSE_ENTRIES = [
  PARTICIPATION_RATE_ENTRY,
  NEW_CUSTOMER_SHARE_ENTRY,
  AKB_GROWTH_ENTRY,
] as const;
