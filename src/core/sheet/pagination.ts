/**
 * How a sheet plan prints, decided once for both writers (the .xlsx export
 * and the pane's Office.js adapter), so a sheet built in Excel prints like the
 * exported file: A4, narrow margins, one page wide (as many pages down as the
 * rows need), the plan's orientation, print area and title rows, and manual
 * page breaks where a chart or a headed table would be cut.
 *
 * The breaks: a chart that would straddle two pages starts a new page instead
 * (a chart cut in half is the first thing a reader of a printout notices), and
 * so does a table under its heading that fits on a page, or at least the
 * heading with its first rows. Printing is one page wide, so the page's height
 * in sheet points is the paper's printable height divided by the scale that
 * fits the sheet's width; the rows are laid onto pages as the spreadsheet lays
 * them, whole rows only (LibreOffice puts 34 rows of 15 pt on a landscape page
 * at 100%, as this estimate does). A chart taller than a page is left where it
 * falls.
 */
import { columnLetter, parseCell, parseRange } from "../a1";
import {
  DEFAULT_COLUMN_WIDTH_PT,
  DEFAULT_ROW_HEIGHT_PT,
  type PlanPage,
  type SheetPlan,
} from "./plan";

/** A4 in points (ISO 216: 210 × 297 mm). */
const A4_PT = { short: 595.3, long: 841.9 };

/** Points per inch: the unit the writers' margins are given in. */
const POINTS_PER_INCH = 72;

/**
 * The margins in inches: 0.5 in at the sides and 0.6 in at top and bottom
 * leave a landscape A4 page 770 pt wide for the model's columns (Excel's
 * "Normal" margins, 0.7 and 0.75 in, would print it smaller); the header and
 * footer (page numbers) sit 0.3 in from the paper's edge.
 */
export const PRINT_MARGINS_IN = {
  left: 0.5,
  right: 0.5,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
} as const;

/** Everything a writer sets to print a sheet; both writers set all of it. */
export interface PrintSetup {
  orientation: PlanPage["orientation"];
  /** Always A4: the page the breaks are computed for. */
  paper: "A4";
  margins: typeof PRINT_MARGINS_IN;
  /** Scaled to fit this many pages across (1), with as many pages down as the rows need. */
  pagesWide: 1;
  /** The printed range (A1 on the plan's sheet); absent: what the sheet uses. */
  printArea?: string;
  /** Rows 1 … n repeated at the top of every page; absent: none. */
  titleRows?: number;
  /** Rows before which a new page starts, ascending (pageBreaks). */
  breaks: number[];
}

/** The setup of a page without breaks (a data sheet of the export has no plan to break). */
export function pageSetup(page: PlanPage | undefined): Omit<PrintSetup, "breaks"> {
  return {
    orientation: page?.orientation ?? "portrait",
    paper: "A4",
    margins: PRINT_MARGINS_IN,
    pagesWide: 1,
    ...(page?.printArea ? { printArea: page.printArea } : {}),
    ...(page?.titleRows ? { titleRows: page.titleRows } : {}),
  };
}

/** How the plan prints: its page's setup and the page breaks of its rows. */
export function printSetup(plan: SheetPlan): PrintSetup {
  return { ...pageSetup(plan.page), breaks: pageBreaks(plan) };
}

/** The printed rectangle of a page in points: width and height on paper. */
function printable(orientation: "portrait" | "landscape"): { width: number; height: number } {
  const [w, h] =
    orientation === "landscape" ? [A4_PT.long, A4_PT.short] : [A4_PT.short, A4_PT.long];
  const side = (PRINT_MARGINS_IN.left + PRINT_MARGINS_IN.right) * POINTS_PER_INCH;
  const topAndBottom = (PRINT_MARGINS_IN.top + PRINT_MARGINS_IN.bottom) * POINTS_PER_INCH;
  return { width: w - side, height: h - topAndBottom };
}

/** The last column anything is printed in: blocks, charts, or the print area's right edge. */
function lastColumn(plan: SheetPlan): number {
  if (plan.page?.printArea) return parseRange(plan.page.printArea).to.col;
  const blocks = plan.blocks.map((b) => parseRange(b.address).to.col);
  const charts = plan.charts.map((c) => parseCell(c.anchor.to).col);
  return Math.max(1, ...blocks, ...charts);
}

/** The scale that prints the plan one page wide (1 when it fits at 100%): what its reader's eyes get. */
export function printScale(plan: SheetPlan): number {
  const page = printable(plan.page?.orientation ?? "portrait");
  const widths = new Map(plan.columnWidths.map((w) => [w.column, w.width]));
  let sheetWidth = 0;
  for (let c = 1; c <= lastColumn(plan); c++)
    sheetWidth += widths.get(columnLetter(c)) ?? DEFAULT_COLUMN_WIDTH_PT;
  return Math.min(1, page.width / sheetWidth);
}

/** Rows start..end (inclusive) that one page should hold. */
interface KeptRows {
  top: number;
  bottom: number;
}

/** Rows under a heading that stay on its page when its whole table cannot: the table's header and first row. */
const ORPHAN_ROWS = 2;

/**
 * What a page end must not cut, by first row, largest first: each headed
 * section (its heading to its last row, up to the next heading), else its
 * heading with the rows under it (a heading never ends a page alone), and each
 * chart with the heading right above it.
 */
function keptTogether(plan: SheetPlan): Map<number, KeptRows[]> {
  const boxes = [
    ...plan.blocks.map((b) => parseRange(b.address)),
    ...plan.charts.map((c) => ({ from: parseCell(c.anchor.from), to: parseCell(c.anchor.to) })),
  ];
  const headingRows = [
    ...new Set(
      plan.blocks.filter((b) => b.role === "heading").map((b) => parseRange(b.address).to.row)
    ),
  ].sort((a, b) => a - b);
  const units: KeptRows[] = [];
  headingRows.forEach((top, i) => {
    const next = headingRows[i + 1] ?? Infinity;
    const inSection = boxes.filter((b) => b.from.row >= top && b.from.row < next);
    const bottom = Math.max(top, ...inSection.map((b) => b.to.row));
    units.push({ top, bottom }, { top, bottom: Math.min(bottom, top + ORPHAN_ROWS) });
  });
  const headings = new Set(headingRows);
  for (const c of plan.charts) {
    const row = parseCell(c.anchor.from).row;
    units.push({ top: headings.has(row - 1) ? row - 1 : row, bottom: parseCell(c.anchor.to).row });
  }
  const byTop = new Map<number, KeptRows[]>();
  for (const unit of units) byTop.set(unit.top, [...(byTop.get(unit.top) ?? []), unit]);
  for (const list of byTop.values()) list.sort((a, b) => b.bottom - a.bottom);
  return byTop;
}

/**
 * Rows before which a new page starts, in order: where a chart, a heading's
 * table or the heading itself would be cut by the page's end, and fits on a
 * page of its own (after the title rows that every page repeats). Pages are
 * laid out as the spreadsheet lays them: whole rows, the next page starting
 * with the row that does not fit.
 */
export function pageBreaks(plan: SheetPlan): number[] {
  const pageHeight = printable(plan.page?.orientation ?? "portrait").height / printScale(plan);
  const heights = new Map((plan.rowHeights ?? []).map((r) => [r.row, r.height]));
  const height = (row: number) => heights.get(row) ?? DEFAULT_ROW_HEIGHT_PT;
  const rowsHeight = (from: number, to: number) => {
    let sum = 0;
    for (let r = from; r <= to; r++) sum += height(r);
    return sum;
  };
  // Pages after the first start with the repeated title rows.
  const titleHeight = rowsHeight(1, plan.page?.titleRows ?? 0);
  const kept = keptTogether(plan);
  const breaks: number[] = [];
  let row = 1;
  let used = 0; // points of the current page taken by the rows before `row`
  let pageStart = 0; // what the current page held before its first own row
  for (const top of [...kept.keys()].sort((a, b) => a - b)) {
    for (; row < top; row++) {
      used += height(row);
      if (used > pageHeight) {
        // this row opened the next page
        used = titleHeight + height(row);
        pageStart = titleHeight;
      }
    }
    const unit = kept
      .get(top)!
      .find((u) => rowsHeight(u.top, u.bottom) <= pageHeight - titleHeight);
    if (unit && used > pageStart && used + rowsHeight(unit.top, unit.bottom) > pageHeight) {
      breaks.push(top);
      used = titleHeight;
      pageStart = titleHeight;
    }
  }
  return breaks;
}
