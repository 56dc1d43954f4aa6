/**
 * The tier table of the model form. At the pane's ~320 px width a five-column
 * grid of inputs is unreadable, so each tier is a small fieldset (legend
 * "Tier n") with its inputs two per line; the order of tab stops follows the
 * reading order.
 */
import { Button } from "@fluentui/react-components";
import type { Dispatch } from "react";
import {
  fieldKey,
  MAX_TIERS,
  type FormAction,
  type TierField,
  type TierRow,
} from "../state/modelForm";
import { TextField } from "./TextField";
import { useRowCardStyles } from "./useRowCardStyles";

const COLUMNS: { field: TierField; label: string; hint?: string; text?: boolean }[] = [
  { field: "label", label: "Label", text: true },
  { field: "minQty", label: "Min qty (units)" },
  { field: "orders", label: "Orders / period" },
  { field: "unitsPerOrder", label: "Units / order" },
  { field: "minMargin", label: "Min margin", hint: "0.2 or 20%" },
];

export interface TierEditorProps {
  tiers: TierRow[];
  messages: ReadonlyMap<string, string>;
  dispatch: Dispatch<FormAction>;
  disabled?: boolean;
}

export function TierEditor({ tiers, messages, dispatch, disabled }: TierEditorProps) {
  const styles = useRowCardStyles();
  return (
    <div>
      {tiers.map((tier, index) => (
        <fieldset key={tier.id} className={styles.fieldset}>
          <legend className={styles.legend}>Tier {index + 1}</legend>
          <div className={styles.grid}>
            {COLUMNS.map((c) => (
              <TextField
                key={c.field}
                label={c.label}
                hint={c.hint}
                inputMode={c.text ? "text" : "decimal"}
                value={tier[c.field]}
                message={messages.get(fieldKey.tier(index, c.field))}
                disabled={disabled}
                onChange={(value) => dispatch({ type: "setTier", index, field: c.field, value })}
              />
            ))}
          </div>
          <div className={styles.row}>
            <Button
              size="small"
              appearance="subtle"
              disabled={disabled || tiers.length <= 1}
              aria-label={`Remove tier ${index + 1}${tier.label ? ` (${tier.label})` : ""}`}
              onClick={() => dispatch({ type: "removeTier", index })}
            >
              Remove tier
            </Button>
          </div>
        </fieldset>
      ))}
      <Button
        size="small"
        disabled={disabled || tiers.length >= MAX_TIERS}
        onClick={() => dispatch({ type: "addTier" })}
      >
        Add tier
      </Button>
    </div>
  );
}
