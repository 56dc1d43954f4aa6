/**
 * A guided model sheet's entry of the Models picker (campaigns, promo, POSM,
 * distribution, survey): its form's state, "Load an example", and Build —
 * from the form, or over the selected table in place — through the pure
 * workflow buildGuidedSheet (actions.ts). Fetched on first use (modelEntries).
 */
import { useMemo, useState, type ComponentType } from "react";
import type { FieldError } from "../../core/fieldValidation";
import type { GuidedKind } from "../../core/guided/guidedSheet";
import { t } from "../../core/i18n";
import { buildGuidedSheet, type GuidedRequest } from "../actions";
import { useLanguageChange } from "../hooks/useLanguageChange";
import { IN_PLACE_KINDS, planFromForm, planFromSelection } from "../state/guidedBuild";
import {
  emptyGuidedForm,
  GUIDED_FORMS,
  guidedFormFromInput,
  relocaliseGuidedForm,
  type GuidedFormState,
} from "../state/guidedForms";
import { routeGuidedProblems } from "../state/guidedProblems";
import { GuidedForm } from "./GuidedForm";
import type { ModelPanelProps } from "./modelEntries";

function GuidedPanel({
  kind,
  operations,
  language,
  busy,
  progress,
  report,
}: ModelPanelProps & { kind: GuidedKind }) {
  const [form, setForm] = useState<GuidedFormState>(() => emptyGuidedForm(kind));
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  useLanguageChange(language, (from, to) =>
    setForm((typed) => relocaliseGuidedForm(kind, typed, from, to))
  );
  const problems = useMemo(
    () => routeGuidedProblems(kind, form, errors),
    [kind, form, errors, language]
  );
  const inPlace = IN_PLACE_KINDS.has(kind);

  const change = (next: GuidedFormState) => {
    setForm(next);
    // After a refused Build, the form's own messages follow the edits (a table's wait for the next Build).
    if (errors.length > 0 && !inPlace) {
      const checked = planFromForm(kind, next);
      setErrors(checked.ok ? [] : checked.errors);
    }
  };

  const loadExample = () => {
    const example = GUIDED_FORMS[kind].example;
    if (!example) return;
    setForm(guidedFormFromInput(kind, example));
    setErrors([]);
    report({ kind: "success", text: t("pane.guided.exampleLoaded") });
  };

  const build = async () => {
    const request: GuidedRequest = inPlace
      ? { from: "selection", makePlan: planFromSelection(kind, form) }
      : { from: "form", plan: planFromForm(kind, form) };
    const outcome = await buildGuidedSheet(operations, request, progress);
    setErrors(outcome.errors);
    report(outcome.status);
  };

  return (
    <GuidedForm
      kind={kind}
      form={form}
      problems={problems}
      busy={busy}
      onChange={change}
      onLoadExample={loadExample}
      onBuild={() => void build()}
    />
  );
}

const PANELS = new Map<GuidedKind, ComponentType<ModelPanelProps>>();

/** The picker's panel of one guided kind (one component per kind, so React keeps its state apart). */
export function guidedPanel(kind: GuidedKind): ComponentType<ModelPanelProps> {
  let panel = PANELS.get(kind);
  if (!panel) {
    panel = function KindPanel(props: ModelPanelProps) {
      return <GuidedPanel kind={kind} {...props} />;
    };
    PANELS.set(kind, panel);
  }
  return panel;
}
