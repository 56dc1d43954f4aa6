/**
 * The Web Worker that runs the optimisers off the UI thread (the discount
 * optimiser and the budget allocator, by the request's kind), so the pane
 * stays responsive (and shows progress) while the global search runs. The
 * model arrives already validated; validation runs again here because a
 * worker must not trust its messages.
 */
import { optimiseDiscounts, validateDiscountModel } from "../../core/discount";
import { optimiseBudget, validateBudgetModel } from "../../core/budget";
import { formatFieldErrors, type FieldError } from "../../core/fieldValidation";
import type { Engines, EngineKind, OptimiseRequest, OptimiseResponse } from "./protocol";
import { isLocale, setLocale, t } from "../../core/i18n";
import { loadEveryLanguage } from "../../core/everyLanguage";

// A request may come in any of the pane's languages; the worker loads on the first Optimise, not with the page.
loadEveryLanguage();

// The project's lib is DOM, not WebWorker; this is the slice of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OptimiseRequest>) => void) | null;
  postMessage(message: OptimiseResponse): void;
};

/** What both engines' validators return. */
type Validated<M> = { ok: true; model: M } | { ok: false; errors: FieldError[] };

/** Validate, then solve; an invalid model is answered with its problems. */
function answer<M>(
  id: number,
  checked: Validated<M>,
  solve: (model: M) => Engines[EngineKind]["solution"]
): OptimiseResponse {
  if (!checked.ok) return { id, ok: false, message: formatFieldErrors(checked.errors).join("; ") };
  return { id, ok: true, solution: solve(checked.model) };
}

scope.onmessage = (event) => {
  const request = event.data;
  const { id, locale } = request;
  try {
    setLocale(isLocale(locale) ? locale : "en");
    scope.postMessage(
      request.kind === "budget"
        ? answer(id, validateBudgetModel(request.model), (m) => optimiseBudget(m))
        : answer(id, validateDiscountModel(request.model), optimiseDiscounts)
    );
  } catch (error) {
    scope.postMessage({
      id,
      ok: false,
      message: t("office.optimiserFailed", { detail: (error as Error).message }),
    });
  }
};
