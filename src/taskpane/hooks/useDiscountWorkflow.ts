/**
 * The discount model's form and its three actions (load the article's
 * example, import tiers from the selection, build the sheet): the form's
 * state, its validation in the pane's language, and the pure workflows of
 * actions.ts run with the pane's status line.
 */
import { useMemo, useReducer } from "react";
import { validateDiscountModel } from "../../core/discount";
import { t, type Locale } from "../../core/i18n";
import { buildSheet, importTiers } from "../actions";
import type { ModelPanelProps } from "../components/modelEntries";
import { validateForm } from "../state/formValidation";
import { ARTICLE_EXAMPLE, emptyForm, formReducer } from "../state/modelForm";
import { useLanguageChange } from "./useLanguageChange";

export function useDiscountWorkflow({ operations, language, progress, report }: ModelPanelProps) {
  const [form, dispatch] = useReducer(formReducer, undefined, emptyForm);
  useLanguageChange(language, (from: Locale, to: Locale) =>
    dispatch({ type: "relocalise", from, to })
  );
  // `language` is a dependency: the messages and the way numbers are read depend on it.
  const validation = useMemo(() => validateForm(form, validateDiscountModel), [form, language]);

  const loadExample = () => {
    dispatch({ type: "loadModel", model: ARTICLE_EXAMPLE });
    report({ kind: "success", text: t("pane.status.exampleLoaded") });
  };

  const importSelection = async () => {
    const { status, tiers } = await importTiers(operations, progress);
    if (tiers) dispatch({ type: "replaceTiers", tiers });
    report(status);
  };

  const build = async () => {
    if (validation.model) report(await buildSheet(operations, validation.model, progress));
  };

  return { form, dispatch, validation, loadExample, importSelection, build };
}
