/** The pane's theme objects: light built in, dark once loaded (src/taskpane/themes.ts). */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";

const freshThemes = async (
  check: (themes: typeof import("../../src/taskpane/themes")) => Promise<void>
) => jest.isolateModulesAsync(async () => check(await import("../../src/taskpane/themes")));

describe("pane themes", () => {
  it("has light at once", () =>
    freshThemes(async ({ fluentTheme, loadTheme }) => {
      expect(fluentTheme("light")).toEqual(webLightTheme);
      await loadTheme("light");
      expect(fluentTheme("light")).toEqual(webLightTheme);
    }));

  it("shows light until dark is loaded, then Fluent's dark theme", () =>
    freshThemes(async ({ fluentTheme, loadTheme }) => {
      expect(fluentTheme("dark")).toEqual(webLightTheme);
      await loadTheme("dark");
      expect(fluentTheme("dark")).toEqual(webDarkTheme);
    }));
});
