/**
 * Catalogue entries for distribution (methods.md §2): range functions in the
 * style of SUMIF.
 *
 * The declarations Excel's calls need (arguments, the core function); the
 * help texts are in help/distribution.ts, joined to these in the catalogue (index.ts).
 */
import {
  cleanDistribution,
  numericDistribution,
  weightedDistribution,
} from "../metrics/distribution";
import { defineEntry } from "./entry";

export const NUMERIC_DIST_ENTRY = defineEntry({
  name: "NUMERIC_DIST",
  args: [
    {
      name: "carries",
      kind: "range",
      cells: "flag",
      blank: "skip",
    },
    {
      name: "sells_category",
      kind: "range",
      cells: "flag",
      optional: true,
      blank: "skip",
    },
  ] as const,
  compute: numericDistribution,
});

export const WEIGHTED_DIST_ENTRY = defineEntry({
  name: "WEIGHTED_DIST",
  args: [
    {
      name: "category_sales",
      kind: "range",
      cells: "number",
      blank: "skip",
    },
    {
      name: "carries",
      kind: "range",
      cells: "flag",
      blank: "skip",
    },
  ] as const,
  compute: weightedDistribution,
});

export const CLEAN_DIST_ENTRY = defineEntry({
  name: "CLEAN_DIST",
  args: [
    {
      name: "presence",
      kind: "range",
      cells: "flag",
      blank: "skip",
    },
  ] as const,
  compute: cleanDistribution,
});

export const DISTRIBUTION_ENTRIES = [
  NUMERIC_DIST_ENTRY,
  WEIGHTED_DIST_ENTRY,
  CLEAN_DIST_ENTRY,
] as const;
