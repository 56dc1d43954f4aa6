/**
 * The Models picker: which model sheet the Model tab builds, the discount
 * model or one of the five guided sheets.
 */
import { Field, makeStyles, Select } from "@fluentui/react-components";
import type { GuidedKind } from "../../core/guided";
import { t } from "../../core/i18n";

export type ModelChoice = "discounts" | GuidedKind;

export const MODEL_CHOICES: ReadonlyArray<[ModelChoice, string]> = [
  ["discounts", "Discounts by order size"],
  ["campaigns", "Campaigns: ROMI and cost per extra unit"],
  ["promo", "Promo: long-lasting effect"],
  ["posm", "POSM: which pays back"],
  ["distribution", "Distribution: DN, WD, clean (selected store list)"],
  ["survey", "Client-orientation survey (selected answers)"],
];

const useStyles = makeStyles({ field: { marginBottom: "8px" } });

export function ModelPicker({
  value,
  disabled,
  onChange,
}: {
  value: ModelChoice;
  disabled: boolean;
  onChange(choice: ModelChoice): void;
}) {
  const styles = useStyles();
  return (
    <Field className={styles.field} label={t("pane.guided.picker")} size="small">
      <Select
        size="small"
        value={value}
        disabled={disabled}
        onChange={(_, d) => onChange(d.value as ModelChoice)}
      >
        {MODEL_CHOICES.map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
