/**
 * Optimise the model on the active sheet: the button, the one-step Undo, and
 * the result (or why there is none: no feasible discounts, not a model sheet).
 */
import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { t } from "../../core/i18n";
import type { OptimiseResult } from "../actions";
import { OptimiseButtons } from "./OptimiseButtons";
import { ResultCard } from "./ResultCard";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
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
  return (
    <section className={styles.panel} aria-label={t("pane.optimise.label")}>
      <Text as="p" className={styles.intro}>
        {t("pane.optimise.intro")}
      </Text>
      <OptimiseButtons
        busy={busy}
        optimiseLabel={t("pane.optimise.button")}
        undoLabel={t("pane.optimise.undo")}
        canUndo={undoSheet !== null}
        onOptimise={onOptimise}
        onUndo={onUndo}
      />
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
