/**
 * The pane's Build of each guided sheet, through the real operations
 * (createOfficeOperations over the office-addin-mock host) and the pure
 * workflow (buildGuidedSheet): at most 3 round trips whatever the number of
 * campaigns, options, stores or answers; the chart of each kind queued through
 * Office.js with its type and its series on the sheet's result ranges; never
 * into an existing sheet; and a failure midway leaves the workbook as it was.
 */
import { translate } from "../../../src/core/i18n";
import { buildGuidedSheet } from "../../../src/taskpane/actions";
import { createOfficeOperations } from "../../../src/taskpane/office/officeOperations";
import {
  auditSheet,
  CASES,
  exampleForm,
  fromForm,
  fromSelection,
  SIZE,
  type Case,
} from "./guidedFixtures";
import { createMockExcel, parseReference } from "./mockExcel";
import { fieldErrorText } from "../../../src/core/fieldValidation";

function pane(c: Case) {
  const excel = createMockExcel({
    sheets: c.sheets,
    active: c.sheets[0].name,
    selection: c.selection,
  });
  const ops = createOfficeOperations({
    solve: () => Promise.reject(new Error("no solving here")),
    catalogue: [],
    run: (batch) => batch(excel.context),
    requirements: () => ({ isSetSupported: () => true }),
  });
  return { excel, ops };
}

const snapshot = (excel: ReturnType<typeof createMockExcel>) =>
  excel.sheets.map((s) => ({ name: s.name, cells: new Map(s.cells) }));

describe("the pane's Build of a guided sheet", () => {
  it.each(CASES)(
    "$kind: a new sheet in at most 3 round trips, its chart through Office.js",
    async (c) => {
      const { excel, ops } = pane(c);
      const before = snapshot(excel);
      const outcome = await buildGuidedSheet(
        ops,
        c.request(exampleForm(c.kind, SIZE.rows)),
        () => {}
      );
      expect(outcome.errors).toEqual([]);
      expect(outcome.status.kind).toBe("success");
      expect(excel.syncCount()).toBeLessThanOrEqual(3);
      const built = excel.sheets[excel.sheets.length - 1];
      expect(excel.sheets.map((s) => s.name)).toEqual([...before.map((s) => s.name), built.name]);
      expect(outcome.status).toMatchObject({ text: expect.stringContaining(built.name) });
      expect(built.names.get("mkt_model")).toMatchObject({ visible: false });
      // The user's sheets are exactly as they were (in place: read, never written).
      for (const s of before) expect(excel.sheet(s.name)!.cells).toEqual(s.cells);
      if (!c.chart) return expect(built.charts).toEqual([]);
      expect(built.charts).toHaveLength(1);
      const chart = built.charts[0] as { type: string; series: { values: string }[] };
      expect(chart.type).toBe(c.chart.type);
      // Each series shows a result range of the sheet (the same range its mkt_out_* name refers to).
      const resultRange = (name: string) =>
        parseReference(built.names.get(name)!.reference)!.address.replace(/\$/g, "");
      expect(chart.series.map((s) => s.values)).toEqual(c.chart.series.map(resultRange));
    }
  );

  it.each(CASES)("$kind: the same round trips for 1 row as for many", async (c) => {
    const small = pane({ ...c, sheets: c.sheets.map((s) => ({ name: s.name, cells: s.cells })) });
    await buildGuidedSheet(small.ops, c.request(exampleForm(c.kind, 1)), () => {});
    const large = pane(c);
    await buildGuidedSheet(large.ops, c.request(exampleForm(c.kind, SIZE.rows)), () => {});
    expect(large.excel.syncCount()).toBe(small.excel.syncCount());
  });

  it.each(CASES)("$kind: builds beside a sheet of the same name, never into it", async (c) => {
    const first = pane(c);
    await buildGuidedSheet(first.ops, c.request(exampleForm(c.kind)), () => {});
    const name = first.excel.sheets[first.excel.sheets.length - 1].name;
    const { excel, ops } = pane({ ...c, sheets: [...c.sheets, { name, cells: { A1: "mine" } }] });
    const outcome = await buildGuidedSheet(ops, c.request(exampleForm(c.kind)), () => {});
    expect(outcome.status.kind).toBe("success");
    expect(excel.sheet(name)!.cells).toEqual(new Map([["A1", "mine"]]));
    expect(excel.sheets).toHaveLength(c.sheets.length + 2);
  });

  it.each(CASES)("$kind: a failure midway leaves the workbook as it was", async (c) => {
    const { excel, ops } = pane(c);
    const before = snapshot(excel);
    // The batch's last steps (activate the new sheet, after it was added and filled) fail, once.
    let failed = false;
    excel.failOn((op) => {
      if (failed || op.kind !== "activate") return undefined;
      failed = true;
      return "GeneralException";
    });
    const outcome = await buildGuidedSheet(ops, c.request(exampleForm(c.kind)), () => {});
    expect(failed).toBe(true);
    expect(outcome.status.kind).toBe("error");
    expect(excel.syncCount()).toBeLessThanOrEqual(3);
    expect(snapshot(excel)).toEqual(before);
    expect(excel.activeName()).toBe(c.sheets[0].name);
  });
});

describe("what the pane says when a guided sheet cannot be built", () => {
  const en = (key: Parameters<typeof translate>[1]) =>
    translate("en", key as "pane.guided.formProblems");

  it("a form with problems: nothing is asked of Excel, each problem names its field", async () => {
    const { excel, ops } = pane(CASES[0]);
    const form = exampleForm("campaigns");
    form.rows[1] = { ...form.rows[1], cost: "-5" };
    const outcome = await buildGuidedSheet(ops, fromForm("campaigns")(form), () => {});
    expect(outcome.status).toEqual({ kind: "error", text: en("pane.guided.formProblems") });
    expect(outcome.errors.map((e) => e.path)).toEqual(["campaigns[1].cost"]);
    expect(excel.syncCount()).toBe(0);
  });

  it.each([
    ["a missing header", { C2: "sales" }, `'Audit'!A2:E2: the column "category_sales" is missing`],
    ["text in a number column", { C7: "n/a" }, "'Audit'!C7"],
  ])("a selected table with %s: its cell is named and nothing is built", async (_, edit, where) => {
    const audit = auditSheet(10);
    const { excel, ops } = pane({
      ...CASES[3],
      sheets: [{ name: "Audit", cells: { ...audit.cells, ...edit } }],
      selection: "A2:E12",
    });
    const outcome = await buildGuidedSheet(
      ops,
      fromSelection("distribution")(exampleForm("distribution")),
      () => {}
    );
    expect(outcome.status).toEqual({ kind: "error", text: en("pane.guided.tableProblems") });
    expect(outcome.errors.length).toBeGreaterThan(0);
    expect(fieldErrorText(outcome.errors[0])).toContain(where);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Audit"]);
    expect(excel.syncCount()).toBe(1);
  });
});
