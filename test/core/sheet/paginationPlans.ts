/**
 * Small plans for the page-break tests of both writers: one column of 700 pt
 * with a chart (and, if asked, a heading right above it).
 */
import type { SheetPlan } from "../../../src/core/sheet/plan";
import type { ChartSpec } from "../../../src/core/sheet/chartSpec";

/** One column of 700 pt (fits a landscape page at 100%, whose printable height is about 509 pt = 33 rows of 15 pt). */
export function planWith(chartRows: [number, number], headingRow?: number): SheetPlan {
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
