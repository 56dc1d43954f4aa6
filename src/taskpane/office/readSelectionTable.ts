/**
 * Reads the cells the user selected (for "Import from selection"): only the
 * used part of the selection, so selecting whole columns does not pull a
 * million empty rows. One round trip.
 */
import { UserFacingError } from "./userFacingError";

/** More than the 20 tiers of the model plus headers and some slack, far fewer than a runaway selection. */
export const MAX_IMPORT_CELLS = 2000;

export type SelectionCell = string | number | boolean | null;

export async function readSelectionTable(
  context: Excel.RequestContext
): Promise<{ address: string; values: SelectionCell[][] }> {
  const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  used.load("address,rowCount,columnCount,values");
  await context.sync();
  if (used.isNullObject)
    throw new UserFacingError("The selected cells are empty: select a table with a header row.");
  if (used.rowCount * used.columnCount > MAX_IMPORT_CELLS) {
    throw new UserFacingError(
      `The selection is too large to be a tier table (${used.rowCount} rows); select just the table.`
    );
  }
  const values = (used.values as unknown[][]).map((row) =>
    row.map((cell): SelectionCell =>
      cell === "" || cell === undefined ? null : (cell as SelectionCell)
    )
  );
  return { address: used.address, values };
}
