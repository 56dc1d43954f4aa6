/**
 * A sheet plan: a pure, host-independent description of one worksheet the
 * add-in builds. The discount engine produces it; two writers consume it — the
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

export interface PlanChart {
  type: "line";
  title: string;
  /** Source data including the header row (series names) and the first column (x values). */
  dataAddress: string;
  /** Where the chart sits: its top-left and bottom-right cells. */
  anchor: { from: string; to: string };
  xAxisTitle: string;
  yAxisTitle: string;
}

export interface PlanColumnWidth {
  /** Column letter, e.g. "B". */
  column: string;
  /** Width in points (Office.js `format.columnWidth`). */
  width: number;
}

export interface SheetPlan {
  /** Base name of the sheet; the writer makes it unique ("…", "… (2)", …) and ≤ 31 chars. */
  sheetName: string;
  blocks: PlanBlock[];
  names: PlanName[];
  chart?: PlanChart;
  columnWidths: PlanColumnWidth[];
  /** Cell to select after building (e.g. the objective), for orientation. */
  focus?: string;
}

/** Fill, font and border per role, shared by every writer. Colours are #RRGGBB. */
export interface PlanStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  border?: boolean;
  wrap?: boolean;
  /** Whether the cell stays editable when the sheet is protected. */
  unlocked?: boolean;
}

export const PLAN_STYLES: Readonly<Record<PlanRole, PlanStyle>> = {
  title: { bold: true, fontSize: 14 },
  heading: { bold: true, fontColor: "#1F4E79" },
  label: {},
  header: { bold: true, fill: "#D9E1F2", border: true },
  // The conventional "input" look of financial models: blue text on pale yellow.
  input: { fill: "#FFF2CC", fontColor: "#0000FF", border: true, unlocked: true },
  // Decision cells: what Solver changes; green so they stand apart from inputs.
  decision: { fill: "#E2EFDA", fontColor: "#006100", bold: true, border: true, unlocked: true },
  calc: { border: true },
  objective: { fill: "#C6E0B4", bold: true, border: true },
  constraint: { fill: "#F2F2F2", border: true },
  note: { italic: true, fontColor: "#595959", wrap: true },
};
