/**
 * Catalogue entries for customer response to a TM action (methods.md §3).
 *
 * The declarations Excel's calls need (arguments, the core function); the
 * help texts are in help/customerResponse.ts, joined to these in the catalogue (index.ts).
 */
import { akbGrowth, newCustomerShare, participationRate } from "../metrics/customerResponse";
import { defineEntry } from "./entry";

export const PARTICIPATION_RATE_ENTRY = defineEntry({
  name: "PARTICIPATION_RATE",
  args: [
    {
      name: "participants",
      kind: "count",
      blank: "zero",
    },
    {
      name: "active_customers",
      kind: "count",
      bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
      blank: "zero",
    },
  ] as const,
  compute: participationRate,
});

export const NEW_CUSTOMER_SHARE_ENTRY = defineEntry({
  name: "NEW_CUSTOMER_SHARE",
  args: [
    {
      name: "new_customer_sales",
      kind: "money",
      blank: "zero",
    },
    {
      name: "total_sales",
      kind: "money",
      bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
      blank: "zero",
    },
  ] as const,
  compute: newCustomerShare,
});

export const AKB_GROWTH_ENTRY = defineEntry({
  name: "AKB_GROWTH",
  args: [
    {
      name: "active_now",
      kind: "count",
      blank: "zero",
    },
    {
      name: "active_before",
      kind: "count",
      bounds: { min: 0, minExclusive: true, zeroIsDivision: true },
      blank: "zero",
    },
  ] as const,
  compute: akbGrowth,
});

export const CUSTOMER_RESPONSE_ENTRIES = [
  PARTICIPATION_RATE_ENTRY,
  NEW_CUSTOMER_SHARE_ENTRY,
  AKB_GROWTH_ENTRY,
] as const;
