/**
 * The discount-optimisation engine's public surface: validation of the JSON
 * model, its arithmetic, the global optimiser, the worksheet plan and the
 * names that let the task pane recognise and read back a model sheet.
 *
 * Layout names (hidden, worksheet-scoped; shapes rows x columns):
 *   mkt_meta 2x1 (name, currency); mkt_inputs 4x1 (listPrice, unitCost,
 *   orderCost, maxDiscount); mkt_tiers Tx5 (label, minQty, orders,
 *   unitsPerOrder, minMargin); mkt_segments Sx(2+T) (label, elasticity, share
 *   per tier); mkt_decisions Tx1; mkt_objective, mkt_baseline 1x1.
 * The marker name mkt_discount_model holds the constant "discount-model-v1".
 */
export type { DiscountModelInput, Tier, Segment } from "./model";
export type { FieldError, ValidationResult } from "./validate";
export { validateDiscountModel, formatFieldErrors, MAX_TIERS, MAX_SEGMENTS } from "./validate";
export type { TierFigures, ModelFigures } from "./evaluate";
export { tierFigures, tierProfit, evaluateDiscounts } from "./evaluate";
export type {
  TierResult,
  Certificate,
  DiscountSolution,
  BaselineViolation,
  OptimiseOptions,
} from "./optimise";
export { optimiseDiscounts, DEFAULT_GRID_STEP } from "./optimise";
export type { DiscountSheetPlanOptions } from "./sheetPlan";
export {
  buildDiscountSheetPlan,
  discountSheetName,
  discountSheetRows,
  sensitivityDiscounts,
  DEFAULT_DISCOUNT_SHEET_NAME,
} from "./sheetPlan";
export type { SheetCell } from "./layout";
export {
  MODEL_MARKER_NAME,
  MODEL_MARKER_VALUE,
  LAYOUT_NAMES,
  modelFromSheetValues,
} from "./layout";
