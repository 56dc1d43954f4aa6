/**
 * The tier table of the model form. At the pane's ~320 px width a five-column
 * grid of inputs is unreadable, so each tier is a small fieldset (legend
 * "Tier n") with its inputs two per line; the order of tab stops follows the
 * reading order.
 */
import { Button } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { t } from "../../core/i18n";
import { shareHint, type ScalarSpec } from "../state/fieldHints";
import {
  fieldKey,
  MAX_TIERS,
  type FormAction,
  type TierField,
  type TierRow,
} from "../state/modelForm";
import { rowName } from "../state/rowName";
import { RowCard } from "./RowCard";
import { ScalarInputs } from "./ScalarFields";

/** Read at render time, so the labels follow the pane's language. */
const COLUMNS = (): ScalarSpec<TierField>[] => [
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

export function TierEditor({ tiers, messages, dispatch, disabled = false }: TierEditorProps) {
  return (
    <div>
      {tiers.map((tier, index) => (
        <RowCard
          key={tier.id}
          legend={t("pane.tier.legend", { index: index + 1 })}
          remove={{
            label: t("pane.tier.remove"),
            ariaLabel: t("pane.tier.removeNamed", { tier: rowName("tier", tier.label, index) }),
            disabled: disabled || tiers.length <= 1,
            onClick: () => dispatch({ type: "removeTier", index }),
          }}
        >
          <ScalarInputs
            specs={COLUMNS()}
            values={tier}
            messages={messages}
            messageKey={(field) => fieldKey.tier(index, field)}
            disabled={disabled}
            onChange={(field, value) => dispatch({ type: "setTier", index, field, value })}
          />
        </RowCard>
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
