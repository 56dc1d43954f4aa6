/**
 * Whether the pane's one-step Undo still applies after an Undo attempt
 * failed. Undo is dropped when it can never succeed — the model sheet or its
 * decision cells are gone (Office's ItemNotFound / InvalidReference), or the
 * user changed the cells since (restoring would overwrite their edit) — and
 * kept when the failure is passing or fixable without touching the sheet
 * (Excel too old, busy editing a cell, a protected sheet, a glitch), so the
 * user can try again.
 */

/** Office error codes and pane refusal reasons after which Undo can never succeed. */
const UNDO_IMPOSSIBLE = new Set([
  "ItemNotFound",
  "InvalidReference",
  "EditedSinceWrite",
  "DecisionCellsChanged",
]);

export function undoAfterFailure(error: unknown): "keep" | "clear" {
  const e = error as { code?: unknown; reason?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : undefined;
  const reason = typeof e?.reason === "string" ? e.reason : undefined;
  return (code && UNDO_IMPOSSIBLE.has(code)) || (reason && UNDO_IMPOSSIBLE.has(reason))
    ? "clear"
    : "keep";
}
