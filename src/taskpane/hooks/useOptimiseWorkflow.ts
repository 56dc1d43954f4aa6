/**
 * The Optimise tab's state: the last result card and the one-step Undo of
 * the pane's last write of discounts, over the pure workflows of actions.ts.
 */
import { useMemo, useState } from "react";
import type { Locale } from "../../core/i18n";
import {
  optimiseActiveSheet,
  undoLastWrite,
  type OptimiseResult,
  type Progress,
  type Status,
  type UndoStep,
} from "../actions";
import type { PaneOperations } from "../operations";
import { describeSolution } from "../state/describeSolution";

export function useOptimiseWorkflow(
  operations: PaneOperations,
  language: Locale,
  progress: Progress,
  report: (status: Status) => void
) {
  const [result, setResult] = useState<OptimiseResult | null>(null);
  const [undo, setUndo] = useState<UndoStep | null>(null);
  // The card's words and figures follow the language (the solution itself does not change).
  const shownResult = useMemo(
    () => result && { ...result, summary: describeSolution(result.solution, result.currency) },
    [result, language]
  );

  const optimise = async () => {
    const outcome = await optimiseActiveSheet(operations, progress);
    if (outcome.result) setResult(outcome.result);
    if (outcome.undo) setUndo(outcome.undo);
    report(outcome.status);
  };

  const undoLast = async () => {
    if (!undo) return;
    const outcome = await undoLastWrite(operations, undo, progress);
    setUndo(outcome.undo);
    if (outcome.restored) setResult(null);
    report(outcome.status);
  };

  return { shownResult, undoSheet: undo?.sheetName ?? null, optimise, undoLast };
}
