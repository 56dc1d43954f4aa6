/**
 * Puts a catalogue formula into the active cell (the top-left cell of the
 * selection). It refuses to overwrite a cell that already holds something:
 * the gallery is for starting a formula, not for replacing the user's data.
 * Written with `formulas` (invariant English) so it works in every locale.
 */
import { t } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";

export async function insertFunction(
  context: Excel.RequestContext,
  formula: string
): Promise<{ address: string }> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  cell.load("address,formulas");
  await context.sync();
  const current = (cell.formulas as unknown[][])[0]?.[0];
  if (current !== "" && current !== null && current !== undefined) {
    throw new UserFacingError(t("office.cellNotEmpty", { address: cell.address }));
  }
  cell.formulas = [[formula]];
  await context.sync();
  return { address: cell.address };
}
