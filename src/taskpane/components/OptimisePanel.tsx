/**
 * Optimise the model on the active sheet: the button, the one-step Undo, and
 * the result (or why there is none: no feasible discounts, not a model sheet).
 * Buttons stay focusable while an action runs (disabledFocusable), so the
 * keyboard user's focus is not dropped to the page.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { t } from "../../core/i18n";
import { useEffect, useRef } from "react";
import type { OptimiseResult } from "../actions";
import { ResultCard } from "./ResultCard";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export interface OptimisePanelProps {
  busy: boolean;
  result: OptimiseResult | null;
  undoSheet: string | null;
  onOptimise(): void;
  onUndo(): void;
}

export function OptimisePanel({ busy, result, undoSheet, onOptimise, onUndo }: OptimisePanelProps) {
  const styles = useStyles();
  const optimiseButton = useRef<HTMLButtonElement>(null);
  // A successful Undo removes its own button: hand focus to Optimise rather than to <body>.
  useEffect(() => {
    if (undoSheet === null && (document.activeElement === document.body || !document.activeElement))
      optimiseButton.current?.focus();
  }, [undoSheet]);
  return (
    <section className={styles.panel} aria-label={t("pane.optimise.label")}>
      <Text as="p" className={styles.intro}>
        {t("pane.optimise.intro")}
      </Text>
      <div className={styles.actions}>
        <Button
          ref={optimiseButton}
          appearance="primary"
          disabledFocusable={busy}
          onClick={onOptimise}
        >
          {t("pane.optimise.button")}
        </Button>
        {undoSheet !== null && (
          <Button disabledFocusable={busy} onClick={onUndo}>
            {t("pane.optimise.undo")}
          </Button>
        )}
      </div>
      {result?.summary.status === "infeasible" && (
        <MessageBar intent="warning">
          <MessageBarBody>{result.summary.message}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.summary.status === "optimal" && result.solution.status === "optimal" && (
        <ResultCard
          sheetName={result.sheetName}
          summary={result.summary}
          solution={result.solution}
        />
      )}
    </section>
  );
}
