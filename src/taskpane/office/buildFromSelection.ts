/**
 * Builds a sheet over the user's selected table, in place (distribution and
 * survey): one round trip reads the selection's used range (its address and
 * values, to check them), the sheet names and the active sheet; the plan is
 * made from what was read; a second round trip adds the new sheet with every
 * formula referring to the selected range (writeNewSheet; a third only to
 * roll back a failure). Whatever the number of stores or answers, that is at
 * most 3 round trips, and the user's cells are only read.
 */
import type { Checked } from "../../core/fieldValidation";
import type { SelectedTable } from "../../core/guided/inPlace";
import type { SheetPlan } from "../../core/sheet/plan";
import type { TableCell } from "../../core/table/tableCell";
import { writeNewSheet, type SheetWriteOptions } from "./applySheetPlan";
import { UserFacingError } from "../state/userFacingError";
import type { SelectionBuild } from "../operations";
import { t } from "../../core/i18n";

/** "'My sheet'!B3:H9" -> { sheet: "My sheet", address: "B3:H9" }. */
export function splitAddress(address: string): { sheet: string; address: string } {
  const bang = address.lastIndexOf("!");
  const sheet = address.slice(0, bang);
  const unquoted = /^'.*'$/.test(sheet) ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
  return { sheet: unquoted, address: address.slice(bang + 1) };
}

export async function buildFromSelection(
  context: Excel.RequestContext,
  makePlan: (selection: SelectedTable) => Checked<SheetPlan>,
  options: SheetWriteOptions
): Promise<SelectionBuild> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const wasActive = worksheets.getActiveWorksheet();
  wasActive.load("name");
  const used = context.workbook.getSelectedRange().getUsedRangeOrNullObject(true);
  used.load("address,values");
  await context.sync(); // round trip 1: the selection, the sheet names, the sheet to return to on failure
  if (used.isNullObject) throw new UserFacingError(t("pane.guided.selectionEmpty"));
  const values = (used.values as unknown[][]).map((row) =>
    row.map((cell): TableCell => (cell === "" || cell === undefined ? null : (cell as TableCell)))
  );
  const plan = makePlan({ ...splitAddress(used.address), values });
  if (!plan.ok) return { problems: plan.errors };
  return writeNewSheet(
    context,
    plan.value,
    worksheets.items.map((s) => s.name),
    wasActive.name,
    options
  );
}
