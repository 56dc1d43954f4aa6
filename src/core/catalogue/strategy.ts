/**
 * Catalogue entries for marketing strategy indicators (methods.md §7).
 *
 * The declarations Excel's calls need (arguments, the core function); the
 * help texts are in help/strategy.ts, joined to these in the catalogue (index.ts).
 */
import {
  averageRevenuePerUser,
  brandAwareness,
  breakevenUnits,
  churnRate,
  costPerClick,
  costPerLead,
  loyaltyIndex,
  marketVolume,
} from "../metrics/strategy";
import { defineEntry } from "./entry";

const POSITIVE_DENOMINATOR = { min: 0, minExclusive: true, zeroIsDivision: true } as const;

export const CPL_ENTRY = defineEntry({
  name: "CPL",
  args: [
    {
      name: "acquisition_cost",
      kind: "money",
      blank: "zero",
    },
    {
      name: "leads",
      kind: "count",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  compute: costPerLead,
});

export const BREAKEVEN_UNITS_ENTRY = defineEntry({
  name: "BREAKEVEN_UNITS",
  args: [
    {
      name: "target_profit",
      kind: "money",
      blank: "zero",
    },
    {
      name: "fixed_costs",
      kind: "money",
      blank: "zero",
    },
    {
      name: "unit_price",
      kind: "money",
      blank: "zero",
    },
    {
      name: "unit_variable_cost",
      kind: "money",
      blank: "zero",
    },
  ] as const,
  compute: breakevenUnits,
});

export const MARKET_VOLUME_ENTRY = defineEntry({
  name: "MARKET_VOLUME",
  args: [
    {
      name: "domestic_production",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "imports",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "exports",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
  ] as const,
  compute: marketVolume,
});

export const ARPU_ENTRY = defineEntry({
  name: "ARPU",
  args: [
    {
      name: "revenue",
      kind: "money",
      blank: "zero",
    },
    {
      name: "users",
      kind: "count",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  compute: averageRevenuePerUser,
});

export const CHURN_RATE_ENTRY = defineEntry({
  name: "CHURN_RATE",
  args: [
    {
      name: "users_lost",
      kind: "count",
      blank: "zero",
    },
    {
      name: "total_users",
      kind: "count",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  compute: churnRate,
});

export const BRAND_AWARENESS_ENTRY = defineEntry({
  name: "BRAND_AWARENESS",
  args: [
    {
      name: "aware_respondents",
      kind: "count",
      blank: "zero",
    },
    {
      name: "respondents",
      kind: "count",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  compute: brandAwareness,
});

export const CPC_ENTRY = defineEntry({
  name: "CPC",
  args: [
    {
      name: "spend",
      kind: "money",
      blank: "zero",
    },
    {
      name: "clicks",
      kind: "count",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  compute: costPerClick,
});

export const LOYALTY_INDEX_ENTRY = defineEntry({
  name: "LOYALTY_INDEX",
  args: [
    {
      name: "loyal",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "disloyal",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "total",
      kind: "number",
      optional: true,
      default: 1,
      bounds: POSITIVE_DENOMINATOR,
      blank: "default",
    },
  ] as const,
  compute: loyaltyIndex,
});

export const STRATEGY_ENTRIES = [
  CPL_ENTRY,
  BREAKEVEN_UNITS_ENTRY,
  MARKET_VOLUME_ENTRY,
  ARPU_ENTRY,
  CHURN_RATE_ENTRY,
  BRAND_AWARENESS_ENTRY,
  CPC_ENTRY,
  LOYALTY_INDEX_ENTRY,
] as const;
