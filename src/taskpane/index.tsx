/**
 * Entry of the task pane bundle: waits for Office, chooses the theme and the
 * language, wires the real operations (Office.js adapters, the optimiser
 * worker, the function catalogue) and renders the App — or, outside Excel
 * (no office.js, or office.js reporting no host), the page that says how to
 * load the add-in. This is the only file that creates the Worker, imports the
 * Office adapters and touches the page.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import { App } from "./App";
import { deferredOperations } from "./deferredOperations";
import { withLaterTexts } from "./lazyPart";
import { pickTheme, type ThemeKind } from "./state/theme";
import { loadTheme } from "./themes";
import { OptimiserClient, type WorkerLike } from "./worker/optimiserClient";
import { activeLocale, setLocale, type Locale } from "../core/i18n";
import { loadLanguage } from "../core/languagePacks";
import { initialLanguage, type LanguageStore } from "./state/paneLanguage";
import type { OutsideReason } from "./components/OutsideExcel";
import { PartMissing } from "./components/PartFrame";

function officeBackground(): string | undefined {
  try {
    return Office.context?.officeTheme?.bodyBackgroundColor;
  } catch {
    return undefined; // officeTheme is unsupported in some hosts and throws there
  }
}

function currentTheme(): ThemeKind {
  return pickTheme(
    officeBackground(),
    window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false
  );
}

function ThemedApp({
  operations,
  language,
  initialTheme,
}: {
  operations: Parameters<typeof App>[0]["operations"];
  language: Locale;
  /** Loaded before the first render (themes.ts). */
  initialTheme: ThemeKind;
}) {
  const [theme, setTheme] = useState<ThemeKind>(initialTheme);
  useEffect(() => {
    const media = window.matchMedia?.("(prefers-color-scheme: dark)");
    // A theme whose chunk cannot be fetched (offline) leaves the pane as it is.
    const update = () => {
      const next = currentTheme();
      loadTheme(next).then(
        () => setTheme(next),
        () => undefined
      );
    };
    media?.addEventListener("change", update);
    // Office has no theme-change event for Excel; re-check when the pane regains focus.
    window.addEventListener("focus", update);
    return () => {
      media?.removeEventListener("change", update);
      window.removeEventListener("focus", update);
    };
  }, []);
  return (
    <App
      operations={operations}
      theme={theme}
      initialLanguage={language}
      languageStore={browserStorage()}
    />
  );
}

/** localStorage, or nothing where the webview blocks it (reading the property can throw). */
function browserStorage(): LanguageStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

function root() {
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  // The pane's background comes from the theme; the browser's default body margin would frame it in white.
  document.body.style.margin = "0";
  return createRoot(container);
}

/**
 * Loads the language's texts (only English is in the first scripts) and makes it the
 * active one, for the pane and the custom functions alike. Should its chunk fail to
 * load, the page speaks English rather than not opening.
 */
async function showLanguage(wanted: Locale): Promise<void> {
  const locale = await loadLanguage(wanted).then(
    () => wanted,
    () => "en" as const
  );
  setLocale(locale);
  document.documentElement.lang = locale;
}

async function renderOutsideExcel(reason: OutsideReason): Promise<void> {
  // No Office to ask: the browser's language, unless the user picked one in the pane before.
  await showLanguage(initialLanguage(browserStorage(), navigator.language));
  // A page few readers see: its code and texts are not part of the pane's first load.
  const page = await withLaterTexts(
    () => import(/* webpackChunkName: "outside-excel" */ "./components/OutsideExcel")
  )().then(
    ({ OutsideExcel }) => <OutsideExcel reason={reason} />,
    () => (
      <FluentProvider theme={webLightTheme}>
        <PartMissing onRetry={() => window.location.reload()} />
      </FluentProvider>
    )
  );
  root().render(page);
}

async function renderPane(): Promise<void> {
  // The language's texts and, in a dark Office, the dark theme: both before the first render.
  const wantedTheme = currentTheme();
  const [, theme] = await Promise.all([
    showLanguage(initialLanguage(browserStorage(), Office.context?.displayLanguage)),
    loadTheme(wantedTheme).then(
      () => wantedTheme,
      () => "light" as const
    ),
  ]);
  const optimiser = new OptimiserClient(
    () =>
      new Worker(new URL("./worker/optimiser.worker.ts", import.meta.url)) as unknown as WorkerLike,
    // The worker writes the optimiser's explanation in the pane's language of the moment.
    () => activeLocale()
  );
  // The Office adapters and sheet plans arrive with the first button pressed, not with the
  // pane, and with them the texts of their statuses; the function catalogue's help arrives
  // with the gallery (no catalogue given here).
  const operations = deferredOperations(() =>
    withLaterTexts(
      () => import(/* webpackChunkName: "workbook" */ "./office/officeOperations")
    )().then((office) =>
      office.createOfficeOperations({
        solve: (model) => optimiser.solve(model),
        solveBudget: (model) => optimiser.solveBudget(model),
      })
    )
  );
  root().render(
    <ThemedApp operations={operations} language={activeLocale()} initialTheme={theme} />
  );
}

// office.js is a separate script from Microsoft's CDN: offline or blocked, `Office` does not exist.
if (typeof Office === "undefined") void renderOutsideExcel("noOffice");
else void Office.onReady((info) => (info.host ? renderPane() : renderOutsideExcel("noHost")));
