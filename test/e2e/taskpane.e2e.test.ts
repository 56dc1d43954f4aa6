/**
 * End to end, in real headless Chromium: the BUILT task pane (dist/, or
 * MKT_DIST_DIR) against a fake Office host whose workbook is HyperFormula, so
 * what the test checks is what a user would see — the pane's text and the
 * sheet's computed cells. Scenario of issue 5: load the article's example,
 * Build, Optimise; the sheet's profit beats the baseline, the discounts are
 * monotone, and the result card agrees with the sheet. Also: axe-core finds no
 * serious or critical violations, the page requests nothing but its own files
 * and office.js, the Content-Security-Policy holds (no violations logged), dark
 * theme, too-old Excel, import from the selection, the gallery, Undo.
 */
import { mkdirSync } from "fs";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { ARTICLE_EXAMPLE } from "../../src/taskpane/state/modelForm";
import { formatMoney } from "../../src/core/numberFormat";
import { OFFICE_JS_URL, openPane, usePaneEnvironment } from "../../testkit/paneHarness";
import { seriousAxeViolations } from "../../testkit/paneAxe";
import { buildDiscountSheetPlan, discountSheetName } from "../../src/core/discount";
import { writeXlsx } from "../../src/export/writeXlsx";
import { readXlsxPrintSetup } from "../export/xlsxPrintSetup";
import { readOfficePrintSetup } from "../taskpane/office/officePrintSetup";

const ROOT = join(__dirname, "..", "..");
const ARTEFACTS = join(ROOT, "test-artifacts");
const DOC_IMAGES = join(ROOT, "docs", "images");
/** README screenshots are refreshed only on request, so a test run leaves the working tree clean. */
const UPDATE_DOC_IMAGES = process.env.MKT_DOC_IMAGES === "1";

const env = usePaneEnvironment();
let browser: Browser;
let origin: string;

beforeAll(() => {
  ({ browser, origin } = env);
  mkdirSync(ARTEFACTS, { recursive: true });
  if (UPDATE_DOC_IMAGES) mkdirSync(DOC_IMAGES, { recursive: true });
});

/** Saves a screenshot of the pane as a test artefact (and into docs/images with MKT_DOC_IMAGES=1). */
async function screenshot(page: Page, file: string, fullPage: boolean): Promise<void> {
  await page.screenshot({ path: join(ARTEFACTS, file), fullPage });
  if (UPDATE_DOC_IMAGES) await page.screenshot({ path: join(DOC_IMAGES, file), fullPage });
}

function expectOnlyLocalRequests(requests: string[]): void {
  const foreign = requests.filter((url) => !url.startsWith(`${origin}/`) && url !== OFFICE_JS_URL);
  expect(foreign).toEqual([]);
}

function expectNoCspViolations(errors: string[]): void {
  expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
}

/** The accessible text of the focused element, or "<body>" when focus was dropped. */
async function focusedControl(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "<body>";
    return `${el.tagName.toLowerCase()}: ${el.getAttribute("aria-label") ?? el.textContent ?? ""}`;
  });
}

/** The number a formatted amount shows ("KZT 3,692,415" -> 3692415). */
function shownNumber(text: string): number {
  return Number(text.replace(/[^\d.-]/g, ""));
}

describe("task pane in headless Chromium with a HyperFormula-backed fake Excel", () => {
  it("loads the article's example, builds the sheet, optimises it, and the card agrees with the sheet", async () => {
    const { page, host, requests, consoleErrors } = await openPane(browser, {
      origin,
      sheets: [{ name: "Sheet1", cells: [["my notes"]] }],
    });
    await page.getByRole("heading", { name: "Trade marketing" }).waitFor();

    await page.getByRole("button", { name: "Load the article's example" }).click();
    await expect(page.getByLabel("List price / unit").inputValue()).resolves.toBe("1200");
    await page.getByRole("button", { name: "Build sheet" }).click();
    await page.getByText(/Built the sheet "/).waitFor();
    expect(await focusedControl(page)).toBe("button: Build sheet");

    const sheetName = host.active;
    expect(host.sheetNames()).toEqual(["Sheet1", sheetName]);
    expect(sheetName.startsWith("Discounts - Sockets and")).toBe(true);
    expect(host.value("Sheet1", "A1")).toBe("my notes");
    const names = host.meta(sheetName)!.names;
    for (const n of ["solver_opt", "solver_adj", "solver_lhs1", "mkt_discount_model"])
      expect(names.get(n)?.visible).toBe(false);
    // At zero discounts the sheet's profit is the article's baseline, computed by HyperFormula.
    expect(host.namedValues(sheetName, "mkt_objective")[0][0]).toBeCloseTo(3_470_000, 0);
    // It prints as the exported file of the same plan does: page layout and breaks, as the host took them.
    const plan = buildDiscountSheetPlan(ARTICLE_EXAMPLE, {
      sheetName: discountSheetName(ARTICLE_EXAMPLE.name, "en"),
      language: "en",
    });
    const printed = readOfficePrintSetup(host.meta(sheetName)!.print);
    expect(printed).toEqual(await readXlsxPrintSetup(await writeXlsx(plan)));
    expect(printed).toMatchObject({ orientation: "landscape", pagesWide: 1, titleRows: "$1:$2" });
    expect(printed.breaks.length).toBeGreaterThan(0);

    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "taskpane-model.png", false);

    await page.getByRole("tab", { name: "Optimise" }).click();
    const workerStarted = page.waitForEvent("worker");
    await page.getByRole("button", { name: "Optimise active sheet" }).click();
    const card = page.getByTestId("result-card");
    await card.waitFor();
    // Focus stays on the button that started the action, not dropped to <body>.
    expect(await focusedControl(page)).toBe("button: Optimise active sheet");
    // The optimiser ran in a Web Worker from this add-in's origin, off the UI thread.
    expect((await workerStarted).url().startsWith(`${origin}/`)).toBe(true);

    const profit = host.namedValues(sheetName, "mkt_objective")[0][0] as number;
    const baseline = host.namedValues(sheetName, "mkt_baseline")[0][0] as number;
    const discounts = host.namedValues(sheetName, "mkt_decisions").map((row) => row[0] as number);
    expect(profit).toBeGreaterThan(baseline);
    expect(profit / baseline - 1).toBeGreaterThan(0.05); // the article: about +6.4%
    for (let t = 1; t < discounts.length; t++)
      expect(discounts[t]).toBeGreaterThanOrEqual(discounts[t - 1]);
    expect(discounts.every((d) => d >= 0 && d <= ARTICLE_EXAMPLE.maxDiscount)).toBe(true);
    expect(discounts[0]).toBeCloseTo(0, 3);

    // The card shows what the sheet computes.
    const cardAfter = Number(await page.getByTestId("profit-after").getAttribute("data-value"));
    const cardBefore = Number(await page.getByTestId("profit-before").getAttribute("data-value"));
    expect(Math.abs(cardAfter - profit)).toBeLessThan(1e-6 * profit);
    expect(Math.abs(cardBefore - baseline)).toBeLessThan(1e-6 * baseline);
    expect(
      Math.abs(shownNumber(await page.getByTestId("profit-after").innerText()) - profit)
    ).toBeLessThanOrEqual(1);
    expect(await page.getByTestId("profit-before").innerText()).toBe(formatMoney(baseline, "KZT"));
    const cardDiscounts = await page
      .getByTestId("tier-discount")
      .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-value"))));
    expect(cardDiscounts).toHaveLength(discounts.length);
    // HyperFormula rounds what it returns to 10 significant digits.
    cardDiscounts.forEach((d, t) => expect(d).toBeCloseTo(discounts[t], 9));
    const shownDiscounts = await page.getByTestId("tier-discount").allInnerTexts();
    expect(shownDiscounts).toEqual(discounts.map((d) => `${(d * 100).toFixed(1)}%`));
    await expect(card.innerText()).resolves.toMatch(/This is the best plan, not just a good one/);

    await screenshot(page, "taskpane-optimised.png", true);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // One-step Undo restores the discounts that were there (zeros).
    await page.getByRole("button", { name: "Undo: restore previous discounts" }).click();
    await page.getByText(/Restored the previous discounts/).waitFor();
    expect(host.namedValues(sheetName, "mkt_decisions").map((r) => r[0])).toEqual([0, 0, 0]);
    expect(host.namedValues(sheetName, "mkt_objective")[0][0]).toBeCloseTo(baseline, 6);

    expectOnlyLocalRequests(requests);
    expect(requests).toContain(OFFICE_JS_URL);
    expectNoCspViolations(consoleErrors);
    expect(consoleErrors).toEqual([]);
  });

  it("works with the keyboard alone and fits the 320 px pane without sideways scrolling", async () => {
    const { page, host } = await openPane(browser, { origin });
    await page.getByRole("heading", { name: "Trade marketing" }).waitFor();
    // Tab to "Load the article's example" and press Enter.
    let focused = "";
    for (let i = 0; i < 10 && focused !== "Load the article's example"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    }
    expect(focused).toBe("Load the article's example");
    await page.keyboard.press("Enter");
    await page.getByText(/Loaded the article's example/).waitFor();
    // Tab on through every field to Build sheet and press Enter.
    for (let i = 0; i < 80 && focused !== "Build sheet"; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    }
    expect(focused).toBe("Build sheet");
    await page.keyboard.press("Enter");
    await page.getByText(/Built the sheet "/).waitFor();
    expect(host.sheetNames()).toHaveLength(2);
    // Focus is still on Build (a keyboard user continues from there), not on <body>.
    expect(await focusedControl(page)).toBe("button: Build sheet");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320
    );
    // Arrow keys move between the tabs.
    await page.getByRole("tab", { name: "Model" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Optimise active sheet" }).waitFor();
  });

  it("never builds a sheet when Enter is pressed in a form field", async () => {
    const { page, host } = await openPane(browser, { origin });
    await page.getByRole("button", { name: "Load the article's example" }).click();
    await page.getByLabel("List price / unit").press("Enter");
    await page.getByRole("group", { name: "Tier 1" }).getByLabel("Orders / period").press("Enter");
    await page.getByLabel("Product").press("Enter");
    // A build would sync within milliseconds; give it ample time to (wrongly) start.
    await page.waitForTimeout(500);
    expect(host.syncCount).toBe(0);
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    await expect(page.getByTestId("status").innerText()).resolves.not.toMatch(/Build/);
  });

  it("describes Build by its reason without a live region, and labels the tab panel by its tab", async () => {
    const { page } = await openPane(browser, { origin });
    await page.getByRole("heading", { name: "Trade marketing" }).waitFor();
    const reason = page.locator("#build-reason");
    await expect(reason.getAttribute("role")).resolves.toBeNull();
    await expect(reason.getAttribute("aria-live")).resolves.toBeNull();
    await expect(
      page.getByRole("button", { name: "Build sheet" }).getAttribute("aria-describedby")
    ).resolves.toBe("build-reason");
    for (const name of ["Model", "Optimise", "Functions", "Share"]) {
      await page.getByRole("tab", { name }).click();
      const tabOfPanel = await page
        .getByRole("tabpanel")
        .evaluate(
          (panel) =>
            document.getElementById(panel.getAttribute("aria-labelledby") ?? "")?.textContent
        );
      expect(tabOfPanel).toBe(name);
    }
  });

  it("drops Undo once the model sheet is gone", async () => {
    const { page, host } = await openPane(browser, { origin });
    await page.getByRole("button", { name: "Load the article's example" }).click();
    await page.getByRole("button", { name: "Build sheet" }).click();
    await page.getByText(/Built the sheet "/).waitFor();
    const sheetName = host.active;
    await page.getByRole("tab", { name: "Optimise" }).click();
    await page.getByRole("button", { name: "Optimise active sheet" }).click();
    await page.getByTestId("result-card").waitFor();
    host.sync([
      { op: "call", target: { t: "sheet", name: sheetName }, method: "delete", args: [] },
    ]);
    const undo = page.getByRole("button", { name: "Undo: restore previous discounts" });
    await undo.click();
    await page.getByText(/are gone \(renamed or deleted\?\)/).waitFor();
    await expect(undo.count()).resolves.toBe(0);
  });

  it("re-reads inputs the user edited on the sheet before optimising", async () => {
    const { page, host } = await openPane(browser, { origin });
    await page.getByRole("button", { name: "Load the article's example" }).click();
    await page.getByRole("button", { name: "Build sheet" }).click();
    await page.getByText(/Built the sheet "/).waitFor();
    const sheetName = host.active;
    // The user raises the cost per order on the sheet (cell of mkt_inputs row 3).
    const inputs = host.meta(sheetName)!.names.get("mkt_inputs")!.reference;
    const firstRow = Number(/\$(\d+):/.exec(inputs)![1]);
    host.sync([
      {
        op: "set",
        target: { t: "range", sheet: { t: "sheet", name: sheetName }, address: `B${firstRow + 2}` },
        path: "values",
        value: [[900]],
      },
    ]);
    await page.getByRole("tab", { name: "Optimise" }).click();
    await page.getByRole("button", { name: "Optimise active sheet" }).click();
    await page.getByTestId("result-card").waitFor();
    const baseline = host.namedValues(sheetName, "mkt_baseline")[0][0] as number;
    expect(Number(await page.getByTestId("profit-before").getAttribute("data-value"))).toBeCloseTo(
      baseline,
      3
    );
    expect(baseline).toBeLessThan(3_470_000); // dearer orders, lower baseline: the edit was read
  });

  it("explains why Build is disabled and marks the field", async () => {
    const { page } = await openPane(browser, { origin });
    await page.getByRole("button", { name: "Load the article's example" }).click();
    await page.getByLabel("List price / unit").fill("-5");
    const build = page.getByRole("button", { name: "Build sheet" });
    await expect(build.getAttribute("aria-disabled")).resolves.toBe("true");
    await expect(page.locator("#build-reason").innerText()).resolves.toMatch(
      /Build is disabled: 1 problem/
    );
    await expect(page.getByText(/Must be > 0/).count()).resolves.toBeGreaterThan(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("tells the user when their Excel is too old, and changes nothing", async () => {
    const { page, host } = await openPane(browser, { origin, apiVersion: "1.3" });
    await page.getByRole("button", { name: "Load the article's example" }).click();
    await page.getByRole("button", { name: "Build sheet" }).click();
    await page.getByText(/Your Excel is too old for building a model sheet/).waitFor();
    expect(host.sheetNames()).toEqual(["Sheet1"]);
  });

  it("builds the sheet without its print setup where Excel lacks ExcelApi 1.9", async () => {
    // The fake host refuses any call of a newer API set: a page-layout call would fail the build.
    const { page, host } = await openPane(browser, { origin, apiVersion: "1.8" });
    await page.getByRole("button", { name: "Load the article's example" }).click();
    await page.getByRole("button", { name: "Build sheet" }).click();
    await page.getByText(/Built the sheet "/).waitFor();
    const sheetName = host.active;
    expect(host.sheetNames()).toEqual(["Sheet1", sheetName]);
    expect(host.namedValues(sheetName, "mkt_objective")[0][0]).toBeCloseTo(3_470_000, 0);
    expect(host.meta(sheetName)!.print).toEqual({ breaks: [] });
  });

  it("says so when Optimise is used on a sheet that is not a model", async () => {
    const { page, host } = await openPane(browser, { origin });
    await page.getByRole("tab", { name: "Optimise" }).click();
    await page.getByRole("button", { name: "Optimise active sheet" }).click();
    await page.getByText(/"Sheet1" is not a discount model built by this pane/).waitFor();
    // One batch for a model sheet; a sheet without the layout names fails it and a second
    // round trip lists the sheet's names to tell "not a model" from "names deleted".
    expect(host.syncCount).toBe(2);
  });

  it("imports tiers from a selected table with headers", async () => {
    const { page, host } = await openPane(browser, {
      origin,
      sheets: [
        {
          name: "Data",
          cells: [
            [null, null, null, null, null],
            [null, "Tier", "Min qty", "Orders", "Units per order", "Min margin"],
            [null, "small", 1, 250, 3, 0.25],
            [null, "large", 20, 40, 60, 0.08],
          ],
        },
      ],
    });
    host.selection = "A1:H30";
    await page.getByRole("button", { name: "Import tiers from selection" }).click();
    await page.getByText(/Imported 2 tiers from/).waitFor();
    const labels = page.getByRole("group", { name: /Tier \d/ });
    await expect(labels.count()).resolves.toBe(2);
    await expect(
      page.getByRole("group", { name: "Tier 2" }).getByLabel("Orders / period").inputValue()
    ).resolves.toBe("40");
  });

  it("searches the function gallery and inserts a function into the selected cell", async () => {
    const { page, host } = await openPane(browser, { origin });
    host.selection = "C3";
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.getByRole("searchbox", { name: "Search MKT functions" }).fill("return on marketing");
    const insert = page.getByRole("button", { name: "Insert as MKT function: MKT.ROMI" });
    await insert.waitFor();
    await screenshot(page, "taskpane-functions.png", false);
    await insert.click();
    await page.getByText(/Inserted =MKT\.ROMI\(/).waitFor();
    const formula = host.hf.getCellSerialized({
      sheet: host.hf.getSheetId("Sheet1")!,
      row: 2,
      col: 2,
    });
    expect(String(formula)).toMatch(/^=MKT\.ROMI\(/);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it("inserts a function as its native formula with the user's references", async () => {
    const { page, host } = await openPane(browser, {
      origin,
      sheets: [{ name: "Sheet1", cells: [[1000], [20]] }],
    });
    host.selection = "C1";
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.getByRole("searchbox", { name: "Search MKT functions" }).fill("cost per click");
    await page.getByLabel("MKT.CPC spend: cell, range or value").fill("A1");
    await page.getByLabel("MKT.CPC clicks: cell, range or value").fill("A2");
    await page.getByRole("button", { name: "Insert as native formula: MKT.CPC" }).click();
    await page.getByText(/Inserted =IF\(/).waitFor();
    const sheet = host.hf.getSheetId("Sheet1")!;
    expect(String(host.hf.getCellSerialized({ sheet, row: 0, col: 2 }))).not.toMatch(/MKT/);
    expect(host.hf.getCellValue({ sheet, row: 0, col: 2 })).toBe(50);
  });

  it("makes the active sheet shareable, then Undo restores the MKT formulas", async () => {
    const { page, host } = await openPane(browser, {
      origin,
      sheets: [
        {
          name: "Sheet1",
          cells: [
            [1000, "=MKT.CPC(A1,A2)", "=SUM(A1:A2)"],
            [20, '=IF(A1>0,MKT.CPL(A1,A2),"none")', '="MKT.CPC(A1,A2)"'],
          ],
        },
      ],
    });
    await page.getByRole("tab", { name: "Share" }).click();
    await page.getByRole("radio", { name: "Active sheet" }).check();
    await page.getByRole("button", { name: "Find MKT formulas" }).click();
    await page.getByText("2 cells on 1 sheet will change (Sheet1).").waitFor();
    await expect(
      page.getByRole("list", { name: "Functions to replace" }).innerText()
    ).resolves.toMatch(/MKT\.CPC: 1 call\s+MKT\.CPL: 1 call/);
    await screenshot(page, "taskpane-share.png", false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Replace with native formulas" }).click();
    await page.getByText(/Replaced the MKT calls in 2 cells/).waitFor();
    const sheet = host.hf.getSheetId("Sheet1")!;
    const formula = (row: number, col: number) =>
      String(host.hf.getCellSerialized({ sheet, row, col }));
    expect(formula(0, 1)).not.toMatch(/MKT/);
    expect(host.hf.getCellValue({ sheet, row: 0, col: 1 })).toBe(50);
    expect(host.hf.getCellValue({ sheet, row: 1, col: 1 })).toBe(50);
    expect(formula(0, 2)).toBe("=SUM(A1:A2)");
    expect(formula(1, 2)).toBe('="MKT.CPC(A1,A2)"');
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Restored the previous formulas in 2 cells.").waitFor();
    expect(formula(0, 1)).toBe("=MKT.CPC(A1,A2)");
    expect(formula(1, 1)).toBe('=IF(A1>0,MKT.CPL(A1,A2),"none")');
  });

  it("follows a dark Office theme and stays accessible", async () => {
    const { page, consoleErrors } = await openPane(browser, {
      origin,
      bodyBackgroundColor: "#1F1F1F",
    });
    await page.getByRole("button", { name: "Load the article's example" }).click();
    const background = await page
      .locator("main")
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await screenshot(page, "taskpane-dark.png", false);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expectNoCspViolations(consoleErrors);
  });
});
