/**
 * How the pane names one row of a form's table — a tier, a segment, a
 * channel — in its card's legend, its Remove button ("Remove Tier 2 (10-49)")
 * and the problems listed above Build: its number, and the label the user
 * typed once there is one ("Channel 2 (Traditional trade)").
 */
import { t } from "../../core/i18n";

export type RowKind = "tier" | "segment" | "budget.channel";

/** `index` counts from 0; the name counts from 1. A label of spaces is no label. */
export function rowName(kind: RowKind, label: string, index: number): string {
  const typed = label.trim();
  return typed
    ? t(`pane.${kind}.named`, { index: index + 1, label: typed })
    : t(`pane.${kind}.legend`, { index: index + 1 });
}
