/**
 * Messages between the pane and the optimisers' Web Worker. A request names
 * its engine (`kind`: the discount optimiser or the budget allocator); the
 * model goes in as plain JSON and the solution comes out as plain JSON
 * (structured clone), tagged with the request id so answers can never be
 * mixed up.
 */
import type { DiscountModelInput } from "../../core/discount/model";
import type { DiscountSolution } from "../../core/discount";
import type { BudgetModelInput, BudgetSolution } from "../../core/budget";
import type { Locale } from "../../core/i18n";

/** What each engine takes and gives. */
export interface Engines {
  discount: { model: DiscountModelInput; solution: DiscountSolution };
  budget: { model: BudgetModelInput; solution: BudgetSolution };
}

export type EngineKind = keyof Engines;

export type OptimiseRequest = {
  [K in EngineKind]: {
    id: number;
    kind: K;
    model: Engines[K]["model"];
    /** The pane's language: the worker has its own module state, so it is told. */
    locale: Locale;
  };
}[EngineKind];

export type OptimiseResponse =
  | { id: number; ok: true; solution: Engines[EngineKind]["solution"] }
  | { id: number; ok: false; message: string };
