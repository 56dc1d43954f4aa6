/**
 * Manual page breaks for the printed .xlsx: a chart that would straddle two
 * pages starts a new page instead (a chart cut in half is the first thing a
 * reader of a printout notices). Printing is one page wide (writeXlsx's print
 * setup), so the page's height in sheet points is the paper's printable
 * height divided by the scale that fits the sheet's width; the rows are laid
 * onto pages as the spreadsheet lays them, whole rows only. A chart taller
 * than a page is left where it falls.
 */
import { columnLetter, parseCell, parseRange } from "../core/a1";
import type { SheetPlan } from "../core/sheet/plan";

/** A4 in points (ISO 216: 210 × 297 mm). */
const A4_PT = { short: 595.3, long: 841.9 };
/** writeXlsx's margins in points (0.5 in left and right, 0.6 in top and bottom). */
const MARGIN_PT = { side: 36, top: 43.2 };
/** Excel's default row height and column width in points (Calibri 11; 8.43 characters). */
const DEFAULT_ROW_PT = 15;
const DEFAULT_COLUMN_PT = 48;

/** The printed rectangle of a page in points: width and height on paper. */
function printable(orientation: "portrait" | "landscape"): { width: number; height: number } {
  const [w, h] =
    orientation === "landscape" ? [A4_PT.long, A4_PT.short] : [A4_PT.short, A4_PT.long];
  return { width: w - 2 * MARGIN_PT.side, height: h - 2 * MARGIN_PT.top };
}

/** The last column anything is printed in: blocks, charts, or the print area's right edge. */
function lastColumn(plan: SheetPlan): number {
  if (plan.page?.printArea) return parseRange(plan.page.printArea).to.col;
  const blocks = plan.blocks.map((b) => parseRange(b.address).to.col);
  const charts = plan.charts.map((c) => parseCell(c.anchor.to).col);
  return Math.max(1, ...blocks, ...charts);
}

/** Rows before which a new page starts, in order (none when every chart fits where it falls). */
export function chartPageBreaks(plan: SheetPlan): number[] {
  if (plan.charts.length === 0) return [];
  const page = printable(plan.page?.orientation ?? "portrait");
  const widths = new Map(plan.columnWidths.map((w) => [w.column, w.width]));
  let sheetWidth = 0;
  for (let c = 1; c <= lastColumn(plan); c++)
    sheetWidth += widths.get(columnLetter(c)) ?? DEFAULT_COLUMN_PT;
  const pageHeight = page.height / Math.min(1, page.width / sheetWidth);
  const heights = new Map((plan.rowHeights ?? []).map((r) => [r.row, r.height]));
  const height = (row: number) => heights.get(row) ?? DEFAULT_ROW_PT;
  // A heading right above a chart moves with it: "Response curves" must not end a page alone.
  const headings = new Set(
    plan.blocks.filter((b) => b.role === "heading").map((b) => parseRange(b.address).to.row)
  );
  const charts = plan.charts
    .map((c) => {
      const row = parseCell(c.anchor.from).row;
      return { top: headings.has(row - 1) ? row - 1 : row, bottom: parseCell(c.anchor.to).row };
    })
    .sort((a, b) => a.top - b.top);
  const breaks: number[] = [];
  let row = 1;
  let used = 0; // points of the current page taken by the rows before `row`
  for (const chart of charts) {
    for (; row < chart.top; row++) {
      used += height(row);
      if (used > pageHeight) used = height(row); // this row opened the next page
    }
    let chartHeight = 0;
    for (let r = chart.top; r <= chart.bottom; r++) chartHeight += height(r);
    const fits = chartHeight <= pageHeight;
    if (fits && used > 0 && used + chartHeight > pageHeight && !breaks.includes(chart.top)) {
      breaks.push(chart.top);
      used = 0;
    }
  }
  return breaks;
}
