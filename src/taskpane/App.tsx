/**
 * The task pane: four tabs (Model, Optimise, Functions, Share) over one status line.
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
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer, useState } from "react";
import { validateDiscountModel } from "../core/discount";
import { setLocale, t, type Locale } from "../core/i18n";
import { ModelForm } from "./components/ModelForm";
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
import { applyShareable, previewShareable, undoShareableAction } from "./state/shareActions";
import type { CellChange, ShareablePlan, ShareScope } from "./state/shareablePlan";
import { toUserMessage } from "./state/userFacingError";
import { galleryInLanguage } from "./state/galleryEntries";
import { describeSolution } from "./state/describeSolution";
import { validateForm } from "./state/formValidation";
import { rememberLanguage, type LanguageStore } from "./state/paneLanguage";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { ARTICLE_EXAMPLE, emptyForm, formReducer } from "./state/modelForm";
import type { ThemeKind } from "./state/theme";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "8px 12px 16px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: "8px",
    margin: "0 0 4px 0",
  },
  title: { margin: 0 },
  status: { margin: "8px 0", minHeight: "24px" },
  body: { marginTop: "8px" },
});

type Tabs = "model" | "optimise" | "functions" | "share";

// The Model tab is what the pane opens on; the other two tabs (the result card, the
// gallery and their Fluent components) are fetched when first opened, so the first
// load carries less (bench/taskpane.bench.ts).
const OptimisePanel = lazy(() =>
  import("./components/OptimisePanel").then((m) => ({ default: m.OptimisePanel }))
);
const SharePanel = lazy(() =>
  import("./components/SharePanel").then((m) => ({ default: m.SharePanel }))
);
const FunctionGallery = lazy(() =>
  import("./components/FunctionGallery").then((m) => ({ default: m.FunctionGallery }))
);

export interface AppProps {
  operations: PaneOperations;
  theme: ThemeKind;
  /** From Office's display language or the user's remembered pick (state/paneLanguage). */
  initialLanguage: Locale;
  /** Where the pane's language switch is remembered; none in tests. */
  languageStore?: LanguageStore;
}

export function App({ operations, theme, initialLanguage, languageStore }: AppProps) {
  const styles = useStyles();
  const [language, setLanguage] = useState<Locale>(initialLanguage);
  // Every t() below, and in the components rendered from here, reads the active language.
  setLocale(language);
  const [tab, setTab] = useState<Tabs>("model");
  const [form, dispatch] = useReducer(formReducer, undefined, emptyForm);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [result, setResult] = useState<OptimiseResult | null>(null);
  const [undo, setUndo] = useState<UndoStep | null>(null);
  const [shareScope, setShareScope] = useState<ShareScope>("sheet");
  const [sharePlan, setSharePlan] = useState<ShareablePlan | null>(null);
  const [shareUndo, setShareUndo] = useState<readonly CellChange[] | null>(null);
  // `language` is a dependency: the messages and the way numbers are read depend on it.
  const validation = useMemo(() => validateForm(form, validateDiscountModel), [form, language]);
  // The gallery reads in the pane's language; what it inserts does not change.
  const gallery = useMemo(
    () => galleryInLanguage(operations.catalogue, language),
    [operations.catalogue, language]
  );
  // The card's words and figures follow the language too (the solution itself does not change).
  const shownResult = useMemo(
    () => result && { ...result, summary: describeSolution(result.solution, result.currency) },
    [result, language]
  );
  const busy = status.kind === "busy";
  const progress = useCallback((text: string) => setStatus({ kind: "busy", text }), []);

  useEffect(() => {
    // The first-render figure of bench/taskpane.bench.ts: navigation start to this mark.
    performance.mark("mkt:pane-rendered");
  }, []);

  const switchLanguage = (next: Locale) => {
    if (next === language) return;
    dispatch({ type: "relocalise", from: language, to: next });
    setLocale(next);
    rememberLanguage(languageStore, next);
    document.documentElement.lang = next;
    setLanguage(next);
    // A status line in the previous language would read as a leftover; a running step keeps its spinner.
    if (!busy) setStatus({ kind: "idle" });
  };

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

  /** One Make-shareable step: its progress text, then its outcome or a readable error. */
  const shareStep = async (text: string, step: () => Promise<Status>) => {
    progress(text);
    try {
      setStatus(await step());
    } catch (error) {
      setStatus({ kind: "error", text: toUserMessage(error) });
    }
  };

  const findShareable = () =>
    shareStep(t("pane.status.finding"), async () => {
      const { plan, status: outcome } = await previewShareable(operations, shareScope);
      setSharePlan(plan);
      return outcome;
    });

  const replaceShareable = () =>
    sharePlan &&
    shareStep(t("pane.status.writingNative"), async () => {
      const { undo: changes, status: outcome } = await applyShareable(operations, sharePlan);
      setSharePlan(null);
      setShareUndo(changes);
      return outcome;
    });

  const undoShareable = () =>
    shareUndo &&
    shareStep(t("pane.status.restoringFormulas"), async () => {
      const outcome = await undoShareableAction(operations, shareUndo);
      setShareUndo(null);
      return outcome;
    });

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <main className={styles.root}>
        <div className={styles.header}>
          <Title3 as="h1" className={styles.title}>
            {t("pane.title")}
          </Title3>
          <LanguageSwitch language={language} onChange={switchLanguage} />
        </div>
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
          <Tab value="share" id="tab-share" aria-controls="tab-panel">
            {t("pane.tab.share")}
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
          <Suspense fallback={<Spinner size="tiny" />}>
            {tab === "optimise" && (
              <OptimisePanel
                busy={busy}
                result={shownResult}
                undoSheet={undo?.sheetName ?? null}
                onOptimise={() => void optimise()}
                onUndo={() => void undoLast()}
              />
            )}
            {tab === "functions" && (
              <FunctionGallery catalogue={gallery} busy={busy} onInsert={(f) => void insert(f)} />
            )}
            {tab === "share" && (
              <SharePanel
                scope={shareScope}
                plan={sharePlan}
                canUndo={shareUndo !== null}
                busy={busy}
                onScope={(scope) => {
                  setShareScope(scope);
                  setSharePlan(null);
                }}
                onFind={() => void findShareable()}
                onReplace={() => void replaceShareable()}
                onCancel={() => setSharePlan(null)}
                onUndo={() => void undoShareable()}
              />
            )}
          </Suspense>
        </div>
      </main>
    </FluentProvider>
  );
}
