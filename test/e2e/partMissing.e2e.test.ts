/**
 * End to end in headless Chromium: a part of the pane fetched on first use
 * whose chunk cannot be fetched (the network gone after the pane loaded)
 * shows the message that says what to do in its place (components/PartFrame),
 * and the rest of the pane keeps working; the page shown outside Excel falls
 * back to the same message when its own chunk cannot be fetched.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import { translate, type Locale } from "../../src/core/i18n";
import { openPane as openPaneIn, usePaneEnvironment } from "../../testkit/paneHarness";

const env = usePaneEnvironment();
const ARTEFACTS = join(__dirname, "..", "..", "test-artifacts");
beforeAll(() => mkdirSync(ARTEFACTS, { recursive: true }));

const tr = (locale: Locale, key: Parameters<typeof translate>[1]) =>
  (translate as (l: Locale, k: string) => string)(locale, key);

const openPane = (options: Omit<Parameters<typeof openPaneIn>[1], "origin"> = {}) =>
  openPaneIn(env.browser, { origin: env.origin, ...options });

/** What a refused request logs, and React reporting the error the frame caught; anything else is the pane failing. */
const unexpected = (errors: readonly string[]) =>
  errors.filter(
    (e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|^PartLoadError: /.test(e)
  );

describe("a part of the pane that cannot be fetched", () => {
  it.each<[string, Locale]>([
    ["en-US", "en"],
    ["kk-KZ", "kk"],
  ])(
    "in %s, a tab says so in its place, the Model tab keeps working, and Try again fetches it once the network is back",
    async (display, locale) => {
      const { page, consoleErrors, reconnect } = await openPane({
        displayLanguage: display,
        unreachable: /-later\.js$/,
      });
      await page.getByRole("heading", { name: tr(locale, "pane.title") }).waitFor();
      await page.getByRole("tab", { name: tr(locale, "pane.tab.functions") }).click();
      await page.getByText(tr(locale, "pane.partMissing")).waitFor();
      await page.screenshot({ path: join(ARTEFACTS, `taskpane-part-missing-${display}.png`) });
      await page.getByRole("tab", { name: tr(locale, "pane.tab.model") }).click();
      await page.getByRole("button", { name: tr(locale, "pane.form.build") }).waitFor();
      expect(await page.getByText(tr(locale, "pane.partMissing")).count()).toBe(0);

      await page.getByRole("tab", { name: tr(locale, "pane.tab.functions") }).click();
      // Still offline: Try again fetches again, fails again, and shows the same message, not a blank tab.
      const refetched = page.waitForEvent("requestfailed", (r) => /-later\.js$/.test(r.url()));
      await page.getByRole("button", { name: tr(locale, "pane.partRetry") }).click();
      await refetched;
      await page.getByRole("button", { name: tr(locale, "pane.partRetry") }).waitFor();
      await reconnect();
      await page.getByRole("button", { name: tr(locale, "pane.partRetry") }).click();
      await page.getByRole("region", { name: tr(locale, "pane.gallery.label") }).waitFor();
      expect(await page.getByText(tr(locale, "pane.partMissing")).count()).toBe(0);
      expect(await page.locator("body").innerText()).not.toMatch(/\bpane\.\w+\./);
      expect(unexpected(consoleErrors)).toEqual([]);
      await page.context().close();
    }
  );

  it("a button whose workbook code cannot be fetched says what to do on the status line", async () => {
    const { page, host, consoleErrors } = await openPane({ unreachable: /\/workbook\.js$/ });
    await page.getByRole("button", { name: tr("en", "pane.form.loadExample") }).click();
    await page.getByRole("button", { name: tr("en", "pane.form.build") }).click();
    await page.getByTestId("status").getByText(tr("en", "pane.partMissing")).waitFor();
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    expect(unexpected(consoleErrors)).toEqual([]);
    await page.context().close();
  });

  it("outside Excel, with the page's own chunk unreachable too, still says what to do", async () => {
    const { page, consoleErrors, reconnect } = await openPane({
      officeJs: false,
      unreachable: /outside-excel\.js$/,
    });
    await page.getByText(tr("en", "pane.partMissing")).waitFor();
    // Try again reloads the page here: the network back, it shows the outside-Excel page.
    await reconnect();
    await page.getByRole("button", { name: tr("en", "pane.partRetry") }).click();
    await page.getByRole("heading", { name: tr("en", "pane.host.title") }).waitFor();
    expect(unexpected(consoleErrors)).toEqual([]);
    await page.context().close();
  });
});
