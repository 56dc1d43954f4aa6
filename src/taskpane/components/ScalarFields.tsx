/**
 * A model form's single fields (name, currency, prices, the budget), two per
 * line, each with its hint and the message the validation put under it.
 */
import type { ScalarSpec } from "../state/fieldHints";
import { TextField } from "./TextField";
import { useRowCardStyles } from "./useRowCardStyles";

export interface ScalarFieldsProps<F extends string> {
  specs: readonly ScalarSpec<F>[];
  values: Readonly<Record<F, string>>;
  messages: ReadonlyMap<string, string>;
  disabled: boolean;
  onChange(field: F, value: string): void;
}

export function ScalarFields<F extends string>({
  specs,
  values,
  messages,
  disabled,
  onChange,
}: ScalarFieldsProps<F>) {
  const styles = useRowCardStyles();
  return (
    <div className={styles.grid}>
      {specs.map((s) => (
        <TextField
          key={s.field}
          label={s.label}
          hint={s.hint}
          inputMode={s.text ? "text" : "decimal"}
          value={values[s.field]}
          message={messages.get(s.field)}
          disabled={disabled}
          onChange={(value) => onChange(s.field, value)}
        />
      ))}
    </div>
  );
}
