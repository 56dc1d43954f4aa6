/**
 * The task pane: three tabs (Model, Optimise, Functions) over one status line.
 * It renders and holds the pane's state — the form (a pure reducer), what is
 * running, the last result and the one-step Undo; the workflows themselves are
 * the pure actions of actions.ts over the operations it is given.
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
import { validateDiscountModel } from "../core/discount";
import { t } from "../core/i18n";
import { FunctionGallery } from "./components/FunctionGallery";
import { ModelForm } from "./components/ModelForm";
import { OptimisePanel } from "./components/OptimisePanel";
import {
  buildSheet,
  importTiers,
  insertFormula,
  optimiseActiveSheet,
  undoLastWrite,
  type OptimiseResult,
  type Status,
  type UndoStep,
} from "./actions";
import type { PaneOperations } from "./operations";
import { validateForm } from "./state/formValidation";
import { ARTICLE_EXAMPLE, emptyForm, formReducer } from "./state/modelForm";
import type { ThemeKind } from "./state/theme";

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
  const [undo, setUndo] = useState<UndoStep | null>(null);
  const validation = useMemo(() => validateForm(form, validateDiscountModel), [form]);
  const busy = status.kind === "busy";
  const progress = useCallback((text: string) => setStatus({ kind: "busy", text }), []);

  useEffect(() => {
    // The first-render figure of bench/taskpane.bench.ts: navigation start to this mark.
    performance.mark("mkt:pane-rendered");
  }, []);

  const loadExample = () => {
    dispatch({ type: "loadModel", model: ARTICLE_EXAMPLE });
    setStatus({ kind: "success", text: t("pane.status.exampleLoaded") });
  };

  const importSelection = async () => {
    const { status: outcome, tiers } = await importTiers(operations, progress);
    if (tiers) dispatch({ type: "replaceTiers", tiers });
    setStatus(outcome);
  };

  const build = async () => {
    if (validation.model) setStatus(await buildSheet(operations, validation.model, progress));
  };

  const optimise = async () => {
    const outcome = await optimiseActiveSheet(operations, progress);
    if (outcome.result) setResult(outcome.result);
    if (outcome.undo) setUndo(outcome.undo);
    setStatus(outcome.status);
  };

  const undoLast = async () => {
    if (!undo) return;
    const outcome = await undoLastWrite(operations, undo, progress);
    setUndo(outcome.undo);
    if (outcome.restored) setResult(null);
    setStatus(outcome.status);
  };

  const insert = async (formula: string) =>
    setStatus(await insertFormula(operations, formula, progress));

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
              onBuild={() => void build()}
            />
          )}
          {tab === "optimise" && (
            <OptimisePanel
              busy={busy}
              result={result}
              undoSheet={undo?.sheetName ?? null}
              onOptimise={() => void optimise()}
              onUndo={() => void undoLast()}
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
