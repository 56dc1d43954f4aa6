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
  optimiseModelSheet,
  runStatusStep,
  undoWrite,
  type Outcome,
  type Progress,
  type SheetOptimiseOutcome,
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

export type BudgetOptimiseOutcome = SheetOptimiseOutcome<BudgetResult>;

export function buildBudget(
  ops: BudgetOperations,
  model: BudgetModelInput,
  progress: Progress,
  language?: Language
): Promise<Outcome> {
  return runStatusStep(progress, t("pane.budget.building"), async () => {
    const { sheetName } = await ops.buildBudgetSheet(model, language);
    return { kind: "success", text: t("pane.budget.built", { sheet: sheetName }) };
  });
}

/** Optimises the active budget sheet: optimiseModelSheet with the budget's side (spends per channel). */
export function optimiseBudgetSheet(
  ops: BudgetOperations,
  progress: Progress
): Promise<BudgetOptimiseOutcome> {
  return optimiseModelSheet<BudgetModelInput, BudgetSolution, BudgetResult>(
    {
      readActive: () => ops.readActiveBudget(),
      solve: (model) => ops.solveBudget(model),
      decisions: (solution) => solution.channels.map((c) => c.spend),
      write: ops.writeSpends.bind(ops),
      result: (sheetName, model, solution) => ({ sheetName, model, solution }),
      texts: {
        reading: t("pane.budget.status.reading"),
        notModel: (sheet) => t("pane.budget.status.notBudget", { sheet }),
        invalid: (sheet, problems) => t("pane.budget.status.invalid", { sheet, problems }),
        solving: t("pane.budget.status.solving"),
        infeasible: (reason) => t("pane.budget.status.infeasible", { reason }),
        writing: t("pane.budget.status.writing"),
        wrote: (sheet) => t("pane.budget.status.wrote", { sheet }),
        changedWhileSolving: (sheet) => t("pane.budget.status.changedWhileSolving", { sheet }),
      },
    },
    progress
  );
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
