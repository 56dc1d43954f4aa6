/**
 * Page breaks before charts in the printed .xlsx: a chart that would straddle
 * two pages starts a new one (with the heading right above it); one that fits,
 * or one taller than any page, stays where it falls.
 */
import JSZip from "jszip";
import type { SheetPlan } from "../../src/core/sheet/plan";
import type { ChartSpec } from "../../src/core/sheet/chartSpec";
import { chartPageBreaks } from "../../src/export/pageBreaks";
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

describe("chartPageBreaks", () => {
  it.each([
    ["fits on the first page", planWith([5, 20]), []],
    ["would cross the first page's end: starts a page", planWith([25, 40]), [25]],
    ["would cross it under a heading: the heading moves with it", planWith([25, 40], 24), [24]],
    ["is taller than a page: left where it falls", planWith([25, 80]), []],
  ])("a chart that %s", (_, plan, breaks) => expect(chartPageBreaks(plan)).toEqual(breaks));

  it("makes the page taller in sheet points when a wide sheet prints scaled down", () => {
    // 1,400 pt printed 770 pt wide: a page holds about 61 rows of the sheet, so rows 25-40 fit.
    const wide = { ...planWith([25, 40]), columnWidths: [{ column: "A", width: 1400 }] };
    expect(chartPageBreaks(wide)).toEqual([]);
  });
});

describe("writeXlsx print setup", () => {
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
