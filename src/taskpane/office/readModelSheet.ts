/**
 * Finds out whether the active sheet is a discount model the pane built — it
 * carries the hidden sheet-scoped marker name — and, if so, reads the model's
 * current inputs back through the layout names (the user may have edited them
 * since building).
 *
 * One round trip for a model sheet: the sheet's name, its list of names (for
 * the marker) and the ranges behind every layout name are queued in the same
 * batch. A layout name that is missing fails that batch with ItemNotFound;
 * only then a second round trip lists the sheet's names to say why: not a
 * model sheet, or a model sheet whose names were deleted.
 */
import { LAYOUT_NAMES, MODEL_MARKER_NAME, type SheetCell } from "../../core/discount";
import { t } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";

type LayoutKey = keyof typeof LAYOUT_NAMES;

export type ModelSheet =
  | { kind: "notModel"; sheetName: string }
  /** `values` is keyed by layout name ("mkt_inputs", …), as modelFromSheetValues reads it. */
  | { kind: "model"; sheetName: string; values: Record<string, SheetCell[][]> };

const LAYOUT_KEYS = Object.keys(LAYOUT_NAMES) as LayoutKey[];

function hasMarker(names: readonly { name: string }[]): boolean {
  return names.some((n) => n.name.toLowerCase() === MODEL_MARKER_NAME.toLowerCase());
}

function isItemNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ItemNotFound";
}

export async function readModelSheet(context: Excel.RequestContext): Promise<ModelSheet> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const names = context.workbook.worksheets.getActiveWorksheet().names;
  sheet.load("name");
  names.load("items/name");
  const ranges = LAYOUT_KEYS.map((k) => {
    const range = names.getItem(LAYOUT_NAMES[k]).getRange();
    range.load("values");
    return [k, range] as const;
  });
  try {
    await context.sync(); // round trip 1: name, names and every layout range
  } catch (error) {
    if (!isItemNotFound(error)) throw error;
    return diagnoseMissingNames(context, error);
  }
  if (!hasMarker(names.items)) return { kind: "notModel", sheetName: sheet.name };
  const values: Record<string, SheetCell[][]> = {};
  for (const [k, range] of ranges) values[LAYOUT_NAMES[k]] = range.values as SheetCell[][];
  return { kind: "model", sheetName: sheet.name, values };
}

/** Round trip 2, only when a name was missing: no marker is "not a model", a missing layout name is a broken one. */
async function diagnoseMissingNames(
  context: Excel.RequestContext,
  original: unknown
): Promise<ModelSheet> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const names = context.workbook.worksheets.getActiveWorksheet().names;
  sheet.load("name");
  names.load("items/name");
  await context.sync();
  if (!hasMarker(names.items)) return { kind: "notModel", sheetName: sheet.name };
  const present = new Set(names.items.map((n) => n.name.toLowerCase()));
  const missing = LAYOUT_KEYS.filter((k) => !present.has(LAYOUT_NAMES[k].toLowerCase()));
  // Every name is there: what was not found is something else (a name's cells deleted?).
  if (missing.length === 0) throw original;
  throw new UserFacingError(
    t("office.namesDeleted", {
      sheet: sheet.name,
      names: missing.map((k) => LAYOUT_NAMES[k]).join(", "),
    })
  );
}
