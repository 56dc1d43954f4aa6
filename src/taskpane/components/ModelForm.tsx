/**
 * The discount model form: product and cost fields, the tier and segment
 * tables, the problems the engine found, and the actions (load the article's
 * example, import tiers from the selection, build the sheet). Build stays
 * reachable by keyboard when disabled (disabledFocusable) and is described by
 * the sentence saying why. Building creates a worksheet, so it happens only
 * on the Build button (ModelFormFrame: Enter in a field never submits).
 */
import { Subtitle2 } from "@fluentui/react-components";
import { t } from "../../core/i18n";
import { currencyField, shareHint, type ScalarSpec } from "../state/fieldHints";
import type { Dispatch } from "react";
import type { FormValidation } from "../state/formValidation";
import type { FormAction, ModelFormState, ScalarField } from "../state/modelForm";
import { BuildFooter } from "./BuildFooter";
import { ModelFormFrame } from "./ModelFormFrame";
import { SegmentEditor } from "./SegmentEditor";
import { ScalarFields } from "./ScalarFields";
import { TierEditor } from "./TierEditor";

/** Read at render time, so the labels follow the pane's language. */
const SCALARS = (): ScalarSpec<ScalarField>[] => [
  { field: "name", label: t("pane.field.name"), text: true },
  currencyField("currency"),
  { field: "listPrice", label: t("pane.field.listPrice") },
  { field: "unitCost", label: t("pane.field.unitCost") },
  { field: "orderCost", label: t("pane.field.orderCost"), hint: t("pane.field.orderCost.hint") },
  { field: "maxDiscount", label: t("pane.field.maxDiscount"), hint: shareHint(0.3) },
];

export interface ModelFormProps {
  form: ModelFormState;
  validation: FormValidation;
  dispatch: Dispatch<FormAction>;
  busy: boolean;
  onLoadExample(): void;
  onImportSelection(): void;
  onBuild(): void;
}

export function ModelForm({
  form,
  validation,
  dispatch,
  busy,
  onLoadExample,
  onImportSelection,
  onBuild,
}: ModelFormProps) {
  return (
    <ModelFormFrame
      label={t("pane.form.label")}
      busy={busy}
      actions={[
        { label: t("pane.form.loadExample"), onClick: onLoadExample },
        { label: t("pane.form.importSelection"), onClick: onImportSelection },
      ]}
    >
      <Subtitle2 as="h2">{t("pane.form.productAndCosts")}</Subtitle2>
      <ScalarFields
        specs={SCALARS()}
        values={form}
        messages={validation.fieldMessages}
        disabled={busy}
        onChange={(field, value) => dispatch({ type: "setField", field, value })}
      />
      <Subtitle2 as="h2">{t("pane.form.tiers")}</Subtitle2>
      <TierEditor
        tiers={form.tiers}
        messages={validation.fieldMessages}
        dispatch={dispatch}
        disabled={busy}
      />
      <Subtitle2 as="h2">{t("pane.form.segments")}</Subtitle2>
      <SegmentEditor
        segments={form.segments}
        tiers={form.tiers}
        messages={validation.fieldMessages}
        dispatch={dispatch}
        disabled={busy}
      />
      <BuildFooter
        problems={validation.generalMessages}
        problemsLabel={t("pane.form.problems")}
        buildLabel={t("pane.form.build")}
        buildHint={t("pane.form.buildHint")}
        busy={busy}
        blocked={validation.blockedReason}
        reasonId="build-reason"
        onBuild={onBuild}
      />
    </ModelFormFrame>
  );
}
