/**
 * What a model's Optimise section remembers between clicks — the result card
 * it shows and the one-step Undo of its last write — and how each outcome
 * changes it. The same for every model sheet (discounts, budget), so the
 * rule lives once: an outcome without a result or an Undo step keeps the one
 * shown; a restoring Undo drops the card, which no longer describes the sheet.
 */
import type { SheetOptimiseOutcome, UndoOutcome, UndoStep } from "../actions";

export interface OptimiseState<R> {
  result: R | null;
  undo: UndoStep | null;
}

export const NOTHING_OPTIMISED: OptimiseState<never> = { result: null, undo: null };

export function afterOptimise<R>(
  state: OptimiseState<R>,
  outcome: SheetOptimiseOutcome<R>
): OptimiseState<R> {
  return { result: outcome.result ?? state.result, undo: outcome.undo ?? state.undo };
}

export function afterUndo<R>(state: OptimiseState<R>, outcome: UndoOutcome): OptimiseState<R> {
  return { result: outcome.restored ? null : state.result, undo: outcome.undo };
}
