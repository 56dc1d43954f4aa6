/**
 * Reads the cells the user selected (for "Import from selection"): only the
 * used part of the selection, so selecting whole columns does not pull a
 * million empty rows. Two round trips: its size first, so a runaway
 * selection is refused before a single cell crosses the wire, then its values.
 */
import type { SheetCell } from "../../core/discount";
import { t } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";

/** More than the 20 tiers of the model plus headers and some slack, far fewer than a runaway selection. */
export const MAX_IMPORT_CELLS = 2000;

export async function readSelectionTable(
  context: Excel.RequestContext
): Promise<{ address: string; values: SheetCell[][] }> {
  const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  used.load("address,rowCount,columnCount");
  await context.sync(); // round trip 1: the size of the used part
  if (used.isNullObject) throw new UserFacingError(t("pane.import.empty"));
  const { rowCount, columnCount } = used;
  if (rowCount * columnCount > MAX_IMPORT_CELLS) {
    throw new UserFacingError(
      t("pane.import.tooLarge", {
        rows: t("pane.import.rows", { count: rowCount }),
        columns: t("pane.import.columns", { count: columnCount }),
        cells: rowCount * columnCount,
        max: MAX_IMPORT_CELLS,
      })
    );
  }
  used.load("values");
  await context.sync(); // round trip 2: the cells
  const values = (used.values as unknown[][]).map((row) =>
    row.map((cell): SheetCell => (cell === "" || cell === undefined ? null : (cell as SheetCell)))
  );
  return { address: used.address, values };
}
