/**
 * End to end in headless Chromium (the built pane, the fake Office host of
 * paneHarness): the pane speaks the language of Office's display language,
 * its switch changes the language at once and is remembered for the next
 * load, numbers are read the way that language writes them; and outside
 * Excel (no host, or no office.js at all) the page says how to load the
 * add-in instead of failing. Screenshots of each go to test-artifacts/.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { translate, type Locale } from "../../src/core/i18n";
import { RU } from "../../src/core/catalogue/translations/ru";
import { LANGUAGE_STORAGE_KEY } from "../../src/taskpane/state/paneLanguage";
import { openPane as openPaneIn, usePaneEnvironment } from "../../testkit/paneHarness";

const ARTEFACTS = join(__dirname, "..", "..", "test-artifacts");

const env = usePaneEnvironment();
beforeAll(() => mkdirSync(ARTEFACTS, { recursive: true }));

const tr = (locale: Locale, key: Parameters<typeof translate>[1]) =>
  (translate as (l: Locale, k: string) => string)(locale, key);

/** A fresh pane on the served build. */
const openPane = (options: Omit<Parameters<typeof openPaneIn>[1], "origin"> = {}) =>
  openPaneIn(env.browser, { origin: env.origin, ...options });

async function languageShown(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

describe("the pane in three languages", () => {
  it.each<[string, Locale]>([
    ["ru-RU", "ru"],
    ["kk-KZ", "kk"],
    ["en-US", "en"],
    ["de-DE", "en"],
  ])("follows Office's display language %s", async (displayLanguage, locale) => {
    const { page, consoleErrors } = await openPane({ displayLanguage });
    await page.getByRole("heading", { name: tr(locale, "pane.title") }).waitFor();
    expect(await languageShown(page)).toBe(locale);
    expect(await page.getByLabel(tr(locale, "pane.language")).inputValue()).toBe(locale);
    await page.getByRole("button", { name: tr(locale, "pane.form.loadExample") }).click();
    // The article's figures written the way the language writes them: 0.3 is "0,3" in ru and kk.
    expect(await page.getByLabel(tr(locale, "pane.field.maxDiscount")).inputValue()).toBe(
      locale === "en" ? "0.3" : "0,3"
    );
    await page.screenshot({ path: join(ARTEFACTS, `taskpane-model-${displayLanguage}.png`) });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it.each<[string, Locale]>([
    ["ru-RU", "ru"],
    ["kk-KZ", "kk"],
    ["en-US", "en"],
  ])(
    "in %s, every tab fits the pane's 320 px: the tab names on one row, nothing reaches past its right edge, no option is cut",
    async (displayLanguage, locale) => {
      const { page } = await openPane({ displayLanguage });
      await page.getByRole("heading", { name: tr(locale, "pane.title") }).waitFor();
      // Russian and Kazakh names used to wrap onto a second row.
      const tabTops = await page.evaluate(() =>
        [...document.querySelectorAll('[role="tab"]')].map((tab) =>
          Math.round(tab.getBoundingClientRect().top)
        )
      );
      expect(tabTops).toHaveLength(4);
      expect(new Set(tabTops).size).toBe(1);
      await page
        .getByRole("tablist")
        .screenshot({ path: join(ARTEFACTS, `taskpane-tabs-${displayLanguage}.png`) });
      for (const tab of [
        "pane.tab.model",
        "pane.tab.optimise",
        "pane.tab.functions",
        "pane.tab.share",
      ]) {
        await page
          .getByRole("tab", { name: tr(locale, tab as Parameters<typeof translate>[1]) })
          .click();
        // Measured until the layout settles (a lazy panel loading, the tab indicator moving):
        // a real overflow stays, a passing one does not.
        let past: string[] = [];
        for (let attempt = 0; attempt < 25; attempt++) {
          past = await page.evaluate(() =>
            [...document.querySelectorAll("body *")]
              .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
              .map((el) => `${el.tagName} ${(el.textContent ?? "").trim().slice(0, 40)}`)
          );
          if (past.length === 0) break;
          await page.waitForTimeout(200);
        }
        expect([tab, past]).toEqual([tab, []]);
      }
      // A native select cuts an option longer than itself (the Models picker's names).
      await page.getByRole("tab", { name: tr(locale, "pane.tab.model") }).click();
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll("select")]
          .filter((select) => select.clientWidth > 0)
          .flatMap((select) => {
            const style = getComputedStyle(select);
            const context = document.createElement("canvas").getContext("2d")!;
            context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const room =
              select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
            return [...select.options]
              .filter((option) => context.measureText(option.text).width > room)
              .map((option) => option.text);
          })
      );
      expect(cut).toEqual([]);
      await page.context().close();
    }
  );

  it("switches language in the pane at once, keeps what was typed, and remembers the choice", async () => {
    const first = await openPane({ displayLanguage: "en-US" });
    const page = first.page;
    await page.getByRole("button", { name: tr("en", "pane.form.loadExample") }).click();
    await page.getByLabel(tr("en", "pane.language")).selectOption("ru");
    await page.getByRole("heading", { name: tr("ru", "pane.title") }).waitFor();
    expect(await languageShown(page)).toBe("ru");
    // The numbers already typed are rewritten in Russian, not reread as something else.
    expect(await page.getByLabel(tr("ru", "pane.field.maxDiscount")).inputValue()).toBe("0,3");
    expect(await page.getByLabel(tr("ru", "pane.field.listPrice")).inputValue()).toBe("1200");
    const stored = await page.evaluate(
      (key) => window.localStorage.getItem(key),
      LANGUAGE_STORAGE_KEY
    );
    expect(stored).toBe("ru");
    await page.context().close();

    // Next time the pane opens, the remembered pick wins over Office's language.
    const again = await openPane({
      displayLanguage: "en-US",
      storage: { [LANGUAGE_STORAGE_KEY]: "kk" },
    });
    await again.page.getByRole("heading", { name: tr("kk", "pane.title") }).waitFor();
    expect(await languageShown(again.page)).toBe("kk");
    await again.page.context().close();
  });

  it("downloads a language's texts only when the pane speaks it", async () => {
    const { page, requests } = await openPane({ displayLanguage: "en-US" });
    await page.getByRole("heading", { name: tr("en", "pane.title") }).waitFor();
    const languageChunks = () => requests.flatMap((url) => /\/(lang-\w+)\.js/.exec(url)?.[1] ?? []);
    expect(languageChunks()).toEqual([]);
    await page.getByLabel(tr("en", "pane.language")).selectOption("kk");
    await page.getByRole("heading", { name: tr("kk", "pane.title") }).waitFor();
    expect(languageChunks()).toEqual(["lang-kk"]);
    await page.context().close();
  });

  it("fetches the functions' help in the pane's language when the gallery opens", async () => {
    const { page, requests, consoleErrors } = await openPane({ displayLanguage: "ru-RU" });
    await page.getByRole("heading", { name: tr("ru", "pane.title") }).waitFor();
    const helpChunks = () => requests.flatMap((url) => /\/(help-\w+)\.js/.exec(url)?.[1] ?? []);
    expect(helpChunks()).toEqual([]);
    await page.getByRole("tab", { name: tr("ru", "pane.tab.functions") }).click();
    await page.getByText(RU.entries.ROMI.summary).waitFor();
    expect(helpChunks()).toEqual(["help-ru"]);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("reads numbers the Russian way: 1 200,50 is 1200.5 and 1,200 is 1.2", async () => {
    const { page, host } = await openPane({ displayLanguage: "ru-RU" });
    await page.getByRole("button", { name: tr("ru", "pane.form.loadExample") }).click();
    await page.getByLabel(tr("ru", "pane.field.listPrice")).fill("1 200,50");
    await page.getByLabel(tr("ru", "pane.field.unitCost")).fill("700,5");
    await page.getByRole("button", { name: tr("ru", "pane.form.build") }).click();
    // The new sheet's name is known once it is built: wait for the status line's "built", then read it.
    const built = translate("ru", "pane.status.built", { sheet: "\u0000" }).split("\u0000")[0];
    await page.getByTestId("status").getByText(built).waitFor();
    await page.getByTestId("status").getByText(host.active).waitFor();
    const inputs = host.namedValues(host.active, "mkt_inputs").map((row) => row[0]);
    expect(inputs.slice(0, 2)).toEqual([1200.5, 700.5]);
    await page.getByLabel(tr("ru", "pane.field.unitCost")).fill("1,200");
    // 1,2 is a valid unit cost, so the form stays valid: "1,200" was read as 1.2, not 1200.
    await expect(
      page.getByRole("button", { name: tr("ru", "pane.form.build") }).getAttribute("aria-disabled")
    ).resolves.not.toBe("true");
    await page.context().close();
  });
});

describe("outside Excel", () => {
  it("opened in a plain browser (office.js reports no host), says it runs inside Excel and how to load it", async () => {
    const { page, consoleErrors } = await openPane({ host: null });
    await page.getByRole("heading", { name: tr("en", "pane.host.title") }).waitFor();
    expect(await page.getByText(tr("en", "pane.host.web")).isVisible()).toBe(true);
    expect(await page.getByText(/too old/i).count()).toBe(0);
    await page.screenshot({ path: join(ARTEFACTS, "taskpane-outside-excel.png") });
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it("when office.js cannot load at all, shows the same page instead of crashing", async () => {
    const { page, consoleErrors } = await openPane({ officeJs: false });
    await page.getByRole("heading", { name: tr("en", "pane.host.title") }).waitFor();
    expect(await page.getByText(tr("en", "pane.host.noOffice")).isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTEFACTS, "taskpane-no-office.png") });
    // The failed office.js request is the only error: nothing like "Office is not defined".
    expect(
      consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))
    ).toEqual([]);
    await page.context().close();
  });
});
