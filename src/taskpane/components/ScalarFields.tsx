/**
 * A model form's single fields (name, currency, prices, the budget; a tier's
 * or a channel's numbers), each with its hint and the message the validation
 * put under it: ScalarInputs are the inputs alone (for a row card's grid),
 * ScalarFields the same two per line.
 */
import type { ScalarSpec } from "../state/fieldHints";
import { TextField } from "./TextField";
import { useRowCardStyles } from "./useRowCardStyles";

export interface ScalarFieldsProps<F extends string> {
  specs: readonly ScalarSpec<F>[];
  values: Readonly<Record<F, string>>;
  messages: ReadonlyMap<string, string>;
  /** Where the validation keeps a field's message; by default under the field's own name. */
  messageKey?: (field: F) => string;
  disabled: boolean;
  onChange(field: F, value: string): void;
}

export function ScalarInputs<F extends string>({
  specs,
  values,
  messages,
  messageKey = (field) => field,
  disabled,
  onChange,
}: ScalarFieldsProps<F>) {
  return specs.map((s) => (
    <TextField
      key={s.field}
      label={s.label}
      hint={s.hint}
      inputMode={s.text ? "text" : "decimal"}
      value={values[s.field]}
      message={messages.get(messageKey(s.field))}
      disabled={disabled}
      onChange={(value) => onChange(s.field, value)}
    />
  ));
}

export function ScalarFields<F extends string>(props: ScalarFieldsProps<F>) {
  const styles = useRowCardStyles();
  return (
    <div className={styles.grid}>
      <ScalarInputs {...props} />
    </div>
  );
}
