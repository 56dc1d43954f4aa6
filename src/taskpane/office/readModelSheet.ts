/**
 * Finds out whether the active sheet is a model the pane built — it carries
 * the hidden sheet-scoped marker name of its kind (the discount model by
 * default, or the budget model) — and, if so, reads the model's current
 * inputs back through the layout names (the user may have edited them since
 * building).
 *
 * One round trip for a model sheet: the sheet's name, its list of names (for
 * the marker) and the ranges behind every layout name are queued in the same
 * batch. A layout name that is missing fails that batch with ItemNotFound;
 * only then a second round trip lists the sheet's names to say why: not a
 * model sheet, or a model sheet whose names were deleted.
 */
import { LAYOUT_NAMES, MODEL_MARKER_NAME, type SheetCell } from "../../core/discount";
import { BUDGET_LAYOUT_NAMES, BUDGET_MARKER_NAME } from "../../core/budget";
import { t } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";

/** A kind of model sheet: the marker name it carries and the names of its ranges. */
export interface SheetLayout {
  marker: string;
  names: Readonly<Record<string, string>>;
}

export const DISCOUNT_SHEET_LAYOUT: SheetLayout = {
  marker: MODEL_MARKER_NAME,
  names: LAYOUT_NAMES,
};
export const BUDGET_SHEET_LAYOUT: SheetLayout = {
  marker: BUDGET_MARKER_NAME,
  names: BUDGET_LAYOUT_NAMES,
};

export type ModelSheet =
  | { kind: "notModel"; sheetName: string }
  /** `values` is keyed by layout name ("mkt_inputs", …), as modelFromSheetValues reads it. */
  | { kind: "model"; sheetName: string; values: Record<string, SheetCell[][]> };

function hasMarker(names: readonly { name: string }[], layout: SheetLayout): boolean {
  return names.some((n) => n.name.toLowerCase() === layout.marker.toLowerCase());
}

function isItemNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ItemNotFound";
}

export async function readModelSheet(
  context: Excel.RequestContext,
  layout: SheetLayout = DISCOUNT_SHEET_LAYOUT
): Promise<ModelSheet> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const names = context.workbook.worksheets.getActiveWorksheet().names;
  sheet.load("name");
  names.load("items/name");
  const ranges = Object.values(layout.names).map((name) => {
    const range = names.getItem(name).getRange();
    range.load("values");
    return [name, range] as const;
  });
  try {
    await context.sync(); // round trip 1: name, names and every layout range
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    return diagnoseMissingNames(context, error, layout);
  }
  if (!hasMarker(names.items, layout)) return { kind: "notModel", sheetName: sheet.name };
  const values: Record<string, SheetCell[][]> = {};
  for (const [name, range] of ranges) values[name] = range.values as SheetCell[][];
  return { kind: "model", sheetName: sheet.name, values };
}

/** Round trip 2, only when a name was missing: no marker is "not a model", a missing layout name is a broken one. */
async function diagnoseMissingNames(
  context: Excel.RequestContext,
  original: unknown,
  layout: SheetLayout
): Promise<ModelSheet> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const names = context.workbook.worksheets.getActiveWorksheet().names;
  sheet.load("name");
  names.load("items/name");
  await context.sync();
  if (!hasMarker(names.items, layout)) return { kind: "notModel", sheetName: sheet.name };
  const present = new Set(names.items.map((n) => n.name.toLowerCase()));
  const missing = Object.values(layout.names).filter((name) => !present.has(name.toLowerCase()));
  // Every name is there: what was not found is something else (a name's cells deleted?).
  if (missing.length === 0) throw original;
  throw new UserFacingError(
    t("office.namesDeleted", {
      sheet: sheet.name,
      names: missing.join(", "),
    })
  );
}
