/**
 * One labelled input of the model form with its inline validation message.
 * A thin wrapper so every field of the form looks and announces itself alike.
 */
import { Field, Input, makeStyles, mergeClasses } from "@fluentui/react-components";

// Grid cells at ~320 px are ~130 px wide: the input must shrink with its cell.
const useStyles = makeStyles({ input: { width: "100%", minWidth: 0 }, field: { minWidth: 0 } });

export interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  message?: string;
  hint?: string;
  inputMode?: "decimal" | "text";
  disabled?: boolean;
  /** Extra class for the field, e.g. to span a grid's columns. */
  className?: string;
}

export function TextField({
  label,
  value,
  onChange,
  message,
  hint,
  inputMode = "decimal",
  disabled,
  className,
}: TextFieldProps) {
  const styles = useStyles();
  return (
    <Field
      className={mergeClasses(styles.field, className)}
      label={label}
      size="small"
      validationMessage={message}
      validationState={message ? "error" : "none"}
      hint={hint}
    >
      <Input
        className={styles.input}
        size="small"
        value={value}
        inputMode={inputMode}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
