/**
 * Reads a budget model back from the sheet buildBudgetSheetPlan wrote, after
 * the user may have edited its inputs: the values of the hidden layout names
 * (as any host reads them: Office.js `values`, ExcelJS, HyperFormula) become
 * the JSON input again and go through validateBudgetModel, so a sheet and a
 * JSON file are checked by the same rules and messages.
 *
 * Range shapes (rows x columns), all written by buildBudgetSheetPlan:
 *   mkt_meta       2 x 1    name, currency
 *   mkt_budget     1 x 1    the budget
 *   mkt_spend_all  1 x 1    the statement "yes (…)" / "no (…)" in the sheet's language
 *   mkt_channels   N x 13   label, curve, min, max, current, margin,
 *                           ADBUDG floor, ceiling, shape, K; Vidale-Wolfe r, M, λ
 *   mkt_decisions  N x 1    the spend per channel (what Solver changes)
 */
import { cell, label, type SheetCell } from "../sheet/modelSheetLayout";
import { msg } from "../i18n";
import type { FieldError } from "../fieldValidation";
import { SHEET_LANGUAGES, sheetText } from "../sheet/sheetText";
import { BUDGET_LAYOUT_NAMES } from "./sheetPlan";
import { BUDGET_SHEET_TEXT, type BudgetSheetTextKey } from "./sheetText";
import { validateBudgetModel, type BudgetValidationResult } from "./validate";

/** Columns of mkt_channels, 0-based. */
const CHANNEL_COLUMNS = 13;
const ADBUDG_COLUMNS = [6, 7, 8, 9] as const;
const VIDALE_WOLFE_COLUMNS = [10, 11, 12] as const;

/** Whether `value` is the sheet's word `key` in any of the sheet languages (the pane may have switched since). */
function saysInAnyLanguage(value: unknown, key: BudgetSheetTextKey): boolean {
  if (typeof value !== "string") return false;
  const text = value.trim().toLowerCase();
  return SHEET_LANGUAGES.some(
    (language) => sheetText(BUDGET_SHEET_TEXT, language)(key).toLowerCase() === text
  );
}

/** The spend-all statement as the JSON flag; TRUE/FALSE typed over it are read too; anything else goes to the validator as is. */
function spendAllFlag(value: SheetCell | undefined): unknown {
  const v = cell(value);
  if (typeof v === "boolean") return v;
  if (saysInAnyLanguage(v, "yes")) return true;
  if (saysInAnyLanguage(v, "no")) return false;
  return v;
}

/**
 * The curve of a channel row: its name in column B in any sheet language, or,
 * if that was overtyped, the parameter group that is filled in.
 */
function responseModel(row: readonly SheetCell[]): unknown {
  const name = cell(row[1]);
  if (saysInAnyLanguage(name, "adbudg")) return "adbudg";
  if (saysInAnyLanguage(name, "vidaleWolfe")) return "vidale-wolfe";
  const filled = (columns: readonly number[]) => columns.some((c) => cell(row[c]) !== undefined);
  if (filled(ADBUDG_COLUMNS) && !filled(VIDALE_WOLFE_COLUMNS)) return "adbudg";
  if (filled(VIDALE_WOLFE_COLUMNS) && !filled(ADBUDG_COLUMNS)) return "vidale-wolfe";
  return name;
}

function channelFromRow(row: readonly SheetCell[]): Record<string, unknown> {
  const model = responseModel(row);
  const response =
    model === "adbudg"
      ? {
          model,
          minResponse: cell(row[6]),
          maxResponse: cell(row[7]),
          shape: cell(row[8]),
          halfSaturationSpend: cell(row[9]),
        }
      : model === "vidale-wolfe"
        ? {
            model,
            responseRate: cell(row[10]),
            saturationSales: cell(row[11]),
            decayRate: cell(row[12]),
          }
        : { model };
  return {
    label: label(row[0]),
    min: cell(row[2]),
    max: cell(row[3]),
    current: cell(row[4]),
    margin: cell(row[5]),
    response,
  };
}

/**
 * Rebuilds the model from the values of the layout ranges (keyed by
 * BUDGET_LAYOUT_NAMES values) and validates it; errors carry the model's JSON
 * paths ("channels[1].margin"), as for a JSON input.
 */
export function budgetModelFromSheetValues(
  values: Readonly<Record<string, SheetCell[][]>>
): BudgetValidationResult {
  const missing: FieldError[] = [];
  const block = (name: string, rows: number | null, columns: number): SheetCell[][] => {
    const v = values[name];
    const fits =
      Array.isArray(v) &&
      (rows === null ? v.length > 0 : v.length === rows) &&
      v.every((row) => Array.isArray(row) && row.length >= columns);
    if (!fits) missing.push({ path: name, problem: msg("rule.range.moved", { name }) });
    return fits ? v : [];
  };
  const meta = block(BUDGET_LAYOUT_NAMES.meta, 2, 1);
  const budget = block(BUDGET_LAYOUT_NAMES.budget, 1, 1);
  const spendAll = block(BUDGET_LAYOUT_NAMES.spendAll, 1, 1);
  const channels = block(BUDGET_LAYOUT_NAMES.channels, null, CHANNEL_COLUMNS);
  if (missing.length > 0) return { ok: false, errors: missing };
  return validateBudgetModel({
    name: label(meta[0][0]),
    currency: label(meta[1][0]),
    budget: cell(budget[0][0]),
    spendAll: spendAllFlag(spendAll[0][0]),
    channels: channels.map(channelFromRow),
  });
}
