/**
 * One labelled input of the model form with its inline validation message.
 * A thin wrapper so every field of the form looks and announces itself alike.
 */
import { Field, Input } from "@fluentui/react-components";

export interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  message?: string;
  hint?: string;
  inputMode?: "decimal" | "text";
  disabled?: boolean;
}

export function TextField({ label, value, onChange, message, hint, inputMode = "decimal", disabled }: TextFieldProps) {
  return (
    <Field label={label} size="small" validationMessage={message} validationState={message ? "error" : "none"} hint={hint}>
      <Input
        size="small"
        value={value}
        inputMode={inputMode}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value)}
      />
    </Field>
  );
}
