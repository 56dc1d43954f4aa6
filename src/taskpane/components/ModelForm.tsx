/**
 * The discount model form: product and cost fields, the tier and segment
 * tables, the problems the engine found, and the actions (load the article's
 * example, import tiers from the selection, build the sheet). Build stays
 * reachable by keyboard when disabled (disabledFocusable) and is described by
 * the sentence saying why. Building creates a worksheet, so it happens only
 * on the Build button: Enter in a field never submits the form. Buttons stay
 * focusable while an action runs (disabledFocusable), so focus is not lost.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { t } from "../../core/i18n";
import { shareHint } from "../state/fieldHints";
import type { Dispatch } from "react";
import type { FormValidation } from "../state/formValidation";
import type { FormAction, ModelFormState, ScalarField } from "../state/modelForm";
import { SegmentEditor } from "./SegmentEditor";
import { TextField } from "./TextField";
import { TierEditor } from "./TierEditor";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "8px" },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    alignItems: "start",
    columnGap: "8px",
    rowGap: "4px",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  reason: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  list: { margin: 0, paddingLeft: "16px" },
});

/** Read at render time, so the labels follow the pane's language. */
const SCALARS: () => {
  field: ScalarField;
  label: string;
  hint?: string;
  text?: boolean;
}[] = () => [
  { field: "name", label: t("pane.field.name"), text: true },
  {
    field: "currency",
    label: t("pane.field.currency"),
    text: true,
    hint: t("pane.field.currency.hint"),
  },
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
  const styles = useStyles();
  const buildBlocked = busy ? t("pane.form.wait") : validation.blockedReason;
  return (
    <form
      className={styles.form}
      aria-label={t("pane.form.label")}
      // No implicit submission: Enter in a field must not build a new sheet.
      onSubmit={(event) => event.preventDefault()}
    >
      <div className={styles.actions}>
        <Button size="small" disabledFocusable={busy} onClick={onLoadExample}>
          {t("pane.form.loadExample")}
        </Button>
        <Button size="small" disabledFocusable={busy} onClick={onImportSelection}>
          {t("pane.form.importSelection")}
        </Button>
      </div>
      <Subtitle2 as="h2">{t("pane.form.productAndCosts")}</Subtitle2>
      <div className={styles.grid}>
        {SCALARS().map((s) => (
          <TextField
            key={s.field}
            label={s.label}
            hint={s.hint}
            inputMode={s.text ? "text" : "decimal"}
            value={form[s.field]}
            message={validation.fieldMessages.get(s.field)}
            disabled={busy}
            onChange={(value) => dispatch({ type: "setField", field: s.field, value })}
          />
        ))}
      </div>
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
      {validation.generalMessages.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ul className={styles.list} aria-label={t("pane.form.problems")}>
              {validation.generalMessages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <Button
        appearance="primary"
        type="button"
        disabledFocusable={buildBlocked !== null}
        aria-describedby="build-reason"
        onClick={() => {
          if (!buildBlocked) onBuild();
        }}
      >
        {t("pane.form.build")}
      </Button>
      {/* Not a live region: read with the button (aria-describedby), not on every keystroke. */}
      <p id="build-reason" className={styles.reason}>
        {buildBlocked ?? t("pane.form.buildHint")}
      </p>
    </form>
  );
}
