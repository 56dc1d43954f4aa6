/**
 * How every optimisation-model sheet (discount, budget) is laid out and read
 * back: the rows it opens with, the hidden names the pane reads it through,
 * and the one reading of a cell the user may have typed over. Plain data and
 * two small functions, so the pane can read a sheet without loading the plan
 * builders (core/sheet/modelSheet.ts builds with these).
 */

/**
 * Rows every model sheet opens with: the title, the inputs' heading, then the
 * model's name and currency (the `mkt_meta` range, B4:B5) and below them the
 * model's own inputs.
 */
export const MODEL_SHEET_ROWS = { title: 1, inputsHeading: 3, meta: 4 } as const;

/** The names every model sheet carries: its name and currency, the decision cells (what Solver changes), the objective. */
export const MODEL_LAYOUT_NAMES = {
  meta: "mkt_meta",
  decisions: "mkt_decisions",
  objective: "mkt_objective",
} as const;

/** A cell's value as any host reads it (Office.js `values`, ExcelJS, HyperFormula). */
export type SheetCell = string | number | boolean | null;

/** Blank cells arrive as null (web) or "" (desktop, ExcelJS); both mean "nothing typed". */
export function cell(value: SheetCell | undefined): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    const trimmed = value.trim();
    return trimmed === "" ? undefined : trimmed;
  }
  return value;
}

/** Labels may have been typed as numbers ("1-9" survives, 50 becomes 50): read them back as text. */
export function label(value: SheetCell | undefined): unknown {
  const v = cell(value);
  return typeof v === "number" ? String(v) : v;
}
