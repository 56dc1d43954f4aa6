/**
 * End to end in headless Chromium (the built pane over the fake Office host
 * of paneHarness, whose workbook is HyperFormula): the Models picker's guided
 * sheets. Pick a model, load its example, Build, and read the new sheet's
 * computed cells; distribution and survey read the user's selected table in
 * place (the sheet's formulas refer to it; its cells stay as they were), and
 * a table with a problem is named by its cell with nothing built. Screenshots
 * of each guided form, in English and Russian, go to test-artifacts/ (and to
 * docs/images with MKT_DOC_IMAGES=1).
 */
import { mkdirSync, readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import type { GuidedKind } from "../../src/core/guided";
import { translate, type Locale, type PlainMessageKey } from "../../src/core/i18n";
import { distDir, openPane as openPaneIn, usePaneEnvironment } from "../../testkit/paneHarness";
import type { WorkbookHost } from "../../testkit/fakeOffice/workbookHost";
import { seriousAxeViolations } from "../../testkit/paneAxe";

const ROOT = join(__dirname, "..", "..");
const ARTEFACTS = join(ROOT, "test-artifacts");
const DOC_IMAGES = join(ROOT, "docs", "images");
const UPDATE_DOC_IMAGES = process.env.MKT_DOC_IMAGES === "1";

const env = usePaneEnvironment();
beforeAll(() => mkdirSync(ARTEFACTS, { recursive: true }));

const tr = (locale: Locale, key: PlainMessageKey) => translate(locale, key);

type Cell = string | number | boolean | null;

/** A retail audit from A1: header, then stores; Jan/Feb/Mar say whether the product was there. */
const AUDIT: Cell[][] = [
  ["store", "group", "category_sales", "sells_category", "Jan", "Feb", "Mar"],
  ["A-001", "Almaty", 1250, true, 1, 0, 1],
  ["A-002", "Almaty", 800, true, 1, 1, 1],
  ["A-003", "Almaty", 400, true, 0, 0, 1],
  ["B-001", "Astana", 1000, true, 1, 1, 0],
  ["B-002", "Astana", 600, false, 0, 0, 0],
];

/** Survey answers from A1: group, then a score 0-5 per service (blank = no answer). */
const ANSWERS: Cell[][] = [
  ["group", "Mother and child room", "Play zone", "Cloakroom", "Trolleys"],
  ["Families with small children", 5, 4, 0, 3],
  ["Families with small children", 4, 5, 1, 4],
  ["Families with small children", 5, 3, null, 4],
  ["All visitors", 1, 2, 4, 5],
  ["All visitors", 2, 1, 5, 4],
];

const openPane = (options: Omit<Parameters<typeof openPaneIn>[1], "origin"> = {}) =>
  openPaneIn(env.browser, { origin: env.origin, ...options });

async function pick(page: Page, locale: Locale, kind: GuidedKind): Promise<void> {
  const picker = page.getByRole("combobox", { name: tr(locale, "pane.guided.picker") });
  await picker.selectOption(kind);
  await page
    .getByRole("form", {
      name: new RegExp(tr(locale, `pane.models.${kind}`).replace(/[()]/g, ".")),
    })
    .waitFor();
}

/** The sheet the pane added (the last one), and its computed result names. */
function built(host: WorkbookHost) {
  const names = host.sheetNames();
  const sheet = names[names.length - 1];
  return { sheet, out: (name: string) => host.namedValues(sheet, name) };
}

async function screenshot(page: Page, file: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ARTEFACTS, file) });
  if (UPDATE_DOC_IMAGES) await page.screenshot({ path: join(DOC_IMAGES, file) });
}

/** The built scripts among the page's requests, with their text (from dist/). */
function scripts(requests: readonly string[]): { url: string; text: string }[] {
  return requests
    .filter((url) => url.startsWith(env.origin) && url.endsWith(".js"))
    .map((url) => ({ url, text: readFileSync(join(distDir(), new URL(url).pathname), "utf8") }));
}

describe("guided model sheets from the Models picker", () => {
  it("fetches the guided forms only when one is chosen: the first load carries the Discounts form alone", async () => {
    const { page, requests } = await openPane();
    await page.getByRole("button", { name: "Load the article's example" }).waitFor();
    // A text only the guided sheets have (the campaigns sheet's title).
    const guided = (text: string) => text.includes("Campaign comparison");
    const firstLoad = scripts(requests);
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(firstLoad.filter((s) => guided(s.text)).map((s) => s.url)).toEqual([]);
    await pick(page, "en", "campaigns");
    const later = scripts(requests).slice(firstLoad.length);
    expect(later.some((s) => guided(s.text))).toBe(true);
  });

  it("campaigns: loads the example, builds, and the sheet computes each campaign's ROMI", async () => {
    const { page, host, consoleErrors } = await openPane();
    await pick(page, "en", "campaigns");
    await page.getByRole("button", { name: "Load an example" }).click();
    await expect(
      page.getByRole("group", { name: "Campaign 1" }).getByLabel("TM cost").inputValue()
    ).resolves.toBe("60000");
    await page.getByRole("button", { name: "Build sheet" }).click();
    await page.getByText('Built the sheet "Campaigns - Q3 trade promotions".').waitFor();
    const { sheet, out } = built(host);
    expect(host.sheetNames()).toEqual(["Sheet1", sheet]);
    expect(host.active).toBe(sheet);
    // ROMI = (incremental sales x margin - cost) / cost: (300,000 x 0.35 - 60,000) / 60,000.
    expect(out("mkt_out_romi")[0][0]).toBeCloseTo(0.75, 9);
    expect(out("mkt_out_romi")[1][0]).toBeCloseTo((150_000 * 0.3 - 50_000) / 50_000, 9);
    expect(host.meta(sheet)!.charts).toEqual([
      expect.objectContaining({ type: "ColumnClustered", "chart.title.text": "ROMI by campaign" }),
    ]);
    expect(host.syncCount).toBe(2);
    expect(consoleErrors).toEqual([]);
  });

  it("distribution: builds over the selected store list in place", async () => {
    const { page, host } = await openPane({ sheets: [{ name: "Audit", cells: AUDIT }] });
    host.selection = "A1:G6";
    await pick(page, "en", "distribution");
    await page.getByLabel("Model name").fill("Juice 1L");
    await page.getByRole("button", { name: "Build from the selection" }).click();
    await page.getByText(/its formulas read your table in place/).waitFor();
    const { sheet, out } = built(host);
    // DN: stores that had the product among the 4 that sell the category; WD: their category sales.
    expect(out("mkt_out_dn").map((r) => r[0])).toEqual([0.75, 0.5, 0.75]);
    expect(out("mkt_out_wd")[0][0]).toBeCloseTo((1250 + 800 + 1000) / 3450, 9);
    const formulas = JSON.stringify(host.hf.getSheetSerialized(host.hf.getSheetId(sheet)!));
    expect(formulas).toContain("Audit!$E$2:$E$6");
    expect(host.hf.getSheetSerialized(host.hf.getSheetId("Audit")!)).toEqual(AUDIT);
    expect(host.meta(sheet)!.charts[0]).toMatchObject({ type: "LineMarkers" });
    // Its print setup came in the same batch: landscape, A4, one page wide.
    expect(host.meta(sheet)!.print).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(host.syncCount).toBe(2);
  });

  it("survey: the example's effects over the selected answers", async () => {
    const { page, host } = await openPane({ sheets: [{ name: "Answers", cells: ANSWERS }] });
    host.selection = "A1:E6";
    await pick(page, "en", "survey");
    await page.getByRole("button", { name: "Load an example" }).click();
    await page.getByRole("button", { name: "Build from the selection" }).click();
    await page.getByText(/its formulas read your table in place/).waitFor();
    const { out } = built(host);
    const visitors = out("mkt_out_visitors").map((r) => r[0] as number);
    expect(visitors.length).toBeGreaterThan(0);
    expect(visitors.every((v) => typeof v === "number" && v >= 0)).toBe(true);
    expect(host.hf.getSheetSerialized(host.hf.getSheetId("Answers")!)).toEqual(ANSWERS);
  });

  it("names the cell of a problem in the selected table and builds nothing", async () => {
    const cells = AUDIT.map((row) => [...row]);
    cells[3][2] = "n/a";
    const { page, host } = await openPane({ sheets: [{ name: "Audit", cells }] });
    host.selection = "A1:G6";
    await pick(page, "en", "distribution");
    await page.getByRole("button", { name: "Build from the selection" }).click();
    await page.getByText(/the selected table has problems/).waitFor();
    await expect(page.getByRole("list", { name: "Problems" }).innerText()).resolves.toMatch(
      /'Audit'!C4: /
    );
    expect(host.sheetNames()).toEqual(["Audit"]);
  });

  it("names a form field's problem under the field and builds nothing", async () => {
    const { page, host } = await openPane();
    await pick(page, "en", "promo");
    await page.getByRole("button", { name: "Load an example" }).click();
    await page.getByLabel("Promo days").fill("0");
    await page.getByRole("button", { name: "Build sheet" }).click();
    await page.getByText(/the form has problems/).waitFor();
    await page.getByText(/Must be a whole number >= 1/).waitFor();
    // Switched to Russian, the same problem reads in Russian under the same field (a key, rendered anew).
    await page.getByRole("combobox", { name: tr("en", "pane.language") }).selectOption("ru");
    const promoDays = page.locator(".fui-Field", {
      has: page.getByLabel(tr("ru", "pane.guidedForm.promoDays")),
    });
    await promoDays.getByText("Должно быть целым числом >= 1 (получено 0)").waitFor();
    await expect(page.getByText(/Must be a whole number/).count()).resolves.toBe(0);
    expect(host.sheetNames()).toEqual(["Sheet1"]);
    expect(host.syncCount).toBe(0);
  });

  it("rewrites the numbers typed in a guided form when the pane's language changes", async () => {
    const { page, host } = await openPane();
    await pick(page, "en", "campaigns");
    await page.getByRole("button", { name: "Load an example" }).click();
    await page.getByLabel("Default gross margin").fill("0.25");
    await page.getByRole("combobox", { name: tr("en", "pane.language") }).selectOption("ru");
    await expect(
      page.getByLabel(tr("ru", "pane.guidedForm.defaultMargin")).inputValue()
    ).resolves.toBe("0,25");
    await page.getByRole("button", { name: tr("ru", "pane.guided.build") }).click();
    await page.getByTestId("status").getByText(/"/).waitFor();
    const { out } = built(host);
    // Campaign 2 takes the default margin: (150,000 x 0.25 - 50,000) / 50,000.
    expect(out("mkt_out_romi")[1][0]).toBeCloseTo((150_000 * 0.25 - 50_000) / 50_000, 9);
  });

  it("keeps each model's form when switching models and tabs", async () => {
    const { page } = await openPane();
    await pick(page, "en", "promo");
    await page.getByLabel("Promo days").fill("14");
    await pick(page, "en", "posm");
    await page.getByRole("tab", { name: "Optimise" }).click();
    await page.getByRole("tab", { name: "Model" }).click();
    await pick(page, "en", "promo");
    await expect(page.getByLabel("Promo days").inputValue()).resolves.toBe("14");
  });
});

describe("screenshots of the guided forms", () => {
  const KINDS: GuidedKind[] = ["campaigns", "promo", "posm", "distribution", "survey"];
  const SHEETS: Partial<Record<GuidedKind, { name: string; cells: Cell[][] }>> = {
    distribution: { name: "Audit", cells: AUDIT },
    survey: { name: "Answers", cells: ANSWERS },
  };
  it.each(
    KINDS.flatMap((kind) => (["en", "ru"] as Locale[]).map((locale) => [kind, locale] as const))
  )("%s in %s: example loaded and built", async (kind, locale) => {
    const table = SHEETS[kind];
    const { page, host, consoleErrors } = await openPane({
      displayLanguage: locale === "ru" ? "ru-RU" : "en-US",
      sheets: [table ?? { name: "Sheet1" }],
    });
    if (table) host.selection = `A1:G${table.cells.length}`;
    await pick(page, locale, kind);
    if (kind !== "distribution")
      await page.getByRole("button", { name: tr(locale, "pane.guided.loadExample") }).click();
    const build = table ? "pane.guided.buildFromSelection" : "pane.guided.build";
    await page.getByRole("button", { name: tr(locale, build) }).click();
    await page.getByTestId("status").getByText(/"/).waitFor();
    expect(host.sheetNames()).toHaveLength(2);
    await screenshot(page, `taskpane-${kind}${locale === "en" ? "" : `-${locale}`}.png`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320
    );
    if (locale === "en") expect(await seriousAxeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
