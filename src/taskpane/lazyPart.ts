/**
 * The parts of the pane fetched on first use (a tab, a model panel, the
 * workbook code behind the buttons) come with the texts they show: the later
 * messages of the pane's language (core/languagePacks loadEveryText), fetched
 * alongside, so that the first load carries neither. A part whose chunk cannot
 * be fetched (offline, the server gone) fails with PartLoadError, which
 * components/PartFrame shows as a message in the part's place, and
 * toUserMessage as a button's status.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { activeLocale } from "../core/i18n";
import { loadEveryText } from "../core/languagePacks";
import { PartLoadError } from "./state/userFacingError";

/**
 * `load` (a dynamic import), resolving once the later texts of the pane's
 * language are here too; rejecting with PartLoadError when either could not
 * be fetched.
 */
export function withLaterTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    Promise.all([load(), loadEveryText(activeLocale())]).then(
      ([loaded]) => loaded,
      (reason: unknown) => Promise.reject(new PartLoadError(reason))
    );
}

/** React.lazy for a part of the pane fetched on first use, with its texts. */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>
): LazyExoticComponent<ComponentType<P>> {
  const loadWithTexts = withLaterTexts(load);
  return lazy(() => loadWithTexts().then((component) => ({ default: component })));
}
