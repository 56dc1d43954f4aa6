/**
 * What the five guided model sheets (campaigns, promo, posm, distribution,
 * survey) share: their kinds, the marker name every one of them carries
 * (`mkt_model` = the kind, hidden and sheet-scoped), the `mkt_out_*` names of
 * their results, and the options every plan builder takes.
 */
import { hiddenName } from "../sheet/assemble";
import type { PlanName } from "../sheet/plan";
import type { SheetLanguage } from "../sheet/sheetText";
import { openModelInput } from "../modelInput";

export const GUIDED_KINDS = ["campaigns", "promo", "posm", "distribution", "survey"] as const;
export type GuidedKind = (typeof GUIDED_KINDS)[number];

export function isGuidedKind(value: unknown): value is GuidedKind {
  return typeof value === "string" && (GUIDED_KINDS as readonly string[]).includes(value);
}

/** The hidden name that marks a sheet as a guided model and says which. */
export const GUIDED_MARKER_NAME = "mkt_model";

export function guidedMarker(kind: GuidedKind, comment: string): PlanName {
  return hiddenName(GUIDED_MARKER_NAME, { value: kind }, comment);
}

/** A result name: `mkt_out_<suffix>`, sheet-scoped and visible (users may refer to it). */
export function outName(suffix: string, range: string): PlanName {
  return { name: `mkt_out_${suffix}`, refersTo: { range }, hidden: false };
}

export interface GuidedSheetOptions {
  /** Base name of the sheet; writers make it valid and unique. Default: the kind's title and the model's name. */
  sheetName?: string;
  language?: SheetLanguage;
}

/** A currency code or word (KZT, USD, tenge). */
export const MAX_CURRENCY_LENGTH = 12;

/** What every guided input opens with: the JSON object, its collector, the model's name and (when asked) its currency. */
export function openInput(raw: unknown, withCurrency: boolean): ReturnType<typeof openModelInput> {
  return openModelInput(raw, { currencyMaxLength: withCurrency ? MAX_CURRENCY_LENGTH : null });
}
