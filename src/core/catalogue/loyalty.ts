/**
 * Catalogue entries for loyalty programmes (formulas.md §8).
 */
import { engagementRate, redemptionRate, repeatRate } from "../metrics/loyalty";
import { defineEntry } from "./entry";

const CATEGORY = "Loyalty programmes";
const POSITIVE_DENOMINATOR = { min: 0, minExclusive: true, zeroIsDivision: true } as const;
const CONTEXT =
  "Context (formulas.md §8): acquiring a new customer costs 3-5× more than growing sales to existing ones; returning buyers spend on average 67% more.";

export const REDEMPTION_RATE_ENTRY = defineEntry({
  name: "REDEMPTION_RATE",
  category: CATEGORY,
  section: "§8",
  anchor: "redemption_rate",
  summary:
    "Redemption rate: the share of issued bonuses that customers used to pay for later purchases.",
  args: [
    {
      name: "bonuses_redeemed",
      kind: "number",
      description: "Bonuses used to pay, in points or money; 0 or more.",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "bonuses_issued",
      kind: "number",
      description: "Bonuses issued, in the same unit; greater than 0.",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  returns: "A fraction from 0 to 1 (format as %); below 20% the programme does not work.",
  formula: "bonuses_redeemed / bonuses_issued",
  example: {
    args: [18000, 120000],
    expected: 0.15,
    source: "hand calculation: 18,000 / 120,000 = 15%, below the 20% threshold",
  },
  bands: [
    { when: "< 20%", meaning: "the loyalty programme does not work" },
    { when: "≥ 20%", meaning: "the programme engages its members" },
  ],
  notes: [
    "bonuses_redeemed above bonuses_issued is #NUM!; a blank bonuses_issued is #DIV/0!.",
    CONTEXT,
  ],
  twin: { template: "{bonuses_redeemed}/{bonuses_issued}" },
  compute: redemptionRate,
});

export const ENGAGEMENT_RATE_ENTRY = defineEntry({
  name: "ENGAGEMENT_RATE",
  category: CATEGORY,
  section: "§8",
  anchor: "engagement_rate",
  summary: "Engagement rate: the share of programme members who earned or spent points.",
  args: [
    {
      name: "engaged_customers",
      kind: "count",
      description: "Members who earned or spent points; a whole number, 0 or more.",
      blank: "zero",
    },
    {
      name: "programme_members",
      kind: "count",
      description: "All programme members; a whole number greater than 0.",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  returns: "A fraction from 0 to 1 (format as %).",
  formula: "engaged_customers / programme_members",
  example: {
    args: [2600, 10000],
    expected: 0.26,
    source: "hand calculation: 2,600 / 10,000 = 26%",
  },
  notes: [
    "engaged_customers above programme_members is #NUM!; a blank programme_members is #DIV/0!.",
    CONTEXT,
  ],
  twin: { template: "{engaged_customers}/{programme_members}" },
  compute: engagementRate,
});

export const REPEAT_RATE_ENTRY = defineEntry({
  name: "REPEAT_RATE",
  category: CATEGORY,
  section: "§8",
  anchor: "repeat_rate",
  summary: "Repeat customer rate: the share of customers who bought more than once.",
  args: [
    {
      name: "repeat_customers",
      kind: "count",
      description: "Customers who bought more than once; a whole number, 0 or more.",
      blank: "zero",
    },
    {
      name: "total_customers",
      kind: "count",
      description: "All customers of the period; a whole number greater than 0.",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  returns: "A fraction from 0 to 1 (format as %).",
  formula: "repeat_customers / total_customers",
  example: { args: [340, 1000], expected: 0.34, source: "hand calculation: 340 / 1,000 = 34%" },
  notes: [
    "repeat_customers above total_customers is #NUM!; a blank total_customers is #DIV/0!.",
    CONTEXT,
  ],
  twin: { template: "{repeat_customers}/{total_customers}" },
  compute: repeatRate,
});

export const LOYALTY_ENTRIES = [
  REDEMPTION_RATE_ENTRY,
  ENGAGEMENT_RATE_ENTRY,
  REPEAT_RATE_ENTRY,
] as const;
