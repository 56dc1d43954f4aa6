/**
 * The budget-allocation engine's public surface: the JSON model, its
 * validation, the channels' profit curves and the global optimiser.
 */
export type {
  BudgetModelInput,
  Channel,
  ResponseSpec,
  AdbudgResponse,
  VidaleWolfeResponse,
} from "./model";
export type { ChannelCurve } from "./curves";
export { channelCurve } from "./curves";
export type {
  BudgetSolution,
  BudgetCertificate,
  BudgetOptimiseOptions,
  BudgetInfeasibility,
  ChannelResult,
} from "./optimise";
export {
  optimiseBudget,
  allocationProfit,
  DEFAULT_GAP_TARGET,
  DEFAULT_MAX_NODES,
} from "./optimise";
export type { BudgetValidationResult } from "./validate";
export { validateBudgetModel, MAX_CHANNELS } from "./validate";
export type { BudgetSheetPlanOptions } from "./sheetPlan";
export {
  buildBudgetSheetPlan,
  budgetSheetRows,
  budgetSheetName,
  BUDGET_LAYOUT_NAMES,
  BUDGET_MARKER_NAME,
  BUDGET_MARKER_VALUE,
  DEFAULT_BUDGET_SHEET_NAME,
} from "./sheetPlan";
export { budgetModelFromSheetValues } from "./sheetLayout";
