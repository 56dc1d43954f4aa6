/**
 * A sheet plan: a pure, host-independent description of one worksheet the
 * add-in builds. Plan builders make it with the toolkit of this folder
 * (place.ts, assemble.ts); two writers consume it — the
 * Office.js adapter in the task pane (whole 2-D arrays, a fixed number of
 * round trips) and the .xlsx exporter of the command line — and the tests load
 * it into an independent formula engine. Keeping it plain data is what lets
 * all three agree cell for cell.
 *
 * Conventions:
 * - Addresses are A1 references on the plan's own sheet, without a sheet name
 *   ("B4", "C10:E12"). The writer qualifies them with the sheet's final name,
 *   which is only known when the sheet is created (it must be unique).
 * - Formulas are invariant-English Excel formulas with "," separators, starting
 *   with "=", referring only to cells of the same sheet; never an `MKT.` function,
 *   so the sheet computes in a workbook opened without the add-in.
 */

import type { ChartSpec } from "./chartSpec";

/**
 * What a plan leaves unsaid is at Excel's defaults (Calibri 11): a row 15 pt
 * tall, a column 48 pt wide (8.43 characters). A plan lists a row height or a
 * column width only where it differs; the writers and the page layout assume
 * these for the rest.
 */
export const DEFAULT_ROW_HEIGHT_PT = 15;
export const DEFAULT_COLUMN_WIDTH_PT = 48;

export type PlanScalar = string | number | boolean | null;

/**
 * How a block looks and what it is for. Writers map a role to a style through
 * PLAN_STYLES so the Office adapter and the .xlsx exporter look the same.
 * `input` and `decision` cells are the ones a user (or Solver) may change.
 */
export type PlanRole =
  | "title"
  | "heading"
  | "label"
  | "header"
  | "input"
  | "decision"
  | "calc"
  | "objective"
  | "constraint"
  | "note";

/** A rectangular range written in one go. */
export interface PlanBlock {
  /** Top-left..bottom-right, e.g. "B5:D7"; the shape must match `cells`. */
  address: string;
  /** Row-major cells: a value, or a formula string beginning with "=". null = leave empty. */
  cells: PlanScalar[][];
  role: PlanRole;
  /** One Excel number format for the whole block, or one per cell (same shape as cells). */
  numberFormat?: string | string[][];
}

/**
 * A worksheet-scoped defined name. `refersTo` is either a range on the plan's
 * sheet (qualified by the writer: ='Sheet name'!$C$5:$C$7) or a constant
 * (written as =1, ="text"). Solver reads its model from hidden names of this kind.
 */
export interface PlanName {
  name: string;
  refersTo: { range: string } | { value: number | string | boolean };
  hidden: boolean;
  comment?: string;
}

export interface PlanColumnWidth {
  /** Column letter, e.g. "B". */
  column: string;
  /** Width in points (Office.js `format.columnWidth`). */
  width: number;
}

/** A row's height in points (Office.js `format.rowHeight`). */
export interface PlanRowHeight {
  row: number;
  height: number;
}

/** Print setup: always one page wide (rows may run onto more pages); landscape for wide sheets. */
export interface PlanPage {
  orientation: "portrait" | "landscape";
  /** The range printed (A1, on the plan's sheet), e.g. the model without the charts' data below it; default the used range. */
  printArea?: string;
  /** Rows 1 … n printed again at the top of every page (the title of a sheet that runs onto a second page). */
  titleRows?: number;
}

/**
 * A sheet of data the plan's formulas read, written by the .xlsx exporter
 * before the plan's own sheet (the command line's store list or survey
 * answers). In the task pane the same formulas read the user's own table in
 * place, so a pane build has no data sheets.
 */
export interface DataSheet {
  /** A valid sheet name (core/sheet/sheetName), used as is: the formulas refer to it. */
  name: string;
  header: string[];
  rows: PlanScalar[][];
  /** One Excel number format per column (null: General). */
  numberFormats: (string | null)[];
  columnWidths: PlanColumnWidth[];
}

export interface SheetPlan {
  /** Base name of the sheet; the writer makes it unique ("…", "… (2)", …) and ≤ 31 chars. */
  sheetName: string;
  blocks: PlanBlock[];
  names: PlanName[];
  /** Charts drawn over the plan's own cells (none: an empty list). */
  charts: ChartSpec[];
  columnWidths: PlanColumnWidth[];
  /** Cell to select after building (e.g. the objective), for orientation. */
  focus?: string;
  rowHeights?: PlanRowHeight[];
  /** Ranges merged into one cell (a note across the width of its table). */
  merges?: string[];
  /** Rows kept in view when scrolling (a long table's header). */
  freezeRows?: number;
  page?: PlanPage;
  dataSheets?: DataSheet[];
}
