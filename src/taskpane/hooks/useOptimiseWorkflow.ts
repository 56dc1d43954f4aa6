/**
 * The Optimise tab's state: the last result card and the one-step Undo of
 * the pane's last write of discounts (useSheetOptimiser over the pure
 * workflows of actions.ts), the card's words in the pane's language.
 */
import { useMemo } from "react";
import type { Locale } from "../../core/i18n";
import { optimiseActiveSheet, undoLastWrite, type Progress, type Status } from "../actions";
import type { PaneOperations } from "../operations";
import { describeSolution } from "../state/describeSolution";
import { useSheetOptimiser } from "./useSheetOptimiser";

export function useOptimiseWorkflow(
  operations: PaneOperations,
  language: Locale,
  progress: Progress,
  report: (status: Status) => void
) {
  const { result, undo, optimise, undoLast } = useSheetOptimiser(
    {
      optimise: () => optimiseActiveSheet(operations, progress),
      undo: (step) => undoLastWrite(operations, step, progress),
    },
    report
  );
  // The card's words and figures follow the language (the solution itself does not change).
  const shownResult = useMemo(
    () => result && { ...result, summary: describeSolution(result.solution, result.currency) },
    [result, language]
  );
  return { shownResult, undoSheet: undo?.sheetName ?? null, optimise, undoLast };
}
