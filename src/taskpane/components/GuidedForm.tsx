/**
 * The form of a guided model sheet, drawn from its spec (state/guidedForms):
 * "Load an example" where the kind has one, the single fields two per line,
 * then one card per row of its list with Remove, and Add; each field shows
 * its own problem under it and the rest are listed above Build. Distribution
 * and survey sheets read the user's selected table: the form says what the
 * selection must hold and builds from it. Enter in a field never builds.
 */
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import type { GuidedKind } from "../../core/guided/guidedSheet";
import { t } from "../../core/i18n";
import {
  blankRow,
  GUIDED_FORMS,
  type GuidedField,
  type GuidedFormState,
  type GuidedList,
} from "../state/guidedForms";
import { rowFieldKey, type GuidedProblems } from "../state/guidedProblems";
import { replaceAt } from "../state/replaceAt";
import { TextField } from "./TextField";
import { useRowCardStyles } from "./useRowCardStyles";

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
  list: { margin: 0, paddingLeft: "16px" },
  wide: { gridColumn: "1 / -1", minWidth: 0 },
});

/** What the selection must look like, per in-place kind. */
const SELECTION_HELP: Partial<Record<GuidedKind, () => string>> = {
  distribution: () => t("pane.guided.helpDistribution"),
  survey: () => t("pane.guided.helpSurvey"),
};

interface GuidedInputProps {
  field: GuidedField;
  value: string;
  message?: string;
  disabled: boolean;
  onChange(value: string): void;
}

/** One field: a choice of words, or a text or number box; a wide one takes the whole row. */
function GuidedInput(props: GuidedInputProps) {
  const styles = useStyles();
  if (!props.field.wide) return <GuidedControl {...props} />;
  return (
    <div className={styles.wide}>
      <GuidedControl {...props} />
    </div>
  );
}

function GuidedControl({ field, value, message, disabled, onChange }: GuidedInputProps) {
  if (!field.choices)
    return (
      <TextField
        label={t(field.label)}
        hint={field.hint?.()}
        inputMode={field.text ? "text" : "decimal"}
        value={value}
        message={message}
        disabled={disabled}
        onChange={onChange}
      />
    );
  return (
    <Field
      label={t(field.label)}
      size="small"
      validationMessage={message}
      validationState={message ? "error" : "none"}
    >
      <Select size="small" value={value} disabled={disabled} onChange={(_, d) => onChange(d.value)}>
        {field.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {t(c.label)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface GuidedRowsProps {
  list: GuidedList;
  rows: Record<string, string>[];
  messages: ReadonlyMap<string, string>;
  disabled: boolean;
  onChange(rows: Record<string, string>[]): void;
}

/** The list's rows as cards (a card per campaign, option or effect), then Add. */
function GuidedRows({ list, rows, messages, disabled, onChange }: GuidedRowsProps) {
  const cards = useRowCardStyles();
  const item = t(list.item);
  const setCell = (index: number, key: string, value: string) =>
    onChange(replaceAt(rows, index, (r) => ({ ...r, [key]: value })));
  return (
    <div>
      <Subtitle2 as="h2">{t(list.label)}</Subtitle2>
      {rows.map((row, index) => (
        <fieldset key={index} className={cards.fieldset}>
          <legend className={cards.legend}>
            {t("pane.guidedForm.item", { item, index: index + 1 })}
          </legend>
          <div className={cards.grid}>
            {list.fields.map((f) => (
              <GuidedInput
                key={f.key}
                field={f}
                value={row[f.key] ?? ""}
                message={messages.get(rowFieldKey(list.key, index, f.key))}
                disabled={disabled}
                onChange={(v) => setCell(index, f.key, v)}
              />
            ))}
          </div>
          <div className={cards.row}>
            <Button
              size="small"
              appearance="subtle"
              disabled={disabled}
              aria-label={t("pane.guidedForm.removeItem", { item, index: index + 1 })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              {t("pane.guided.remove")}
            </Button>
          </div>
        </fieldset>
      ))}
      <Button
        size="small"
        disabled={disabled}
        onClick={() => onChange([...rows, blankRow(list.fields)])}
      >
        {t("pane.guided.add", { item: item.toLocaleLowerCase() })}
      </Button>
    </div>
  );
}

export interface GuidedFormProps {
  kind: GuidedKind;
  form: GuidedFormState;
  problems: GuidedProblems;
  busy: boolean;
  onChange(form: GuidedFormState): void;
  onLoadExample(): void;
  onBuild(): void;
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
  const spec = GUIDED_FORMS[kind];
  const help = SELECTION_HELP[kind]?.();
  const { fieldMessages, generalMessages } = problems;
  return (
    <form
      className={styles.form}
      aria-label={t("pane.guidedForm.aria", { model: t(`pane.models.${kind}`) })}
      onSubmit={(e) => e.preventDefault()}
    >
      {help && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{help}</MessageBarBody>
        </MessageBar>
      )}
      {spec.example && (
        <div className={styles.actions}>
          <Button size="small" disabledFocusable={busy} onClick={onLoadExample}>
            {t("pane.guided.loadExample")}
          </Button>
        </div>
      )}
      <div className={styles.grid}>
        {spec.fields.map((f) => (
          <GuidedInput
            key={f.key}
            field={f}
            value={form.values[f.key] ?? ""}
            message={fieldMessages.get(f.key)}
            disabled={busy}
            onChange={(v) => onChange({ ...form, values: { ...form.values, [f.key]: v } })}
          />
        ))}
      </div>
      {spec.list && (
        <GuidedRows
          list={spec.list}
          rows={form.rows}
          messages={fieldMessages}
          disabled={busy}
          onChange={(rows) => onChange({ ...form, rows })}
        />
      )}
      {generalMessages.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <ul className={styles.list} aria-label={t("pane.form.problems")}>
              {generalMessages.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="button" disabledFocusable={busy} onClick={onBuild}>
          {help ? t("pane.guided.buildFromSelection") : t("pane.guided.build")}
        </Button>
      </div>
    </form>
  );
}
