/**
 * The Models picker: which model the Model tab shows, one of MODEL_ENTRIES
 * (modelEntries.ts), each named in the pane's language.
 */
import { Field, makeStyles, Select } from "@fluentui/react-components";
import { t } from "../../core/i18n";
import { MODEL_ENTRIES } from "./modelEntries";

// A native select is as wide as its longest option; in the ~320 px pane it must take the width it has.
const useStyles = makeStyles({
  field: { marginBottom: "8px", minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
});

export interface ModelPickerProps {
  value: string;
  disabled: boolean;
  onChange(id: string): void;
}

export function ModelPicker({ value, disabled, onChange }: ModelPickerProps) {
  const styles = useStyles();
  return (
    <Field className={styles.field} label={t("pane.guided.picker")} size="small">
      <Select
        className={styles.select}
        size="small"
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value)}
      >
        {MODEL_ENTRIES.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {t(entry.label)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
