/**
 * The budget model's workflows as plain async functions over the pane's
 * BudgetOperations: build a budget sheet, optimise the active budget sheet
 * (read it back, solve in the worker, write the spends into its decision
 * cells) and undo that write. Like actions.ts, each returns what the pane
 * should show and never touches React or Excel; errors become a status.
 */
import type { BudgetModelInput, BudgetSolution } from "../core/budget";
import { t } from "../core/i18n";
import type { Language } from "../core/language";
import {
  failed,
  undoWrite,
  type Outcome,
  type Progress,
  type UndoOutcome,
  type UndoStep,
} from "./actions";
import type { BudgetOperations } from "./operations";

export interface BudgetResult {
  sheetName: string;
  /** The model as read from the sheet: its currency and budget for the card's figures. */
  model: BudgetModelInput;
  solution: BudgetSolution;
}

export interface BudgetOptimiseOutcome {
  status: Outcome;
  /** The result card to show; null leaves the card as it was. */
  result: BudgetResult | null;
  /** The Undo step of this write; null when nothing was written. */
  undo: UndoStep | null;
}

export async function buildBudget(
  ops: BudgetOperations,
  model: BudgetModelInput,
  progress: Progress,
  language?: Language
): Promise<Outcome> {
  progress(t("pane.budget.building"));
  try {
    const { sheetName } = await ops.buildBudgetSheet(model, language);
    return { kind: "success", text: t("pane.budget.built", { sheet: sheetName }) };
  } catch (error) {
    return failed(error);
  }
}

/**
 * Reads the active budget sheet, solves it off the UI thread and writes the
 * optimal spends. The write refuses (and leaves the cells as they are) if the
 * spend cells changed while the optimiser ran.
 */
export async function optimiseBudgetSheet(
  ops: BudgetOperations,
  progress: Progress
): Promise<BudgetOptimiseOutcome> {
  const nothing = { result: null, undo: null };
  let sheetName: string | null = null;
  try {
    progress(t("pane.budget.status.reading"));
    const active = await ops.readActiveBudget();
    sheetName = active.sheetName;
    if (active.kind === "notModel") {
      const text = t("pane.budget.status.notBudget", { sheet: active.sheetName });
      return { status: { kind: "error", text }, ...nothing };
    }
    if (active.kind === "invalid") {
      const problems = active.errors.map((e) => e.message).join("; ");
      const text = t("pane.budget.status.invalid", { sheet: active.sheetName, problems });
      return { status: { kind: "error", text }, ...nothing };
    }
    progress(t("pane.budget.status.solving"));
    const solution = await ops.solveBudget(active.model);
    const result = { sheetName: active.sheetName, model: active.model, solution };
    if (solution.status === "infeasible") {
      const text = t("pane.budget.status.infeasible", { reason: solution.message });
      return { status: { kind: "info", text }, result, undo: null };
    }
    progress(t("pane.budget.status.writing"));
    const spends = solution.channels.map((c) => c.spend);
    const { previous } = await ops.writeSpends(active.sheetName, spends, active.decisions);
    return {
      status: { kind: "success", text: t("pane.budget.status.wrote", { sheet: active.sheetName }) },
      result,
      undo: { sheetName: active.sheetName, previous, written: spends },
    };
  } catch (error) {
    const reason = (error as { reason?: unknown } | null)?.reason;
    if (reason === "EditedSinceWrite" && sheetName !== null) {
      const text = t("pane.budget.status.changedWhileSolving", { sheet: sheetName });
      return { status: { kind: "error", text }, ...nothing };
    }
    return { status: failed(error), ...nothing };
  }
}

/** Restores the spends the last Optimise replaced, unless the user changed them since. */
export function undoBudgetWrite(
  ops: BudgetOperations,
  undo: UndoStep,
  progress: Progress
): Promise<UndoOutcome> {
  return undoWrite(ops.writeSpends.bind(ops), undo, progress, {
    restoring: t("pane.budget.status.restoring"),
    restored: (sheet) => t("pane.budget.status.restored", { sheet }),
  });
}
