/**
 * The "Budget" entry of the Models picker: the budget form with its example
 * and Build, then Optimise for the active budget sheet, its one-step Undo and
 * the result card. It holds the form (a pure reducer), the last result and the
 * Undo step; the workflows are budgetActions' over the pane's BudgetOperations,
 * and the status line is the pane's (progress, report). Loaded lazily:
 * the budget engine, its sheet plan and these components are not first-load
 * JavaScript.
 */
import {
  Divider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useReducer } from "react";
import { t } from "../../core/i18n";
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
import { OptimiseButtons } from "./OptimiseButtons";
import { useLanguageChange } from "../hooks/useLanguageChange";
import { useSheetOptimiser } from "../hooks/useSheetOptimiser";
import type { ModelPanelProps } from "./modelEntries";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "8px" },
  heading: { margin: "4px 0 0 0" },
  intro: { color: tokens.colorNeutralForeground2, margin: 0, fontSize: tokens.fontSizeBase200 },
});

/** The Budget entry of the Models picker (modelEntries.ts); the pane wires the budget operations. */
export function BudgetPanel(props: ModelPanelProps) {
  const { operations } = props;
  if (!operations.budget)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t("pane.budget.unavailable")}</MessageBarBody>
      </MessageBar>
    );
  return <BudgetWorkflow {...props} budget={operations.budget} />;
}

function BudgetWorkflow({
  budget: operations,
  language,
  busy,
  progress,
  report: onStatus,
}: ModelPanelProps & { budget: BudgetOperations }) {
  const styles = useStyles();
  const [form, dispatch] = useReducer(budgetFormReducer, undefined, emptyBudgetForm);
  const { result, undo, optimise, undoLast } = useSheetOptimiser<BudgetResult>(
    {
      optimise: () => optimiseBudgetSheet(operations, progress),
      undo: (step) => undoBudgetWrite(operations, step, progress),
    },
    onStatus
  );
  // Numbers typed so far are rewritten before anything is drawn in the new language.
  useLanguageChange(language, (from, to) => dispatch({ type: "relocalise", from, to }));
  // `language` is a dependency: messages and the way numbers are read depend on it.
  const validation = useMemo(() => validateBudgetForm(form), [form, language]);
  const summary = useMemo(
    () => result && describeBudgetSolution(result.solution, result.model),
    [result, language]
  );

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
        <OptimiseButtons
          busy={busy}
          optimiseLabel={t("pane.budget.optimise.button")}
          undoLabel={t("pane.budget.optimise.undo")}
          canUndo={undo !== null}
          onOptimise={() => void optimise()}
          onUndo={() => void undoLast()}
        />
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
