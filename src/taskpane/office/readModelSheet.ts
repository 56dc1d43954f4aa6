/**
 * Finds out whether the active sheet is a discount model the pane built — it
 * carries the hidden sheet-scoped marker name — and, if so, reads the model's
 * current inputs back through the layout names (the user may have edited them
 * since building). Two round trips: which names the sheet has, then their cells.
 */
import { LAYOUT_NAMES, MODEL_MARKER_NAME, type SheetCell } from "../../core/discount";
import { t } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";

type LayoutKey = keyof typeof LAYOUT_NAMES;

export type ModelSheet =
  | { kind: "notModel"; sheetName: string }
  /** `values` is keyed by layout name ("mkt_inputs", …), as modelFromSheetValues reads it. */
  | { kind: "model"; sheetName: string; values: Record<string, SheetCell[][]> };

export async function readModelSheet(context: Excel.RequestContext): Promise<ModelSheet> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  sheet.names.load("items/name");
  await context.sync(); // round trip 1: sheet name and its names

  const present = new Set(sheet.names.items.map((n) => n.name.toLowerCase()));
  if (!present.has(MODEL_MARKER_NAME.toLowerCase()))
    return { kind: "notModel", sheetName: sheet.name };
  const keys = Object.keys(LAYOUT_NAMES) as LayoutKey[];
  const missing = keys.filter((k) => !present.has(LAYOUT_NAMES[k].toLowerCase()));
  if (missing.length > 0) {
    throw new UserFacingError(
      t("office.namesDeleted", {
        sheet: sheet.name,
        names: missing.map((k) => LAYOUT_NAMES[k]).join(", "),
      })
    );
  }
  const ranges = keys.map((k) => {
    const range = sheet.names.getItem(LAYOUT_NAMES[k]).getRange();
    range.load("values");
    return [k, range] as const;
  });
  await context.sync(); // round trip 2: the cells behind the layout names

  const values: Record<string, SheetCell[][]> = {};
  for (const [k, range] of ranges) values[LAYOUT_NAMES[k]] = range.values as SheetCell[][];
  return { kind: "model", sheetName: sheet.name, values };
}
