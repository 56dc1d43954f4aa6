/**
 * Catalogue entries for merchandising and POSM (methods.md §4.2, §4.3).
 *
 * The declarations Excel's calls need (arguments, the core function); the
 * help texts are in help/posm.ts, joined to these in the catalogue (index.ts).
 */
import { posmPayback, posmProfit, posmRoi, tempPosmProfit } from "../metrics/posm";
import { ArgDecl } from "../args";
import { defineEntry } from "./entry";

const UPLIFT = {
  name: "monthly_unit_uplift",
  kind: "number",
  blank: "zero",
} as const satisfies ArgDecl;

const UNIT_PROFIT = {
  name: "unit_profit",
  kind: "money",
  blank: "zero",
} as const satisfies ArgDecl;

const PLACEMENT = {
  name: "monthly_placement_cost",
  kind: "money",
  blank: "zero",
} as const satisfies ArgDecl;

const MONTHS = {
  name: "placement_months",
  kind: "number",
  bounds: { min: 0 },
  blank: "zero",
} as const satisfies ArgDecl;

const PRODUCTION = {
  name: "production_cost",
  kind: "money",
  blank: "zero",
} as const satisfies ArgDecl;

export const POSM_PROFIT_ENTRY = defineEntry({
  name: "POSM_PROFIT",
  args: [UPLIFT, UNIT_PROFIT, PLACEMENT, MONTHS, PRODUCTION] as const,
  compute: posmProfit,
});

export const POSM_ROI_ENTRY = defineEntry({
  name: "POSM_ROI",
  args: [UPLIFT, UNIT_PROFIT, PLACEMENT, MONTHS, PRODUCTION] as const,
  compute: posmRoi,
});

export const POSM_PAYBACK_ENTRY = defineEntry({
  name: "POSM_PAYBACK",
  args: [PRODUCTION, UPLIFT, UNIT_PROFIT, PLACEMENT] as const,
  compute: posmPayback,
});

export const TEMP_POSM_PROFIT_ENTRY = defineEntry({
  name: "TEMP_POSM_PROFIT",
  args: [
    UPLIFT,
    UNIT_PROFIT,
    {
      name: "monthly_kit_cost",
      kind: "money",
      blank: "zero",
    },
    PLACEMENT,
  ] as const,
  compute: tempPosmProfit,
});

export const POSM_ENTRIES = [
  POSM_PROFIT_ENTRY,
  POSM_ROI_ENTRY,
  POSM_PAYBACK_ENTRY,
  TEMP_POSM_PROFIT_ENTRY,
] as const;
