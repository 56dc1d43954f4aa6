/**
 * The sheets the pane builds print as the .xlsx export prints them: through
 * the real operations (createOfficeOperations over the office-addin-mock
 * host), every sheet kind gets, in the batch that writes it, the orientation,
 * A4, the margins, one page wide, the print area, the title rows and the page
 * breaks that writeXlsx writes into its file for the same plan (read back from
 * the file). A host without ExcelApi 1.9 gets the sheet without the print
 * setup; a print setup the host refuses keeps the finished sheet.
 */
import { buildBudgetSheetPlan, budgetSheetName, optimiseBudget } from "../../../src/core/budget";
import {
  buildDiscountSheetPlan,
  discountSheetName,
  optimiseDiscounts,
} from "../../../src/core/discount";
import type { SelectedTable } from "../../../src/core/guided/inPlace";
import type { Checked } from "../../../src/core/fieldValidation";
import { printSetup } from "../../../src/core/sheet/pagination";
import type { SheetPlan } from "../../../src/core/sheet/plan";
import { writeXlsx } from "../../../src/export/writeXlsx";
import { buildGuidedSheet, type GuidedRequest } from "../../../src/taskpane/actions";
import { createOfficeOperations } from "../../../src/taskpane/office/officeOperations";
import type { BudgetOperations } from "../../../src/taskpane/operations";
import { BUDGET_EXAMPLE } from "../../../src/taskpane/state/budgetForm";
import { ARTICLE_EXAMPLE } from "../../../src/taskpane/state/modelForm";
import { readXlsxPrintSetup, type PrintedSetup } from "../../export/xlsxPrintSetup";
import { planWith } from "../../core/sheet/paginationPlans";
import { CASES, exampleForm, SIZE, type Case } from "./guidedFixtures";
import { createMockExcel, type SheetState } from "./mockExcel";
import { readOfficePrintSetup } from "./officePrintSetup";
import { versionAtLeast } from "../../../testkit/fakeOffice/workbookHost";

/** The pane over a mock workbook whose host supports ExcelApi up to `apiVersion`. */
function pane(apiVersion: string, c?: Pick<Case, "sheets" | "selection">) {
  const sheets = c?.sheets ?? [{ name: "Sheet1" }];
  const excel = createMockExcel({ sheets, active: sheets[0].name, selection: c?.selection });
  const ops = createOfficeOperations({
    solve: (model) => Promise.resolve(optimiseDiscounts(model)),
    solveBudget: (model) => Promise.resolve(optimiseBudget(model)),
    catalogue: [],
    run: (batch) => batch(excel.context),
    requirements: () => ({
      isSetSupported: (name, version = "1.1") =>
        name === "ExcelApi" && versionAtLeast(apiVersion, version),
    }),
  });
  const built = () => excel.sheets[excel.sheets.length - 1];
  return { excel, ops, built };
}

type Pane = ReturnType<typeof pane>;

/** What the pane set through Office.js, in the shape the file is read into. */
const panePrint = readOfficePrintSetup;

/** What the export writes into its file for the same plan. */
async function exportedPrint(plan: SheetPlan): Promise<PrintedSetup> {
  return readXlsxPrintSetup(await writeXlsx(plan));
}

/** Builds one kind through the pane and returns the plan it wrote (as the operation makes it). */
interface Kind {
  kind: string;
  setting?: Pick<Case, "sheets" | "selection">;
  build(p: Pane): Promise<SheetPlan>;
}

async function buildDiscount(p: Pane): Promise<SheetPlan> {
  await p.ops.buildSheet(ARTICLE_EXAMPLE, "en");
  // The plan buildSheet writes: the same model, name and language.
  return buildDiscountSheetPlan(ARTICLE_EXAMPLE, {
    sheetName: discountSheetName(ARTICLE_EXAMPLE.name, "en"),
    language: "en",
  });
}

async function buildBudget(p: Pane): Promise<SheetPlan> {
  await (p.ops.budget as BudgetOperations).buildBudgetSheet(BUDGET_EXAMPLE, "en");
  return buildBudgetSheetPlan(BUDGET_EXAMPLE, {
    sheetName: budgetSheetName(BUDGET_EXAMPLE.name),
    language: "en",
  });
}

/** A guided kind's example (its list at many rows): the plan of the form, or the one made from the selection. */
function guidedKind(c: Case): Kind {
  return {
    kind: c.kind,
    setting: c,
    async build(p) {
      const request = c.request(exampleForm(c.kind, SIZE.rows));
      let plan: SheetPlan | undefined;
      const keep = (made: Checked<SheetPlan>) => {
        if (made.ok) plan = made.value;
        return made;
      };
      const watched: GuidedRequest =
        request.from === "form"
          ? { from: "form", plan: keep(request.plan) }
          : { from: "selection", makePlan: (s: SelectedTable) => keep(request.makePlan(s)) };
      const outcome = await buildGuidedSheet(p.ops, watched, () => {});
      expect(outcome.status.kind).toBe("success");
      return plan!;
    },
  };
}

const KINDS: Kind[] = [
  { kind: "discount", build: buildDiscount },
  { kind: "budget", build: buildBudget },
  ...CASES.map(guidedKind),
];

describe("the print setup of the sheets the pane builds", () => {
  it("the discount sheet: landscape as its plan says, A4, one page wide, its title rows (the title and the empty row under it) and the export's breaks", async () => {
    const p = pane("1.9");
    const plan = await buildDiscount(p);
    const print = panePrint(p.built().print);
    expect(plan.page).toMatchObject({ orientation: "landscape", titleRows: 2 });
    expect(print).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      pagesWide: 1,
      pagesTall: 0,
      titleRows: "$1:$2",
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    });
    // The article's sheet runs onto more pages: the breaks are real, and the export's.
    expect(print.breaks.length).toBeGreaterThan(0);
    expect(print.breaks).toEqual(printSetup(plan).breaks);
    expect(print).toEqual(await exportedPrint(plan));
  });

  it("a plan with a print area and a portrait page: the area, the orientation and the breaks the export writes", async () => {
    const p = pane("1.9");
    const plan: SheetPlan = {
      // Printed at 70% (700 + 48 pt across a portrait page): a page holds 72 rows; the chart crosses its end.
      ...planWith([60, 80], 59),
      page: { orientation: "portrait", printArea: "A1:B80", titleRows: 2 },
    };
    await p.ops.buildPlanSheet(plan);
    const print = panePrint(p.built().print);
    expect(print).toMatchObject({
      orientation: "portrait",
      printArea: "A1:B80",
      titleRows: "$1:$2",
      breaks: [59],
    });
    expect(print).toEqual(await exportedPrint(plan));
  });

  // The same plan, two writers: the pane's Excel sheet and the exported file break their pages alike.
  it.each(KINDS)("$kind: the pane sets the print setup the export writes", async (k) => {
    const p = pane("1.9", k.setting);
    const plan = await k.build(p);
    const print = panePrint(p.built().print);
    expect(print).toEqual(await exportedPrint(plan));
    expect(print.orientation).toBe(plan.page?.orientation ?? "portrait");
  });

  it.each(KINDS)("$kind: the print setup costs no round trip", async (k) => {
    const withPrint = pane("1.9", k.setting);
    await k.build(withPrint);
    const without = pane("1.8", k.setting);
    await k.build(without);
    expect(withPrint.built().print.orientation).toBeDefined();
    expect(withPrint.excel.syncCount()).toBe(without.excel.syncCount());
  });
});

/** A built sheet's contents, without its print setup. */
function contents(s: SheetState) {
  return { cells: [...s.cells], names: [...s.names], formats: [...s.formats], charts: s.charts };
}

describe("where the print setup cannot be set", () => {
  it("a host without ExcelApi 1.9 gets the whole sheet, and no page layout is asked of it", async () => {
    const full = pane("1.9");
    await buildDiscount(full);
    const old = pane("1.8");
    await buildDiscount(old);
    expect(old.excel.sheets.map((s) => s.name)).toEqual(full.excel.sheets.map((s) => s.name));
    expect(contents(old.built())).toEqual(contents(full.built()));
    expect(old.built().print).toEqual({ breaks: [] });
    expect(old.excel.applied.filter((op) => /^page/.test(op.kind))).toEqual([]);
    expect(old.excel.activeName()).toBe(old.built().name);
  });

  it("a paper the host refuses at sync keeps the finished sheet, active, and the rest of its print setup", async () => {
    const full = pane("1.9");
    await buildDiscount(full);
    const refused = pane("1.9");
    refused.excel.failOn((op) =>
      op.kind === "pageLayout.paperSize" ? "InvalidArgument" : undefined
    );
    const sheetName = await refused.ops.buildSheet(ARTICLE_EXAMPLE, "en");
    expect(sheetName).toEqual({ sheetName: full.built().name });
    expect(contents(refused.built())).toEqual(contents(full.built()));
    expect(refused.excel.activeName()).toBe(full.built().name);
    expect(refused.excel.syncCount()).toBe(full.excel.syncCount());
    // The paper is set last: all the rest of the print setup was taken.
    const { paperSize, ...allButPaper } = full.built().print;
    expect(paperSize).toBe("A4");
    expect(refused.built().print).toEqual(allButPaper);
  });

  it.each(["pageLayout.zoom", "pageLayout.setPrintTitleRows", "pageBreaks.add"])(
    "a refused %s keeps the finished sheet",
    async (kind) => {
      const full = pane("1.9");
      await buildDiscount(full);
      const refused = pane("1.9");
      refused.excel.failOn((op) => (op.kind === kind ? "InvalidArgument" : undefined));
      await expect(refused.ops.buildSheet(ARTICLE_EXAMPLE, "en")).resolves.toEqual({
        sheetName: full.built().name,
      });
      expect(contents(refused.built())).toEqual(contents(full.built()));
      expect(refused.excel.activeName()).toBe(full.built().name);
    }
  );

  it("a failure the host does not place is taken back like any other", async () => {
    const p = pane("1.9");
    p.excel.withoutErrorLocation();
    p.excel.failOn((op) => (op.kind === "pageLayout.zoom" ? "GeneralException" : undefined));
    await expect(p.ops.buildSheet(ARTICLE_EXAMPLE, "en")).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(p.excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(p.excel.activeName()).toBe("Sheet1");
  });
});
