/**
 * Catalogue entries for campaign economics (methods.md §1).
 *
 * The declarations Excel's calls need (arguments, the core function); the
 * help texts are in help/campaign.ts, joined to these in the catalogue (index.ts).
 */
import {
  costPerExtraUnit,
  romi,
  romiRating,
  salesLiftPerCost,
  tmCostShare,
  unitRoi,
} from "../metrics/campaign";
import { defineEntry } from "./entry";

export const ROMI_ENTRY = defineEntry({
  name: "ROMI",
  args: [
    {
      name: "incremental_revenue",
      kind: "number",
      blank: "zero",
    },
    {
      name: "marketing_cost",
      kind: "money",
      bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
      blank: "zero",
    },
    {
      name: "gross_margin",
      kind: "share",
      optional: true,
      default: 1,
      // 0 would make every ROMI -100%; refusing it turns a desktop blank (0) into a clear #NUM!.
      bounds: { min: 0, minExclusive: true },
      blank: "default",
    },
  ] as const,
  compute: romi,
});

export const ROMI_RATING_ENTRY = defineEntry({
  name: "ROMI_RATING",
  args: [
    {
      name: "romi",
      kind: "number",
      blank: "zero",
    },
    {
      name: "language",
      kind: "text",
      optional: true,
      default: "en",
      blank: "default",
      choices: ["en", "ru", "kk"],
    },
  ] as const,
  compute: romiRating,
});

export const ROI_ENTRY = defineEntry({
  name: "ROI",
  args: [
    {
      name: "unit_revenue",
      kind: "money",
      blank: "zero",
    },
    {
      name: "unit_cost",
      kind: "money",
      blank: "zero",
    },
    {
      name: "units_sold",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "investment",
      kind: "money",
      bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
      blank: "zero",
    },
  ] as const,
  compute: unitRoi,
});

export const SALES_LIFT_PER_COST_ENTRY = defineEntry({
  name: "SALES_LIFT_PER_COST",
  args: [
    {
      name: "sales_now",
      kind: "money",
      blank: "zero",
    },
    {
      name: "sales_before",
      kind: "money",
      blank: "zero",
    },
    {
      name: "tm_cost",
      kind: "money",
      bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
      blank: "zero",
    },
  ] as const,
  compute: salesLiftPerCost,
});

export const COST_PER_EXTRA_UNIT_ENTRY = defineEntry({
  name: "COST_PER_EXTRA_UNIT",
  args: [
    {
      name: "units_now",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "units_before",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "tm_cost",
      kind: "money",
      blank: "zero",
    },
  ] as const,
  compute: costPerExtraUnit,
});

export const TM_COST_SHARE_ENTRY = defineEntry({
  name: "TM_COST_SHARE",
  args: [
    {
      name: "tm_cost",
      kind: "money",
      blank: "zero",
    },
    {
      name: "additional_turnover",
      kind: "money",
      bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
      blank: "zero",
    },
  ] as const,
  compute: tmCostShare,
});

export const CAMPAIGN_ENTRIES = [
  ROMI_ENTRY,
  ROMI_RATING_ENTRY,
  ROI_ENTRY,
  SALES_LIFT_PER_COST_ENTRY,
  COST_PER_EXTRA_UNIT_ENTRY,
  TM_COST_SHARE_ENTRY,
] as const;
