/**
 * The Fluent theme objects behind the pane's two themes (state/theme). Light,
 * what most panes show, is built in; dark, a palette of its own, comes in a
 * chunk of its own (theme-dark), fetched before the pane first shows dark, so
 * a light pane's first load does not carry it (bench/taskpane.bench.ts).
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { ThemeKind } from "./state/theme";

const loaded: { [K in ThemeKind]?: Theme } = { light: webLightTheme };

/** Makes `kind` ready for fluentTheme; rejects when its chunk cannot be fetched. */
export async function loadTheme(kind: ThemeKind): Promise<void> {
  if (!loaded[kind])
    loaded[kind] = (await import(/* webpackChunkName: "theme-dark" */ "./darkTheme")).darkTheme;
}

/** The theme object of `kind` once loaded; light until then. */
export function fluentTheme(kind: ThemeKind): Theme {
  return loaded[kind] ?? webLightTheme;
}
