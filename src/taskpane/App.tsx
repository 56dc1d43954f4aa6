/**
 * The task pane: three tabs (Model, Optimise, Functions) over one status line.
 * It owns the pane's state — the form (a pure reducer), what is running, the
 * last result and the one-step Undo — and calls the operations it is given;
 * it never talks to Excel itself.
 */
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Title3,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useReducer, useState } from "react";
import { validateDiscountModel, type SheetCell } from "../core/discount";
import { t } from "../core/i18n";
import { FunctionGallery } from "./components/FunctionGallery";
import { ModelForm } from "./components/ModelForm";
import { OptimisePanel, type OptimiseResult } from "./components/OptimisePanel";
import { toUserMessage } from "./state/userFacingError";
import type { PaneOperations } from "./operations";
import { describeSolution } from "./state/describeSolution";
import { validateForm } from "./state/formValidation";
import { ARTICLE_EXAMPLE, emptyForm, formReducer } from "./state/modelForm";
import type { ThemeKind } from "./state/theme";
import { tiersFromTable } from "./state/tiersFromTable";
import { undoAfterFailure } from "./state/undoAfterFailure";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "8px 12px 16px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: { margin: "0 0 4px 0" },
  status: { margin: "8px 0", minHeight: "24px" },
  body: { marginTop: "8px" },
});

type Tabs = "model" | "optimise" | "functions";
type Status =
  | { kind: "idle" }
  | { kind: "busy"; text: string }
  | { kind: "error" | "success" | "info"; text: string };

export interface AppProps {
  operations: PaneOperations;
  theme: ThemeKind;
}

export function App({ operations, theme }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<Tabs>("model");
  const [form, dispatch] = useReducer(formReducer, undefined, emptyForm);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [result, setResult] = useState<OptimiseResult | null>(null);
  const [undo, setUndo] = useState<{
    sheetName: string;
    previous: SheetCell[];
    written: number[];
  } | null>(null);
  const validation = useMemo(() => validateForm(form, validateDiscountModel), [form]);
  const busy = status.kind === "busy";

  useEffect(() => {
    // The first-render figure of bench/taskpane.bench.ts: navigation start to this mark.
    performance.mark("mkt:pane-rendered");
  }, []);

  /** Runs one user action: progress while it runs, its outcome or a readable error after. */
  const run = useCallback(async (progress: string, action: () => Promise<Status>) => {
    setStatus({ kind: "busy", text: progress });
    try {
      setStatus(await action());
    } catch (error) {
      setStatus({ kind: "error", text: toUserMessage(error) });
    }
  }, []);

  const loadExample = () => {
    dispatch({ type: "loadModel", model: ARTICLE_EXAMPLE });
    setStatus({
      kind: "success",
      text: t("pane.status.exampleLoaded"),
    });
  };

  const importSelection = () =>
    run(t("pane.status.readingSelection"), async () => {
      const { address, values } = await operations.readSelection();
      const imported = tiersFromTable(values);
      if (!imported.ok) return { kind: "error", text: imported.message };
      dispatch({ type: "replaceTiers", tiers: imported.tiers });
      const ignored =
        imported.ignoredColumns.length > 0
          ? " " + t("pane.status.ignoredColumns", { columns: imported.ignoredColumns.join(", ") })
          : "";
      return {
        kind: "success",
        text: t("pane.status.imported", { count: imported.tiers.length, address }) + ignored,
      };
    });

  const build = () => {
    const model = validation.model;
    if (!model) return;
    void run(t("pane.status.building"), async () => {
      const { sheetName } = await operations.buildSheet(model);
      return {
        kind: "success",
        text: t("pane.status.built", { sheet: sheetName }),
      };
    });
  };

  const optimise = () =>
    run(t("pane.status.readingModel"), async () => {
      const active = await operations.readActiveModel();
      if (active.kind === "notModel") {
        return {
          kind: "error",
          text: t("pane.status.notModel", { sheet: active.sheetName }),
        };
      }
      if (active.kind === "invalid") {
        return {
          kind: "error",
          text: t("pane.status.invalidModel", {
            sheet: active.sheetName,
            problems: active.errors.map((e) => e.message).join("; "),
          }),
        };
      }
      setStatus({ kind: "busy", text: t("pane.status.solving") });
      const solution = await operations.solve(active.model);
      const summary = describeSolution(solution, active.model.currency);
      if (solution.status === "infeasible") {
        setResult({ sheetName: active.sheetName, solution, summary });
        return {
          kind: "info",
          text: t("pane.status.infeasible"),
        };
      }
      setStatus({ kind: "busy", text: t("pane.status.writing") });
      const { previous } = await operations.writeDiscounts(active.sheetName, solution.discounts);
      setUndo({ sheetName: active.sheetName, previous, written: solution.discounts });
      setResult({ sheetName: active.sheetName, solution, summary });
      return { kind: "success", text: t("pane.status.wrote", { sheet: active.sheetName }) };
    });

  const undoLast = () => {
    if (!undo) return;
    void run(t("pane.status.restoring"), async () => {
      try {
        await operations.writeDiscounts(undo.sheetName, undo.previous, undo.written);
      } catch (error) {
        if (undoAfterFailure(error) === "clear") setUndo(null);
        throw error;
      }
      setUndo(null);
      setResult(null);
      return { kind: "success", text: t("pane.status.restored", { sheet: undo.sheetName }) };
    });
  };

  const insert = (formula: string) =>
    run(t("pane.status.inserting"), async () => {
      const { address } = await operations.insertFormula(formula);
      return { kind: "success", text: t("pane.status.inserted", { formula, address }) };
    });

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        <Title3 as="h1" className={styles.header}>
          {t("pane.title")}
        </Title3>
        <TabList
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as Tabs)}
          size="small"
          aria-label={t("pane.tabs")}
        >
          <Tab value="model" id="tab-model" aria-controls="tab-panel">
            {t("pane.tab.model")}
          </Tab>
          <Tab value="optimise" id="tab-optimise" aria-controls="tab-panel">
            {t("pane.tab.optimise")}
          </Tab>
          <Tab value="functions" id="tab-functions" aria-controls="tab-panel">
            {t("pane.tab.functions")}
          </Tab>
        </TabList>
        <div className={styles.status} aria-live="polite" data-testid="status">
          {status.kind === "busy" && <Spinner size="tiny" label={status.text} />}
          {(status.kind === "error" || status.kind === "success" || status.kind === "info") && (
            <MessageBar intent={status.kind}>
              <MessageBarBody>{status.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        <div className={styles.body} role="tabpanel" id="tab-panel" aria-labelledby={`tab-${tab}`}>
          {tab === "model" && (
            <ModelForm
              form={form}
              validation={validation}
              dispatch={dispatch}
              busy={busy}
              onLoadExample={loadExample}
              onImportSelection={() => void importSelection()}
              onBuild={build}
            />
          )}
          {tab === "optimise" && (
            <OptimisePanel
              busy={busy}
              result={result}
              undoSheet={undo?.sheetName ?? null}
              onOptimise={() => void optimise()}
              onUndo={undoLast}
            />
          )}
          {tab === "functions" && (
            <FunctionGallery
              catalogue={operations.catalogue}
              busy={busy}
              onInsert={(f) => void insert(f)}
            />
          )}
        </div>
      </main>
    </FluentProvider>
  );
}
