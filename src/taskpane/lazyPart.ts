/**
 * The parts of the pane fetched on first use (a tab, a model panel, the
 * workbook code behind the buttons) come with the texts they show: the later
 * messages of the pane's language (core/languagePacks loadEveryText), fetched
 * alongside, so that the first load carries neither.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { activeLocale } from "../core/i18n";
import { loadEveryText } from "../core/languagePacks";

/** `load`, resolving once the later texts of the pane's language are here too. */
export function withLaterTexts<T>(load: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([load(), loadEveryText(activeLocale())]).then(([loaded]) => loaded);
}

/** React.lazy for a part of the pane fetched on first use, with its texts. */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>
): LazyExoticComponent<ComponentType<P>> {
  return lazy(withLaterTexts(() => load().then((component) => ({ default: component }))));
}
