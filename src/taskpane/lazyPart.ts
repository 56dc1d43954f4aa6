/**
 * The parts of the pane fetched on first use (a tab, a model panel, the
 * workbook code behind the buttons) come with the texts they show: the later
 * messages of the pane's language (core/languagePacks loadEveryText), fetched
 * alongside, so that the first load carries neither. A part whose chunk cannot
 * be fetched (offline, the server gone) fails with PartLoadError, which
 * components/PartFrame shows as a message in the part's place, and
 * toUserMessage as a button's status.
 */
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from "react";
import { activeLocale } from "../core/i18n";
import { loadEveryText } from "../core/languagePacks";
import { PartLoadError } from "./state/userFacingError";

/** webpack's error for a chunk it could not fetch (its name since webpack 4); anything else is a bug. */
function isFetchFailure(error: unknown): boolean {
  return error instanceof Error && error.name === "ChunkLoadError";
}

/**
 * `load` (a dynamic import), resolving once the later texts of the pane's
 * language are here too; rejecting with PartLoadError when either could not
 * be fetched, and with the error itself on any other failure (an error in
 * the part's code is not the network's, and fetching again would not help).
 */
export function withLaterTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () =>
    Promise.all([load(), loadEveryText(activeLocale())]).then(
      ([loaded]) => loaded,
      (reason: unknown) =>
        Promise.reject(isFetchFailure(reason) ? new PartLoadError(reason) : reason)
    );
}

/**
 * React.lazy for a part of the pane fetched on first use, with its texts.
 * React keeps a lazy component's failed load for good, so the part renders
 * whichever lazy component is current, and the PartLoadError of a failed
 * fetch carries `retry`, which swaps in a fresh one (PartFrame's Try again):
 * a part that failed offline loads once the network is back, without a reload.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>
): ComponentType<P> {
  const loadWithTexts = withLaterTexts(load);
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      loadWithTexts().then(
        (component) => ({ default: component }),
        (error: unknown) =>
          Promise.reject(
            error instanceof PartLoadError
              ? new PartLoadError(error.reason, () => {
                  current = fresh();
                })
              : error
          )
      )
    );
  let current = fresh();
  return function LazyPart(props: P) {
    return createElement(current, props);
  };
}
