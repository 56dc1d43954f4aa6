/**
 * Entry of the task pane bundle: waits for Office, chooses the theme, wires
 * the real operations (Office.js adapters, the optimiser worker, the function
 * catalogue) and renders the App. This is the only file that creates the
 * Worker and touches the page.
 */
import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import { App } from "./App";
import { CATALOGUE } from "../core/catalogue";
import { galleryEntries } from "./state/galleryEntries";
import { createOfficeOperations } from "./office/officeOperations";
import { pickTheme, type ThemeKind } from "./state/theme";
import { OptimiserClient, type WorkerLike } from "./worker/optimiserClient";

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

function ThemedApp({ operations }: { operations: Parameters<typeof App>[0]["operations"] }) {
  const [theme, setTheme] = useState<ThemeKind>(currentTheme);
  useEffect(() => {
    const media = window.matchMedia?.("(prefers-color-scheme: dark)");
    const update = () => setTheme(currentTheme());
    media?.addEventListener("change", update);
    // Office has no theme-change event for Excel; re-check when the pane regains focus.
    window.addEventListener("focus", update);
    return () => {
      media?.removeEventListener("change", update);
      window.removeEventListener("focus", update);
    };
  }, []);
  return <App operations={operations} theme={theme} />;
}

void Office.onReady(() => {
  const optimiser = new OptimiserClient(
    () =>
      new Worker(new URL("./worker/optimiser.worker.ts", import.meta.url)) as unknown as WorkerLike
  );
  const operations = createOfficeOperations({
    solve: (model) => optimiser.solve(model),
    catalogue: galleryEntries(CATALOGUE),
  });
  const container = document.getElementById("root");
  if (!container) throw new Error("taskpane.html has no #root element");
  // The pane's background comes from the theme; the browser's default body margin would frame it in white.
  document.body.style.margin = "0";
  createRoot(container).render(<ThemedApp operations={operations} />);
});
