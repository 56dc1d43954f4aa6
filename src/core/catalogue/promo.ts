/**
 * Catalogue entries for promotions and discounts (methods.md §5, §6).
 *
 * The declarations Excel's calls need (arguments, the core function); the
 * help texts are in help/promo.ts, joined to these in the catalogue (index.ts).
 */
import { breakevenLift, bundleDiscount, promoIncrement } from "../metrics/promo";
import { defineEntry } from "./entry";

export const PROMO_INCREMENT_ENTRY = defineEntry({
  name: "PROMO_INCREMENT",
  args: [
    {
      name: "baseline_daily_units",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "unit_profit",
      kind: "money",
      blank: "zero",
    },
    {
      name: "promo_days",
      kind: "count",
      blank: "zero",
    },
    {
      name: "promo_daily_units",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "converted_buyers",
      kind: "count",
      blank: "zero",
    },
    {
      name: "monthly_units_per_buyer",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "promo_cost",
      kind: "money",
      blank: "zero",
    },
    {
      name: "months_after",
      kind: "number",
      optional: true,
      default: 11,
      bounds: { min: 0, max: 12 },
      blank: "default",
    },
    {
      name: "days_per_month",
      kind: "number",
      optional: true,
      default: 30,
      // 0 days is never meant: #NUM! with advice (not #DIV/0!, it is not the denominator itself).
      bounds: { min: 0, minExclusive: true, max: 31 },
      blank: "default",
    },
  ] as const,
  compute: promoIncrement,
});

export const BUNDLE_DISCOUNT_ENTRY = defineEntry({
  name: "BUNDLE_DISCOUNT",
  args: [
    {
      name: "buy_qty",
      kind: "count",
      blank: "zero",
    },
    {
      name: "free_qty",
      kind: "count",
      blank: "zero",
    },
  ] as const,
  compute: bundleDiscount,
});

export const BREAKEVEN_LIFT_ENTRY = defineEntry({
  name: "BREAKEVEN_LIFT",
  args: [
    {
      name: "discount",
      kind: "share",
      blank: "zero",
    },
    {
      name: "gross_margin",
      kind: "share",
      bounds: { min: 0, minExclusive: true },
      blank: "zero",
    },
  ] as const,
  compute: breakevenLift,
});

export const PROMO_ENTRIES = [
  PROMO_INCREMENT_ENTRY,
  BUNDLE_DISCOUNT_ENTRY,
  BREAKEVEN_LIFT_ENTRY,
] as const;
