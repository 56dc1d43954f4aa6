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

const SCALARS: { field: ScalarField; label: string; hint?: string; text?: boolean }[] = [
  { field: "name", label: "Product", text: true },
  { field: "currency", label: "Currency", text: true, hint: "e.g. KZT" },
  { field: "listPrice", label: "List price / unit" },
  { field: "unitCost", label: "Unit cost" },
  { field: "orderCost", label: "Cost per order", hint: "paperwork, delivery" },
  { field: "maxDiscount", label: "Max discount", hint: "0.3 or 30%" },
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
  const buildBlocked = busy ? "Please wait: another action is running." : validation.blockedReason;
  return (
    <form
      className={styles.form}
      aria-label="Discount model"
      // No implicit submission: Enter in a field must not build a new sheet.
      onSubmit={(event) => event.preventDefault()}
    >
      <div className={styles.actions}>
        <Button size="small" disabledFocusable={busy} onClick={onLoadExample}>
          Load the article&apos;s example
        </Button>
        <Button size="small" disabledFocusable={busy} onClick={onImportSelection}>
          Import tiers from selection
        </Button>
      </div>
      <Subtitle2 as="h2">Product and costs</Subtitle2>
      <div className={styles.grid}>
        {SCALARS.map((s) => (
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
      <Subtitle2 as="h2">Order-size tiers</Subtitle2>
      <TierEditor
        tiers={form.tiers}
        messages={validation.fieldMessages}
        dispatch={dispatch}
        disabled={busy}
      />
      <Subtitle2 as="h2">Buyer segments</Subtitle2>
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
            <ul className={styles.list} aria-label="Problems in the model">
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
        Build sheet
      </Button>
      {/* Not a live region: read with the button (aria-describedby), not on every keystroke. */}
      <p id="build-reason" className={styles.reason}>
        {buildBlocked ?? "Builds a new worksheet with native formulas and a ready Solver model."}
      </p>
    </form>
  );
}
