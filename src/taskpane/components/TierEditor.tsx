/**
 * The tier table of the model form. At the pane's ~320 px width a five-column
 * grid of inputs is unreadable, so each tier is a small fieldset (legend
 * "Tier n") with its inputs two per line; the order of tab stops follows the
 * reading order.
 */
import { Button } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { t } from "../../core/i18n";
import { shareHint } from "../state/fieldHints";
import {
  fieldKey,
  MAX_TIERS,
  type FormAction,
  type TierField,
  type TierRow,
} from "../state/modelForm";
import { TextField } from "./TextField";
import { useRowCardStyles } from "./useRowCardStyles";

/** Read at render time, so the labels follow the pane's language. */
const COLUMNS: () => { field: TierField; label: string; hint?: string; text?: boolean }[] = () => [
  { field: "label", label: t("pane.tier.label"), text: true },
  { field: "minQty", label: t("pane.tier.minQty") },
  { field: "orders", label: t("pane.tier.orders") },
  { field: "unitsPerOrder", label: t("pane.tier.unitsPerOrder") },
  { field: "minMargin", label: t("pane.tier.minMargin"), hint: shareHint(0.2) },
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
          <legend className={styles.legend}>{t("pane.tier.legend", { index: index + 1 })}</legend>
          <div className={styles.grid}>
            {COLUMNS().map((c) => (
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
              aria-label={t("pane.tier.removeNamed", {
                tier: tier.label
                  ? t("pane.tier.named", { index: index + 1, label: tier.label })
                  : t("pane.tier.legend", { index: index + 1 }),
              })}
              onClick={() => dispatch({ type: "removeTier", index })}
            >
              {t("pane.tier.remove")}
            </Button>
          </div>
        </fieldset>
      ))}
      <Button
        size="small"
        disabled={disabled || tiers.length >= MAX_TIERS}
        onClick={() => dispatch({ type: "addTier" })}
      >
        {t("pane.tier.add")}
      </Button>
    </div>
  );
}
