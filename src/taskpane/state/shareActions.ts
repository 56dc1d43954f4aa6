/**
 * The "Make shareable" workflow as pure actions over the pane's operations:
 * preview (read and plan, nothing written), apply (write the planned cells,
 * keep what Undo needs) and undo (write the previous formulas back). Each
 * returns the status line to show; App.tsx only renders.
 */
import { t } from "../../core/i18n";
import type { Outcome } from "../actions";
import type { PaneOperations } from "../operations";
import type { CellChange, ShareablePlan, ShareScope } from "./shareablePlan";

const cells = (count: number) => t("pane.share.cells", { count });

/** What the preview shows: the cells and functions that change, and the calls that stay. */
export function describePlan(plan: ShareablePlan): {
  summary: string;
  functions: string[];
  kept: string[];
} {
  const functions = Object.entries(plan.functions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) =>
      t("pane.share.function", { name, calls: t("pane.share.calls", { count }) })
    );
  const kept = Object.entries(plan.kept)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, k]) =>
      t("pane.share.kept", {
        name,
        calls: t("pane.share.calls", { count: k.count }),
        reason: t(`pane.share.reason.${k.reason}`),
      })
    );
  const summary =
    plan.changes.length === 0
      ? t("pane.share.nothing", { scope: t(`pane.share.in.${plan.scope}`) })
      : t("pane.share.willChange", {
          cells: cells(plan.changes.length),
          sheets: t("pane.share.sheets", { count: plan.sheets.length }),
          names: plan.sheets.join(", "),
        });
  return { summary, functions, kept };
}

export async function previewShareable(
  operations: Pick<PaneOperations, "findShareable">,
  scope: ShareScope
): Promise<{ plan: ShareablePlan | null; status: Outcome }> {
  const plan = await operations.findShareable(scope);
  const { summary } = describePlan(plan);
  if (plan.changes.length === 0) return { plan: null, status: { kind: "info", text: summary } };
  return { plan, status: { kind: "info", text: t("pane.share.checkThenReplace") } };
}

export async function applyShareable(
  operations: Pick<PaneOperations, "writeShareable">,
  plan: ShareablePlan
): Promise<{ undo: readonly CellChange[]; status: Outcome }> {
  const { written } = await operations.writeShareable(plan.changes);
  return {
    undo: plan.changes,
    status: { kind: "success", text: t("pane.share.replaced", { cells: cells(written) }) },
  };
}

export async function undoShareableAction(
  operations: Pick<PaneOperations, "undoShareable">,
  changes: readonly CellChange[]
): Promise<Outcome> {
  const { restored, skipped } = await operations.undoShareable(changes);
  const text =
    skipped > 0
      ? t("pane.share.restoredSkipped", { cells: cells(restored), count: skipped })
      : t("pane.share.restored", { cells: cells(restored) });
  return { kind: "success", text };
}
