/**
 * End to end in headless Chromium (the built pane over the fake Office host
 * of paneHarness, whose workbook is HyperFormula): the Models picker's Budget
 * entry. Pick it, load the example, Build, Optimise (in the optimisers' Web
 * Worker), and the result card agrees with the sheet's computed cells; Undo
 * puts the previous spends back; "Fill the curve" computes a channel's shape
 * and half-saturation spend from two judgement points typed the Russian way.
 * Screenshots of the form and the card, in English and Russian, go to
 * test-artifacts/ (and to docs/images with MKT_DOC_IMAGES=1).
 */
import { mkdirSync } from "fs";
import { join } from "path";
import type { Locator, Page } from "playwright-core";
import { budgetSheetRows, optimiseBudget } from "../../src/core/budget";
import { translate, type Locale, type PlainMessageKey } from "../../src/core/i18n";
import { BUDGET_EXAMPLE } from "../../src/taskpane/state/budgetForm";
import { openPane as openPaneIn, usePaneEnvironment } from "../../testkit/paneHarness";

const ROOT = join(__dirname, "..", "..");
const ARTEFACTS = join(ROOT, "test-artifacts");
const DOC_IMAGES = join(ROOT, "docs", "images");
const UPDATE_DOC_IMAGES = process.env.MKT_DOC_IMAGES === "1";

const env = usePaneEnvironment();
beforeAll(() => {
  mkdirSync(ARTEFACTS, { recursive: true });
  if (UPDATE_DOC_IMAGES) mkdirSync(DOC_IMAGES, { recursive: true });
});

const tr = (locale: Locale, key: PlainMessageKey) => translate(locale, key);
const SHEET = "Budget - H1 trade budget";

const openPane = (options: Omit<Parameters<typeof openPaneIn>[1], "origin"> = {}) =>
  openPaneIn(env.browser, { origin: env.origin, ...options });

async function pickBudget(page: Page, locale: Locale): Promise<void> {
  await page
    .getByRole("combobox", { name: tr(locale, "pane.guided.picker") })
    .selectOption("budget");
  await page.getByRole("form", { name: tr(locale, "pane.budget.form.label") }).waitFor();
}

/** The English result card is the README's picture; the others are test artefacts only. */
const DOC_IMAGE = "taskpane-budget-result.png";

async function shoot(target: Page | Locator, file: string): Promise<void> {
  await target.screenshot({ path: join(ARTEFACTS, file) });
  if (UPDATE_DOC_IMAGES && file === DOC_IMAGE)
    await target.screenshot({ path: join(DOC_IMAGES, file) });
}

const dataValue = async (locator: Locator) => Number(await locator.getAttribute("data-value"));

describe("Budget in the Models picker", () => {
  it("loads the example, builds, optimises in the worker, and the card agrees with the sheet; Undo restores", async () => {
    const { page, host, consoleErrors } = await openPane({
      sheets: [{ name: "Sheet1", cells: [["my notes"]] }],
    });
    await pickBudget(page, "en");
    await page.getByRole("button", { name: "Load an example" }).click();
    const retail = page.getByRole("group", { name: "Channel 1 (Retail chains)" });
    await expect(retail.getByLabel("Half-saturation spend").inputValue()).resolves.toBe(
      "4,000,000"
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(page, "taskpane-budget.png");

    await page.getByRole("button", { name: "Build budget sheet" }).click();
    await page.getByText(`Built the sheet "${SHEET}". Optimise it below.`).waitFor();
    expect(host.sheetNames()).toEqual(["Sheet1", SHEET]);
    expect(host.value("Sheet1", "A1")).toBe("my notes");
    const names = host.meta(SHEET)!.names;
    for (const n of ["solver_opt", "solver_adj", "mkt_budget_model", "mkt_decisions"])
      expect(names.get(n)?.visible).toBe(false);
    expect(host.meta(SHEET)!.charts).toHaveLength(2);

    const workerStarted = page.waitForEvent("worker");
    await page.getByRole("button", { name: "Optimise budget sheet" }).click();
    const card = page.getByTestId("budget-result-card");
    await card.waitFor();
    expect((await workerStarted).url().startsWith(`${env.origin}/`)).toBe(true);
    await page.getByText(`Wrote the optimal spends into "${SHEET}".`).waitFor();

    // The sheet's spends are the engine's, and HyperFormula's profit of them is the card's.
    const engine = optimiseBudget(BUDGET_EXAMPLE);
    if (engine.status !== "optimal") throw new Error("expected optimal");
    const spends = host.namedValues(SHEET, "mkt_decisions").map((r) => r[0] as number);
    // To the cent: the fake host returns computed cells rounded as HyperFormula keeps them.
    spends.forEach((x, i) => expect(x).toBeCloseTo(engine.channels[i].spend, 2));
    const shown = await Promise.all(
      (await card.getByTestId("budget-spend").all()).map((cell) => dataValue(cell))
    );
    shown.forEach((x, i) => expect(x).toBeCloseTo(spends[i], 2));
    const objective = host.namedValues(SHEET, "mkt_objective")[0][0] as number;
    expect(await dataValue(card.getByTestId("budget-profit-after"))).toBeCloseTo(objective, 3);
    const before = await dataValue(card.getByTestId("budget-profit-before"));
    expect(objective).toBeGreaterThan(before);
    await expect(card.getByTestId("budget-certificate").innerText()).resolves.toMatch(
      /^Proved optimal within 0\.0001% of profit: /
    );
    await card.scrollIntoViewIfNeeded();
    await shoot(card, "taskpane-budget-result.png");

    await page.getByRole("button", { name: "Undo: restore previous spends" }).click();
    await page.getByText(`Restored the previous spends on "${SHEET}".`).waitFor();
    expect(host.namedValues(SHEET, "mkt_decisions").map((r) => r[0])).toEqual(
      BUDGET_EXAMPLE.channels.map((c) => c.min)
    );
    await expect(card.count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it("in Russian: fills a curve from two judgement points, builds and optimises; the card reads in Russian", async () => {
    const { page, host } = await openPane({ displayLanguage: "ru-RU" });
    await pickBudget(page, "ru");
    await page.getByRole("button", { name: tr("ru", "pane.budget.loadExample") }).click();
    const retail = page.getByRole("group", { name: "Канал 1 (Retail chains)" });
    await retail.getByRole("button", { name: "Заполнить кривую: Канал 1 (Retail chains)" }).click();
    const fill = page.getByRole("region", { name: "Заполнить кривую: Канал 1 (Retail chains)" });
    // Floor 2,000,000 and ceiling 14,000,000 (the example's): halfway at 4,000,000, 80% of the way at 8,000,000.
    await fill.getByLabel("Затраты 1").fill("4 000 000");
    await fill.getByLabel("Отклик при затратах 1").fill("8 000 000");
    await fill.getByLabel("Затраты 2").fill("8 000 000");
    await fill.getByLabel("Отклик при затратах 2").fill("5000");
    await fill.getByRole("button", { name: "Заполнить кривую" }).click();
    await fill.getByText(/должен лежать строго между нижним уровнем/).waitFor();
    await fill.getByLabel("Отклик при затратах 2").fill("11 600 000");
    await fill.getByRole("button", { name: "Заполнить кривую" }).click();
    await fill.getByText(/заполнены форма \(2\) и затраты полунасыщения \(4\s000\s000\)/).waitFor();
    await expect(retail.getByLabel("Форма γ").inputValue()).resolves.toBe("2");
    await fill.scrollIntoViewIfNeeded();
    await shoot(page, "taskpane-budget-ru.png");

    await page.getByRole("button", { name: tr("ru", "pane.budget.build") }).click();
    await page.getByText(/Построен лист «Budget - H1 trade budget»/).waitFor();
    const R = budgetSheetRows(2);
    expect(host.value(SHEET, `I${R.channel(0)}`)).toBeCloseTo(2, 9);
    await page.getByRole("button", { name: tr("ru", "pane.budget.optimise.button") }).click();
    const card = page.getByTestId("budget-result-card");
    await card.waitFor();
    await expect(card.getByTestId("budget-certificate").innerText()).resolves.toMatch(
      /^Доказано: оптимум с точностью 0,0001\s% прибыли/
    );
    await card.scrollIntoViewIfNeeded();
    await shoot(card, "taskpane-budget-result-ru.png");
  });
});
