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
import { ModelFormFrame } from "./ModelFormFrame";
import { ProblemList } from "./ProblemList";
import { RowCard } from "./RowCard";
import { TextField } from "./TextField";
import { useRowCardStyles } from "./useRowCardStyles";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
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

interface GuidedFieldsProps {
  fields: readonly GuidedField[];
  values: Record<string, string>;
  /** The message of a field, by its key. */
  messageOf(key: string): string | undefined;
  disabled: boolean;
  onChange(key: string, value: string): void;
}

/** The inputs of a form's single fields or of one row, in a row card's two-per-line grid's cells. */
function GuidedFields({ fields, values, messageOf, disabled, onChange }: GuidedFieldsProps) {
  return fields.map((f) => (
    <GuidedInput
      key={f.key}
      field={f}
      value={values[f.key] ?? ""}
      message={messageOf(f.key)}
      disabled={disabled}
      onChange={(v) => onChange(f.key, v)}
    />
  ));
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
  const item = t(list.item);
  const setCell = (index: number, key: string, value: string) =>
    onChange(replaceAt(rows, index, (r) => ({ ...r, [key]: value })));
  return (
    <div>
      <Subtitle2 as="h2">{t(list.label)}</Subtitle2>
      {rows.map((row, index) => (
        <RowCard
          key={index}
          legend={t("pane.guidedForm.item", { item, index: index + 1 })}
          remove={{
            label: t("pane.guided.remove"),
            ariaLabel: t("pane.guidedForm.removeItem", { item, index: index + 1 }),
            disabled,
            onClick: () => onChange(rows.filter((_, i) => i !== index)),
          }}
        >
          <GuidedFields
            fields={list.fields}
            values={row}
            messageOf={(key) => messages.get(rowFieldKey(list.key, index, key))}
            disabled={disabled}
            onChange={(key, v) => setCell(index, key, v)}
          />
        </RowCard>
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
  const cards = useRowCardStyles();
  const spec = GUIDED_FORMS[kind];
  const help = SELECTION_HELP[kind]?.();
  const { fieldMessages, generalMessages } = problems;
  return (
    <ModelFormFrame
      label={t("pane.guidedForm.aria", { model: t(`pane.models.${kind}`) })}
      busy={busy}
      notice={
        help && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{help}</MessageBarBody>
          </MessageBar>
        )
      }
      actions={
        spec.example ? [{ label: t("pane.guided.loadExample"), onClick: onLoadExample }] : []
      }
    >
      <div className={cards.grid}>
        <GuidedFields
          fields={spec.fields}
          values={form.values}
          messageOf={(key) => fieldMessages.get(key)}
          disabled={busy}
          onChange={(key, v) => onChange({ ...form, values: { ...form.values, [key]: v } })}
        />
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
      <ProblemList problems={generalMessages} label={t("pane.form.problems")} layout="multiline" />
      <div className={styles.actions}>
        <Button appearance="primary" type="button" disabledFocusable={busy} onClick={onBuild}>
          {help ? t("pane.guided.buildFromSelection") : t("pane.guided.build")}
        </Button>
      </div>
    </ModelFormFrame>
  );
}
