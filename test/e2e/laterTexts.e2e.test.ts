/**
 * End to end in headless Chromium (the built pane, the fake Office host of
 * paneHarness): the texts of what the pane shows after its first screen
 * (src/core/i18n/enLater.ts and its ru/kk twins) are not part of the first
 * load; they arrive with the first tab that needs them, in the pane's
 * language, and a language switched to afterwards brings its own, so no
 * screen ever shows a message key or falls back to English.
 */
import { translate, type Locale } from "../../src/core/i18n";
import { openPane as openPaneIn, usePaneEnvironment } from "../../testkit/paneHarness";

const env = usePaneEnvironment();

const tr = (locale: Locale, key: Parameters<typeof translate>[1]) =>
  (translate as (l: Locale, k: string) => string)(locale, key);

const openPane = (options: Omit<Parameters<typeof openPaneIn>[1], "origin"> = {}) =>
  openPaneIn(env.browser, { origin: env.origin, ...options });

/** The later-text chunks the page fetched, in order ("lang-ru-later", ...). */
const laterChunks = (requests: readonly string[]) =>
  requests.flatMap((url) => /\/(lang-\w+-later)\.js/.exec(url)?.[1] ?? []);

describe("the pane's later texts", () => {
  it.each<[string, Locale]>([
    ["ru-RU", "ru"],
    ["en-US", "en"],
  ])("in %s, come with the first tab that shows them", async (displayLanguage, locale) => {
    const { page, requests, consoleErrors } = await openPane({ displayLanguage });
    await page.getByRole("heading", { name: tr(locale, "pane.title") }).waitFor();
    expect(laterChunks(requests)).toEqual([]);
    await page.getByRole("tab", { name: tr(locale, "pane.tab.functions") }).click();
    await page.getByRole("region", { name: tr(locale, "pane.gallery.label") }).waitFor();
    expect(laterChunks(requests)).toEqual([`lang-${locale}-later`]);
    expect(await page.locator("body").innerText()).not.toMatch(/\bpane\.\w+\./);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("a language switched to after a later tab has opened brings its later texts too", async () => {
    const { page, requests, consoleErrors } = await openPane({ displayLanguage: "en-US" });
    await page.getByRole("tab", { name: tr("en", "pane.tab.optimise") }).click();
    await page.getByRole("button", { name: tr("en", "pane.optimise.button") }).waitFor();
    await page.getByLabel(tr("en", "pane.language")).selectOption("kk");
    await page.getByRole("button", { name: tr("kk", "pane.optimise.button") }).waitFor();
    expect(laterChunks(requests)).toEqual(["lang-en-later", "lang-kk-later"]);
    expect(await page.locator("body").innerText()).not.toMatch(/\bpane\.\w+\./);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });
});
