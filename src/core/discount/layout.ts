/**
 * The names a discount-model sheet carries so that it can be recognised and
 * read back after the user edited it: a marker constant and one hidden,
 * worksheet-scoped name per input block. `modelFromSheetValues` turns the
 * values of those ranges (as any host reads them: Office.js `values`, ExcelJS,
 * HyperFormula) back into a validated model.
 *
 * Range shapes (rows x columns), all written by buildDiscountSheetPlan:
 *   mkt_meta      2 x 1        name, currency
 *   mkt_inputs    4 x 1        listPrice, unitCost, orderCost, maxDiscount
 *   mkt_tiers     T x 5        label, minQty, orders, unitsPerOrder, minMargin
 *   mkt_segments  S x (2 + T)  label, elasticity, share of tier 1 … tier T
 *   mkt_decisions T x 1        the discount per tier (what Solver changes)
 *   mkt_objective 1 x 1        total profit
 *   mkt_baseline  1 x 1        total profit at zero discount
 */
import { msg } from "../i18n";
import type { FieldError, ValidationResult } from "./validate";
import { validateDiscountModel } from "./validate";
import { cell, label, MODEL_LAYOUT_NAMES, type SheetCell } from "../sheet/modelSheetLayout";

// The reading of a typed cell every model sheet shares; the discount barrel has always offered it.
export { cell, label, type SheetCell };

/** Name of the hidden constant that marks a sheet as a discount model, and its value. */
export const MODEL_MARKER_NAME = "mkt_discount_model";
export const MODEL_MARKER_VALUE = "discount-model-v1";

export const LAYOUT_NAMES = {
  ...MODEL_LAYOUT_NAMES,
  inputs: "mkt_inputs",
  tiers: "mkt_tiers",
  segments: "mkt_segments",
  baseline: "mkt_baseline",
} as const;

/**
 * Rebuilds the model from the values of the layout ranges (keyed by
 * LAYOUT_NAMES values) and validates it. Errors use the model's JSON paths
 * (e.g. "tiers[1].orders"), the same messages the JSON input gets.
 */
export function modelFromSheetValues(values: Record<string, SheetCell[][]>): ValidationResult {
  const missing: FieldError[] = [];
  const block = (name: string, minColumns: number): SheetCell[][] => {
    const v = values[name];
    if (!Array.isArray(v) || v.some((row) => !Array.isArray(row) || row.length < minColumns)) {
      missing.push({
        path: name,
        problem: msg("rule.range.fewerColumns", { name, count: minColumns }),
      });
      return [];
    }
    return v;
  };
  const meta = block(LAYOUT_NAMES.meta, 1);
  const inputs = block(LAYOUT_NAMES.inputs, 1);
  const tiers = block(LAYOUT_NAMES.tiers, 5);
  const segments = block(LAYOUT_NAMES.segments, 2);
  if (meta.length < 2)
    missing.push({
      path: LAYOUT_NAMES.meta,
      problem: msg("rule.range.metaRows", { name: LAYOUT_NAMES.meta }),
    });
  if (inputs.length < 4)
    missing.push({
      path: LAYOUT_NAMES.inputs,
      problem: msg("rule.range.inputRows", { name: LAYOUT_NAMES.inputs }),
    });
  if (missing.length > 0) return { ok: false, errors: missing };

  const T = tiers.length;
  const raw = {
    name: label(meta[0][0]),
    currency: label(meta[1][0]),
    listPrice: cell(inputs[0][0]),
    unitCost: cell(inputs[1][0]),
    orderCost: cell(inputs[2][0]),
    maxDiscount: cell(inputs[3][0]),
    tiers: tiers.map((row) => ({
      label: label(row[0]),
      minQty: cell(row[1]),
      orders: cell(row[2]),
      unitsPerOrder: cell(row[3]),
      minMargin: cell(row[4]),
    })),
    segments: segments.map((row) => ({
      label: label(row[0]),
      elasticity: cell(row[1]),
      shares: Array.from({ length: T }, (_, t) => cell(row[2 + t])),
    })),
  };
  return validateDiscountModel(raw);
}
