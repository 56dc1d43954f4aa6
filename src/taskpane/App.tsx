/**
 * The task pane: four tabs (Model, Optimise, Functions, Share) over one status
 * line. It holds what the tabs share — the language, the status line (what is
 * running), the tab shown — and hands each tab its workflow: the Model tab's
 * panels keep their own forms (components/modelEntries), the Optimise and
 * Share tabs' state lives in hooks/, and the workflows themselves are the pure
 * actions of actions.ts over the operations the pane is given.
 */
import { FluentProvider, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { Activity, useCallback, useEffect, useState } from "react";
import { setLocale, t, type Locale } from "../core/i18n";
import { insertFormula, type Status } from "./actions";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { lazyPart } from "./lazyPart";
import { ModelTab } from "./components/ModelTab";
import { PaneTabs, type PaneTab } from "./components/PaneTabs";
import { PartFrame } from "./components/PartFrame";
import { StatusLine } from "./components/StatusLine";
import { useOptimiseWorkflow } from "./hooks/useOptimiseWorkflow";
import { useShareWorkflow } from "./hooks/useShareWorkflow";
import type { PaneOperations } from "./operations";
import { rememberLanguage, type LanguageStore } from "./state/paneLanguage";
import type { ThemeKind } from "./state/theme";
import { fluentTheme } from "./themes";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "8px 12px 16px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    // A title whose longest word leaves no room (Kazakh: «оңтайландырғышы») puts the switch below it.
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: "8px",
    margin: "0 0 4px 0",
  },
  title: { margin: 0 },
  body: { marginTop: "8px" },
});

// The Model tab is what the pane opens on; the other tabs (the result card, the gallery,
// the share panel, their Fluent components and their texts) are fetched when first opened,
// so the first load carries less (bench/taskpane.bench.ts).
const OptimisePanel = lazyPart(() =>
  import("./components/OptimisePanel").then((m) => m.OptimisePanel)
);
// One chunk with the Share tab's steps (hooks/useShareWorkflow), so Find needs no fetch of its own.
const SharePanel = lazyPart(() =>
  import(/* webpackChunkName: "share" */ "./components/SharePanel").then((m) => m.SharePanel)
);
const FunctionGallery = lazyPart(() =>
  import("./components/FunctionGallery").then((m) => m.FunctionGallery)
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
  const [tab, setTab] = useState<PaneTab>("model");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const busy = status.kind === "busy";
  const progress = useCallback((text: string) => setStatus({ kind: "busy", text }), []);
  const optimiser = useOptimiseWorkflow(operations, language, progress, setStatus);
  const share = useShareWorkflow(operations, progress, setStatus);

  useEffect(() => {
    // The first-render figure of bench/taskpane.bench.ts: navigation start to this mark.
    performance.mark("mkt:pane-rendered");
  }, []);

  const switchLanguage = (next: Locale) => {
    if (next === language) return;
    setLocale(next);
    rememberLanguage(languageStore, next);
    document.documentElement.lang = next;
    setLanguage(next);
    // A status line in the previous language would read as a leftover; a running step keeps its spinner.
    if (!busy) setStatus({ kind: "idle" });
  };

  const insert = async (formula: string) =>
    setStatus(await insertFormula(operations, formula, progress));

  return (
    <FluentProvider theme={fluentTheme(theme)}>
      <main className={styles.root}>
        <div className={styles.header}>
          <Subtitle2 as="h1" className={styles.title}>
            {t("pane.title")}
          </Subtitle2>
          <LanguageSwitch language={language} onChange={switchLanguage} />
        </div>
        <PaneTabs tab={tab} onTab={setTab} />
        <StatusLine status={status} />
        <div className={styles.body} role="tabpanel" id="tab-panel" aria-labelledby={`tab-${tab}`}>
          {/* Hidden, not unmounted, on the other tabs: the forms keep what was typed. */}
          <Activity mode={tab === "model" ? "visible" : "hidden"}>
            <ModelTab
              operations={operations}
              language={language}
              busy={busy}
              progress={progress}
              report={setStatus}
            />
          </Activity>
          {/* Keyed by tab: a tab whose part could not be fetched does not hide the others. */}
          <PartFrame key={tab}>
            {tab === "optimise" && (
              <OptimisePanel
                busy={busy}
                result={optimiser.shownResult}
                undoSheet={optimiser.undoSheet}
                onOptimise={() => void optimiser.optimise()}
                onUndo={() => void optimiser.undoLast()}
              />
            )}
            {tab === "functions" && (
              <FunctionGallery
                catalogue={operations.catalogue}
                busy={busy}
                onInsert={(f) => void insert(f)}
              />
            )}
            {tab === "share" && (
              <SharePanel
                scope={share.scope}
                plan={share.plan}
                canUndo={share.canUndo}
                busy={busy}
                onScope={share.chooseScope}
                onFind={() => void share.find()}
                onReplace={() => void share.replace()}
                onCancel={share.cancel}
                onUndo={() => void share.undo()}
              />
            )}
          </PartFrame>
        </div>
      </main>
    </FluentProvider>
  );
}
