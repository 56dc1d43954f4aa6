/**
 * Messages between the pane and the optimiser's Web Worker. The model goes in
 * as plain JSON and the solution comes out as plain JSON (structured clone),
 * tagged with the request id so answers can never be mixed up.
 */
import type { DiscountModelInput } from "../../core/discount/model";
import type { DiscountSolution } from "../../core/discount";
import type { Locale } from "../../core/i18n";

export interface OptimiseRequest {
  id: number;
  model: DiscountModelInput;
  /** The pane's language: the worker has its own module state, so it is told. */
  locale: Locale;
}

export type OptimiseResponse =
  { id: number; ok: true; solution: DiscountSolution } | { id: number; ok: false; message: string };
