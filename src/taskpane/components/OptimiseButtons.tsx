/**
 * A model's Optimise button and, once the pane has written its decision
 * cells, the one-step Undo beside it. Both stay focusable while an action
 * runs (disabledFocusable), so the keyboard user's focus is not dropped to
 * the page; a successful Undo removes its own button, so focus moves to
 * Optimise rather than to <body>.
 */
import { Button, makeStyles } from "@fluentui/react-components";
import { useEffect, useRef } from "react";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

export interface OptimiseButtonsProps {
  busy: boolean;
  optimiseLabel: string;
  undoLabel: string;
  /** True while there is a write to undo (the Undo button shows). */
  canUndo: boolean;
  onOptimise(): void;
  onUndo(): void;
}

export function OptimiseButtons({
  busy,
  optimiseLabel,
  undoLabel,
  canUndo,
  onOptimise,
  onUndo,
}: OptimiseButtonsProps) {
  const styles = useStyles();
  const optimiseButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!canUndo && (document.activeElement === document.body || !document.activeElement))
      optimiseButton.current?.focus();
  }, [canUndo]);
  return (
    <div className={styles.actions}>
      <Button
        ref={optimiseButton}
        appearance="primary"
        disabledFocusable={busy}
        onClick={onOptimise}
      >
        {optimiseLabel}
      </Button>
      {canUndo && (
        <Button disabledFocusable={busy} onClick={onUndo}>
          {undoLabel}
        </Button>
      )}
    </div>
  );
}
