/**
 * The segment table: kinds of buyer with their elasticity and their share of
 * each tier's orders. Shares are labelled with the tier they belong to, so the
 * input reads "Share of 10-49" rather than a bare column number.
 */
import { Button } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { t } from "../../core/i18n";
import {
  fieldKey,
  MAX_SEGMENTS,
  type FormAction,
  type SegmentRow,
  type TierRow,
} from "../state/modelForm";
import { rowName } from "../state/rowName";
import { RowCard } from "./RowCard";
import { TextField } from "./TextField";

export interface SegmentEditorProps {
  segments: SegmentRow[];
  tiers: TierRow[];
  messages: ReadonlyMap<string, string>;
  dispatch: Dispatch<FormAction>;
  disabled?: boolean;
}

export function SegmentEditor({
  segments,
  tiers,
  messages,
  dispatch,
  disabled = false,
}: SegmentEditorProps) {
  return (
    <div>
      {segments.map((segment, index) => (
        <RowCard
          key={segment.id}
          legend={t("pane.segment.legend", { index: index + 1 })}
          remove={{
            label: t("pane.segment.remove"),
            ariaLabel: t("pane.segment.removeNamed", {
              segment: rowName("segment", segment.label, index),
            }),
            disabled: disabled || segments.length <= 1,
            onClick: () => dispatch({ type: "removeSegment", index }),
          }}
        >
          <TextField
            label={t("pane.segment.label")}
            inputMode="text"
            value={segment.label}
            message={messages.get(fieldKey.segment(index, "label"))}
            disabled={disabled}
            onChange={(value) => dispatch({ type: "setSegmentLabel", index, value })}
          />
          <TextField
            label={t("pane.segment.elasticity")}
            hint={t("pane.segment.elasticity.hint")}
            value={segment.elasticity}
            message={messages.get(fieldKey.segment(index, "elasticity"))}
            disabled={disabled}
            onChange={(value) => dispatch({ type: "setSegmentElasticity", index, value })}
          />
          {segment.shares.map((share, tier) => (
            <TextField
              key={tiers[tier]?.id ?? tier}
              label={
                tiers[tier]?.label
                  ? t("pane.segment.shareOf", { tier: tiers[tier].label })
                  : t("pane.segment.shareOfTier", { index: tier + 1 })
              }
              value={share}
              message={messages.get(fieldKey.share(index, tier))}
              disabled={disabled}
              onChange={(value) => dispatch({ type: "setShare", segment: index, tier, value })}
            />
          ))}
        </RowCard>
      ))}
      <Button
        size="small"
        disabled={disabled || segments.length >= MAX_SEGMENTS}
        onClick={() => dispatch({ type: "addSegment" })}
      >
        {t("pane.segment.add")}
      </Button>
    </div>
  );
}
