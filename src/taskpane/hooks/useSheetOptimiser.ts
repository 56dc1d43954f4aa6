/**
 * The state of a model's Optimise section (state/optimiseState) over its two
 * workflows: `optimise` runs one Optimise, `undoLast` the Undo of its last
 * write; each reports its status on the pane's status line.
 */
import { useState } from "react";
import type { SheetOptimiseOutcome, Status, UndoOutcome, UndoStep } from "../actions";
import {
  afterOptimise,
  afterUndo,
  NOTHING_OPTIMISED,
  type OptimiseState,
} from "../state/optimiseState";

export interface SheetOptimiserWorkflows<R> {
  optimise(): Promise<SheetOptimiseOutcome<R>>;
  undo(step: UndoStep): Promise<UndoOutcome>;
}

export function useSheetOptimiser<R>(
  workflows: SheetOptimiserWorkflows<R>,
  report: (status: Status) => void
) {
  const [state, setState] = useState<OptimiseState<R>>(NOTHING_OPTIMISED);

  const optimise = async () => {
    const outcome = await workflows.optimise();
    setState((before) => afterOptimise(before, outcome));
    report(outcome.status);
  };

  const undoLast = async () => {
    if (!state.undo) return;
    const outcome = await workflows.undo(state.undo);
    setState((before) => afterUndo(before, outcome));
    report(outcome.status);
  };

  return { result: state.result, undo: state.undo, optimise, undoLast };
}
