/**
 * The "Budget" entry of the Models picker: the budget form with its example
 * and Build, then Optimise for the active budget sheet, its one-step Undo and
 * the result card. It holds the form (a pure reducer), the last result and the
 * Undo step; the workflows are budgetActions' over the BudgetOperations it is
 * given, and the pane's status line is the host's (onStatus). Loaded lazily:
 * the budget engine, its sheet plan and these components are not first-load
 * JavaScript.
 */
import {
  Button,
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { t, type Locale } from "../../core/i18n";
import type { Status, UndoStep } from "../actions";
import {
  buildBudget,
  optimiseBudgetSheet,
  undoBudgetWrite,
  type BudgetResult,
} from "../budgetActions";
import type { BudgetOperations } from "../operations";
import {
  BUDGET_EXAMPLE,
  budgetFormReducer,
  emptyBudgetForm,
  validateBudgetForm,
} from "../state/budgetForm";
import { describeBudgetSolution } from "../state/describeBudgetSolution";
import { BudgetForm } from "./BudgetForm";
import { BudgetResultCard } from "./BudgetResultCard";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { margin: "4px 0 0 0" },
  intro: { color: tokens.colorNeutralForeground2, margin: 0, fontSize: tokens.fontSizeBase200 },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

export interface BudgetPanelProps {
  operations: BudgetOperations;
  /** The pane's language: the form's numbers are rewritten when it changes. */
  language: Locale;
  /** Another action of the pane is running. */
  busy: boolean;
  /** Shows a status (progress, success, error) in the pane's status line. */
  onStatus(status: Status): void;
}

export function BudgetPanel({ operations, language, busy, onStatus }: BudgetPanelProps) {
  const styles = useStyles();
  const [form, dispatch] = useReducer(budgetFormReducer, undefined, emptyBudgetForm);
  const [result, setResult] = useState<BudgetResult | null>(null);
  const [undo, setUndo] = useState<UndoStep | null>(null);
  const shownLanguage = useRef(language);
  useEffect(() => {
    if (shownLanguage.current === language) return;
    dispatch({ type: "relocalise", from: shownLanguage.current, to: language });
    shownLanguage.current = language;
  }, [language]);
  // `language` is a dependency: messages and the way numbers are read depend on it.
  const validation = useMemo(() => validateBudgetForm(form), [form, language]);
  const summary = useMemo(
    () => result && describeBudgetSolution(result.solution, result.model),
    [result, language]
  );
  const progress = (text: string) => onStatus({ kind: "busy", text });

  const loadExample = () => {
    dispatch({ type: "loadModel", model: BUDGET_EXAMPLE });
    onStatus({
      kind: "success",
      text: t("pane.budget.exampleLoaded", { name: BUDGET_EXAMPLE.name }),
    });
  };
  const build = async () => {
    if (validation.model) onStatus(await buildBudget(operations, validation.model, progress));
  };
  const optimise = async () => {
    const outcome = await optimiseBudgetSheet(operations, progress);
    if (outcome.result) setResult(outcome.result);
    if (outcome.undo) setUndo(outcome.undo);
    onStatus(outcome.status);
  };
  const undoLast = async () => {
    if (!undo) return;
    const outcome = await undoBudgetWrite(operations, undo, progress);
    setUndo(outcome.undo);
    if (outcome.restored) setResult(null);
    onStatus(outcome.status);
  };

  return (
    <div className={styles.panel}>
      <BudgetForm
        form={form}
        validation={validation}
        dispatch={dispatch}
        busy={busy}
        onLoadExample={loadExample}
        onBuild={() => void build()}
      />
      <Divider />
      <section className={styles.panel} aria-labelledby="budget-optimise-heading">
        <Subtitle2 as="h2" id="budget-optimise-heading" className={styles.heading}>
          {t("pane.budget.optimise.heading")}
        </Subtitle2>
        <Text as="p" className={styles.intro}>
          {t("pane.budget.optimise.intro")}
        </Text>
        <div className={styles.actions}>
          <Button appearance="primary" disabledFocusable={busy} onClick={() => void optimise()}>
            {t("pane.budget.optimise.button")}
          </Button>
          {undo !== null && (
            <Button disabledFocusable={busy} onClick={() => void undoLast()}>
              {t("pane.budget.optimise.undo")}
            </Button>
          )}
        </div>
        {summary?.status === "infeasible" && (
          <MessageBar intent="warning">
            <MessageBarBody>{summary.message}</MessageBarBody>
          </MessageBar>
        )}
        {result && summary?.status === "optimal" && result.solution.status === "optimal" && (
          <BudgetResultCard
            sheetName={result.sheetName}
            summary={summary}
            solution={result.solution}
          />
        )}
      </section>
    </div>
  );
}

export default BudgetPanel;
