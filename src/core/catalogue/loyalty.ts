/**
 * Catalogue entries for loyalty programmes and the value of keeping customers
 * (methods.md §8; customer lifetime value from the relationship-marketing article).
 *
 * The declarations Excel's calls need (arguments, the core function); the
 * help texts are in help/loyalty.ts, joined to these in the catalogue (index.ts).
 */
import {
  conversionRate,
  customerLifetimeValue,
  engagementRate,
  redemptionRate,
  repeatRate,
  retentionRate,
} from "../metrics/loyalty";
import { defineEntry } from "./entry";

const POSITIVE_DENOMINATOR = { min: 0, minExclusive: true, zeroIsDivision: true } as const;

export const REDEMPTION_RATE_ENTRY = defineEntry({
  name: "REDEMPTION_RATE",
  args: [
    {
      name: "bonuses_redeemed",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "bonuses_issued",
      kind: "number",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  compute: redemptionRate,
});

export const ENGAGEMENT_RATE_ENTRY = defineEntry({
  name: "ENGAGEMENT_RATE",
  args: [
    {
      name: "engaged_customers",
      kind: "count",
      blank: "zero",
    },
    {
      name: "programme_members",
      kind: "count",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  compute: engagementRate,
});

export const REPEAT_RATE_ENTRY = defineEntry({
  name: "REPEAT_RATE",
  args: [
    {
      name: "repeat_customers",
      kind: "count",
      blank: "zero",
    },
    {
      name: "total_customers",
      kind: "count",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  compute: repeatRate,
});

export const CONVERSION_RATE_ENTRY = defineEntry({
  name: "CONVERSION_RATE",
  args: [
    {
      name: "conversions",
      kind: "count",
      blank: "zero",
    },
    {
      name: "visitors",
      kind: "count",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  compute: conversionRate,
});

export const RETENTION_RATE_ENTRY = defineEntry({
  name: "RETENTION_RATE",
  args: [
    {
      name: "customers_end",
      kind: "count",
      blank: "zero",
    },
    {
      name: "new_customers",
      kind: "count",
      blank: "zero",
    },
    {
      name: "customers_start",
      kind: "count",
      bounds: POSITIVE_DENOMINATOR,
      blank: "zero",
    },
  ] as const,
  compute: retentionRate,
});

export const CLV_ENTRY = defineEntry({
  name: "CLV",
  args: [
    {
      name: "margin",
      kind: "number",
      blank: "zero",
    },
    {
      name: "retention_rate",
      kind: "share",
      blank: "zero",
    },
    {
      name: "discount_rate",
      kind: "share",
      blank: "zero",
    },
  ] as const,
  compute: customerLifetimeValue,
});

export const LOYALTY_ENTRIES = [
  REDEMPTION_RATE_ENTRY,
  ENGAGEMENT_RATE_ENTRY,
  REPEAT_RATE_ENTRY,
  CONVERSION_RATE_ENTRY,
  RETENTION_RATE_ENTRY,
  CLV_ENTRY,
] as const;
