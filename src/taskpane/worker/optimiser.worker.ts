/**
 * The Web Worker that runs the discount optimiser off the UI thread, so the
 * pane stays responsive (and shows progress) while the global search runs.
 * The model arrives already validated; validation runs again here because a
 * worker must not trust its messages.
 */
import { optimiseDiscounts, validateDiscountModel } from "../../core/discount";
import type { OptimiseRequest, OptimiseResponse } from "./protocol";
import { isLocale, setLocale, t } from "../../core/i18n";
import { loadEveryLanguage } from "../../core/everyLanguage";

// A request may come in any of the pane's languages; the worker loads on the first Optimise, not with the page.
loadEveryLanguage();

// The project's lib is DOM, not WebWorker; this is the slice of the worker scope used here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<OptimiseRequest>) => void) | null;
  postMessage(message: OptimiseResponse): void;
};

scope.onmessage = (event) => {
  const { id, model, locale } = event.data;
  try {
    setLocale(isLocale(locale) ? locale : "en");
    const checked = validateDiscountModel(model);
    if (!checked.ok) {
      scope.postMessage({
        id,
        ok: false,
        message: checked.errors.map((e) => e.message).join("; "),
      });
      return;
    }
    scope.postMessage({ id, ok: true, solution: optimiseDiscounts(checked.model) });
  } catch (error) {
    scope.postMessage({
      id,
      ok: false,
      message: t("office.optimiserFailed", { detail: (error as Error).message }),
    });
  }
};
