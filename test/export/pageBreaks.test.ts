/**
 * Page breaks in the printed .xlsx: a chart that would straddle two pages
 * starts a new one (with the heading right above it); one that fits, or one
 * taller than any page, stays where it falls. A headed table is kept on one
 * page when it fits on one, a heading never ends a page alone, and pages after
 * the first hold the repeated title rows.
 */
import JSZip from "jszip";
import type { SheetPlan } from "../../src/core/sheet/plan";
import type { ChartSpec } from "../../src/core/sheet/chartSpec";
import { buildDiscountSheetPlan } from "../../src/core/discount";
import { pageBreaks, printScale } from "../../src/export/pageBreaks";
import { loadExample } from "../core/discount/fixtures";
import { writeXlsx } from "../../src/export/writeXlsx";

/** One column of 700 pt (fits a landscape page at 100%, whose printable height is about 509 pt = 33 rows of 15 pt). */
function planWith(chartRows: [number, number], headingRow?: number): SheetPlan {
  const chart: ChartSpec = {
    kind: "column",
    title: "Profit",
    categories: { address: "A1:A3" },
    series: [{ name: "Profit", values: { address: "B1:B3" } }],
    anchor: { from: `A${chartRows[0]}`, to: `A${chartRows[1]}` },
  };
  return {
    sheetName: "Sheet",
    blocks: [
      {
        address: "A1:B3",
        cells: [
          ["a", 1],
          ["b", 2],
          ["c", 3],
        ],
        role: "calc",
      },
      ...(headingRow
        ? [{ address: `A${headingRow}`, cells: [["Chart"]], role: "heading" as const }]
        : []),
    ],
    names: [],
    charts: [chart],
    columnWidths: [{ column: "A", width: 700 }],
    page: { orientation: "landscape" },
  };
}

describe("pageBreaks before charts", () => {
  it.each([
    ["fits on the first page", planWith([5, 20]), []],
    ["would cross the first page's end: starts a page", planWith([25, 40]), [25]],
    ["would cross it under a heading: the heading moves with it", planWith([25, 40], 24), [24]],
    ["is taller than a page: left where it falls", planWith([25, 80]), []],
  ])("a chart that %s", (_, plan, breaks) => expect(pageBreaks(plan)).toEqual(breaks));

  it("makes the page taller in sheet points when a wide sheet prints scaled down", () => {
    // 1,400 pt printed 770 pt wide: a page holds about 61 rows of the sheet, so rows 25-40 fit.
    const wide = { ...planWith([25, 40]), columnWidths: [{ column: "A", width: 1400 }] };
    expect(pageBreaks(wide)).toEqual([]);
  });
});

/** A heading in `headingRow` over a table of rows `tableRows`, on the same 700-pt column. */
function headedTable(headingRow: number, tableRows: [number, number]): SheetPlan {
  const [from, to] = tableRows;
  return {
    ...planWith([1, 1]),
    charts: [],
    blocks: [
      { address: `A${headingRow}`, cells: [["Heading"]], role: "heading" },
      {
        address: `A${from}:A${to}`,
        cells: Array.from({ length: to - from + 1 }, (_, i) => [i]),
        role: "calc",
      },
    ],
  };
}

describe("pageBreaks keeps headings with their tables", () => {
  it.each([
    ["fits where it is: no break", headedTable(5, [6, 20]), []],
    [
      "would be cut by the first page's end: the heading takes it to the next",
      headedTable(25, [26, 40]),
      [25],
    ],
    // 70 rows cannot fit on any page: only the heading and two rows are kept with it.
    [
      "is longer than a page, heading on the last row: moves with its first rows",
      headedTable(33, [34, 100]),
      [33],
    ],
    ["is longer than a page, heading with room under it: stays", headedTable(20, [21, 100]), []],
  ])("a table that %s", (_, plan, breaks) => expect(pageBreaks(plan)).toEqual(breaks));

  it("counts the title rows that every page after the first repeats", () => {
    const twoCharts = (titleRows?: number): SheetPlan => {
      const plan = planWith([25, 40]);
      const second = { ...plan.charts[0], anchor: { from: "A51", to: "A57" } };
      return {
        ...plan,
        charts: [...plan.charts, second],
        page: { orientation: "landscape", ...(titleRows ? { titleRows } : {}) },
      };
    };
    // Page 2 starts at row 25: rows 25-50 take 390 pt, the second chart 105 pt of the 509.
    expect(pageBreaks(twoCharts())).toEqual([25]);
    expect(pageBreaks(twoCharts(1))).toEqual([25, 51]);
  });
});

describe("the discount sheet's printout", () => {
  // Eleven columns used to print at 56% (a 286-pt label column, 95-pt figure columns, headers
  // that widened theirs): a 6-point font on paper.
  it.each([
    ["sockets.json", "en"],
    ["sockets.json", "ru"],
    ["sockets.json", "kk"],
    ["small-orders.json", "kk"],
  ] as const)(
    "%s in %s prints one page wide at 75%% or more, its title on every page",
    (file, language) => {
      const plan = buildDiscountSheetPlan(loadExample(file), { language });
      expect(printScale(plan)).toBeGreaterThanOrEqual(0.75);
      expect(plan.page).toEqual({ orientation: "landscape", titleRows: 1 });
    }
  );
});

describe("writeXlsx print setup", () => {
  it("repeats the title rows on every page as _xlnm.Print_Titles", async () => {
    const plan = {
      ...planWith([5, 20]),
      page: { orientation: "landscape" as const, titleRows: 1 },
    };
    const zip = await JSZip.loadAsync(await writeXlsx(plan));
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;|')Sheet(&apos;|')!\$1:\$1<\/definedName>/
    );
  });

  it("writes the breaks after the row before each chart's page, and the print area as _xlnm.Print_Area", async () => {
    const plan = {
      ...planWith([25, 40], 24),
      page: { orientation: "landscape" as const, printArea: "A1:B40" },
    };
    const zip = await JSZip.loadAsync(await writeXlsx(plan));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="23"[^>]*man="1"/);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Sheet'!$A$1:$B$40</definedName>`
    );
  });
});
