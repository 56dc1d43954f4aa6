/**
 * Every message a catalogue function (its argument coercion in args.ts, its
 * metric in metrics/, its catalogue entry) can return with an error value, as
 * typed shortcuts into the message catalogue (i18n/en.ts, keys fn.*), where
 * the texts are reviewed and translated together. Messages name the argument as the user sees it in Excel and say
 * what to type instead. Excel shows the text only with #VALUE! and #N/A; the
 * command line and the logs show it for every code.
 */

import { activeLocale, t } from "./i18n";
import { formatNumber } from "./numberFormat";

/** A number as a user would type it, in the active language: no float noise, no exponent for ordinary values. */
export function showNumber(value: number): string {
  return formatNumber(value, activeLocale());
}

/** Long user text is cut so the message stays readable in a cell's tooltip. */
function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 40) + "…" : text;
}

function cell(row: number, col: number): string {
  return t("fn.range.cell", { row: row + 1, column: col + 1 });
}

export const MESSAGES = {
  // --- arguments -----------------------------------------------------------
  missing: (name: string) => t("fn.arg.missing", { name }),
  textForNumber: (name: string, text: string) =>
    t("fn.arg.textForNumber", { name, text: clip(text) }),
  booleanForNumber: (name: string, value: boolean) =>
    t("fn.arg.booleanForNumber", { name, value: value ? "TRUE" : "FALSE" }),
  notANumber: (name: string) => t("fn.arg.notANumber", { name }),
  notFinite: (name: string) => t("fn.arg.notFinite", { name }),
  shareOutOfRange: (name: string, value: number) =>
    value > 1 && value <= 100
      ? t("fn.arg.shareAsPercent", { name, share: value / 100, value })
      : t("fn.arg.shareOutOfRange", { name, value }),
  notWhole: (name: string, value: number) => t("fn.arg.notWhole", { name, value }),
  mustExceed: (name: string, min: number) => t("fn.arg.mustExceed", { name, min }),
  zeroForOptional: (name: string, min: number, fallback: number | string | boolean) =>
    t("fn.arg.zeroForOptional", {
      name,
      min,
      fallback: typeof fallback === "boolean" ? String(fallback) : fallback,
    }),
  mustBeAtLeast: (name: string, min: number) =>
    min === 0 ? t("fn.arg.notNegative", { name }) : t("fn.arg.mustBeAtLeast", { name, min }),
  mustBeBelow: (name: string, max: number) => t("fn.arg.mustBeBelow", { name, max }),
  mustBeAtMost: (name: string, max: number) => t("fn.arg.mustBeAtMost", { name, max }),
  notAChoice: (name: string, text: string, choices: readonly string[]) =>
    t("fn.arg.notAChoice", { name, text, choices: choices.map((c) => `"${c}"`).join(", ") }),
  notABoolean: (name: string) => t("fn.arg.notABoolean", { name }),

  // --- ranges --------------------------------------------------------------
  ragged: (name: string) => t("fn.range.ragged", { name }),
  shapesDiffer: (a: string, b: string, shapeA: string, shapeB: string) =>
    t("fn.range.shapesDiffer", { a, b, shapeA, shapeB }),
  cellText: (name: string, row: number, col: number, text: string) =>
    t("fn.range.cellText", { name, cell: cell(row, col), text: clip(text) }),
  cellBoolean: (name: string, row: number, col: number) =>
    t("fn.range.cellBoolean", { name, cell: cell(row, col) }),
  cellNegative: (name: string, row: number, col: number, value: number) =>
    t("fn.range.cellNegative", { name, cell: cell(row, col), value }),
  cellNotFinite: (name: string, row: number, col: number) =>
    t("fn.range.cellNotFinite", { name, cell: cell(row, col) }),
  cellUnreadable: (name: string, row: number, col: number) =>
    t("fn.range.cellUnreadable", { name, cell: cell(row, col) }),
  scoreOutOfScale: (name: string, row: number, col: number, value: number) =>
    t("fn.range.scoreOutOfScale", { name, cell: cell(row, col), value }),
  noRows: (name: string) => t("fn.range.noRows", { name }),
  sumNotFinite: (name: string) => t("fn.range.sumNotFinite", { name }),

  // --- results -------------------------------------------------------------
  resultNotFinite: () => t("fn.result.notFinite"),
  exceeds: (part: string, whole: string) => t("fn.result.exceeds", { part, whole }),
  noSalesGrowth: () => t("fn.result.noSalesGrowth"),
  salesFell: () => t("fn.result.salesFell"),
  neverPaysBack: () => t("fn.result.neverPaysBack"),
  noPosmCost: () => t("fn.result.noPosmCost"),
  promoLongerThanYear: (promoDays: number, daysPerYear: number) =>
    t("fn.result.promoLongerThanYear", { promoDays, daysPerYear }),
  noOrdinaryProfit: () => t("fn.result.noOrdinaryProfit"),
  discountAtMargin: () => t("fn.result.discountAtMargin"),
  neverBreaksEven: () => t("fn.result.neverBreaksEven"),
  equalPriceAndCost: () => t("fn.result.equalPriceAndCost"),
  marketNegative: () => t("fn.result.marketNegative"),
  loyaltyExceeds: () => t("fn.result.loyaltyExceeds"),
  noFiniteLifetime: () => t("fn.result.noFiniteLifetime"),
  minAboveMax: () => t("fn.result.minAboveMax"),
  noSteadyState: () => t("fn.result.noSteadyState"),
  ceilingNotAboveFloor: () => t("fn.result.ceilingNotAboveFloor"),
  pointOutside: (point: number) => t("fn.result.pointOutside", { point }),
  sameSpend: () => t("fn.result.sameSpend"),
  notRising: () => t("fn.result.notRising"),
  fitCounts: (spend: number, response: number) => t("fn.result.fitCounts", { spend, response }),
  tooFewPoints: (min: number, count: number) => t("fn.result.tooFewPoints", { min, count }),
  noDistributionBase: (name: string) => t("fn.result.noDistributionBase", { name }),
} as const;
