/**
 * The form of a guided model sheet, drawn from its spec (state/guidedForms):
 * the single fields two per line, then one card per row of its list with an
 * Add and a Remove button, then the problems the validator found, each
 * naming its field. Distribution and survey sheets read the user's selected
 * table: their form says so and builds from the selection.
 */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from "@fluentui/react-components";
import type { GuidedKind } from "../../core/guided/guidedSheet";
import { t } from "../../core/i18n";
import { GUIDED_FORMS, type GuidedField, type GuidedFormState } from "../state/guidedForms";
import { TextField } from "./TextField";
import { useRowCardStyles } from "./useRowCardStyles";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: "8px" },
  grid: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: "8px",
    rowGap: "4px",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  help: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: 0 },
  list: { margin: 0, paddingLeft: "16px" },
});

/** What the selection must look like, per in-place kind. */
const SELECTION_HELP: Partial<Record<GuidedKind, () => string>> = {
  distribution: () => t("pane.guided.helpDistribution"),
  survey: () => t("pane.guided.helpSurvey"),
};

export interface GuidedFormProps {
  kind: GuidedKind;
  form: GuidedFormState;
  problems: readonly string[];
  busy: boolean;
  onChange(form: GuidedFormState): void;
  onLoadExample(): void;
  onBuild(): void;
}

function Input({
  field,
  value,
  disabled,
  onChange,
}: {
  field: GuidedField;
  value: string;
  disabled: boolean;
  onChange(v: string): void;
}) {
  if (field.choices)
    return (
      <Field label={field.label} size="small">
        <Select
          size="small"
          value={value}
          disabled={disabled}
          onChange={(_, d) => onChange(d.value)}
        >
          {field.choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
      </Field>
    );
  return (
    <TextField
      label={field.label}
      hint={field.hint}
      inputMode={field.text ? "text" : "decimal"}
      value={value}
      disabled={disabled}
      onChange={onChange}
    />
  );
}

export function GuidedForm({
  kind,
  form,
  problems,
  busy,
  onChange,
  onLoadExample,
  onBuild,
}: GuidedFormProps) {
  const styles = useStyles();
  const cards = useRowCardStyles();
  const spec = GUIDED_FORMS[kind];
  const help = SELECTION_HELP[kind]?.();
  const setValue = (key: string, value: string) =>
    onChange({ ...form, values: { ...form.values, [key]: value } });
  const setRow = (index: number, key: string, value: string) =>
    onChange({
      ...form,
      rows: form.rows.map((r, i) => (i === index ? { ...r, [key]: value } : r)),
    });
  const blankRow = () =>
    Object.fromEntries((spec.list?.fields ?? []).map((f) => [f.key, f.choices?.[0] ?? ""]));
  return (
    <form className={styles.form} aria-label={`${kind} model`} onSubmit={(e) => e.preventDefault()}>
      {help && <p className={styles.help}>{help}</p>}
      <div className={styles.actions}>
        {spec.example && (
          <Button size="small" disabledFocusable={busy} onClick={onLoadExample}>
            {t("pane.guided.loadExample")}
          </Button>
        )}
      </div>
      <div className={styles.grid}>
        {spec.fields.map((f) => (
          <Input
            key={f.key}
            field={f}
            value={form.values[f.key] ?? ""}
            disabled={busy}
            onChange={(v) => setValue(f.key, v)}
          />
        ))}
      </div>
      {spec.list && (
        <div>
          {form.rows.map((row, index) => (
            <fieldset key={index} className={cards.fieldset}>
              <legend className={cards.legend}>
                {spec.list!.item} {index + 1}
              </legend>
              <div className={cards.grid}>
                {spec.list!.fields.map((f) => (
                  <Input
                    key={f.key}
                    field={f}
                    value={row[f.key] ?? ""}
                    disabled={busy}
                    onChange={(v) => setRow(index, f.key, v)}
                  />
                ))}
              </div>
              <div className={cards.row}>
                <Button
                  size="small"
                  appearance="subtle"
                  disabled={busy}
                  aria-label={`Remove ${spec.list!.item.toLowerCase()} ${index + 1}`}
                  onClick={() =>
                    onChange({ ...form, rows: form.rows.filter((_, i) => i !== index) })
                  }
                >
                  {t("pane.guided.remove")}
                </Button>
              </div>
            </fieldset>
          ))}
          <Button
            size="small"
            disabled={busy}
            onClick={() => onChange({ ...form, rows: [...form.rows, blankRow()] })}
          >
            {t("pane.guided.add", { item: spec.list.item.toLowerCase() })}
          </Button>
        </div>
      )}
      {problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <ul className={styles.list}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" size="small" disabledFocusable={busy} onClick={onBuild}>
          {help ? t("pane.guided.buildFromSelection") : t("pane.guided.build")}
        </Button>
      </div>
    </form>
  );
}
