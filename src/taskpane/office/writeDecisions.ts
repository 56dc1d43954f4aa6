/**
 * Writes discounts into the decision cells of a model sheet (the range behind
 * the layout name `mkt_decisions`) and returns what those cells held before —
 * their formulas, so a formula or a note the user had typed there comes back
 * as it was — which is what the pane keeps for its one-step Undo. Two round
 * trips: read the current cells, then write them all as one 2-D array.
 * With `expectCurrent` (Undo passes the discounts the pane wrote) it writes
 * only if the cells' current values are still exactly those: an edit the user
 * made since is never overwritten.
 */
import { LAYOUT_NAMES, type SheetCell } from "../../core/discount";
import { t } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";

export async function writeDecisions(
  context: Excel.RequestContext,
  sheetName: string,
  cells: readonly SheetCell[],
  expectCurrent?: readonly (number | null)[]
): Promise<{ previous: SheetCell[] }> {
  // A renamed or deleted sheet fails here with ItemNotFound, which toUserMessage explains.
  const range = context.workbook.worksheets
    .getItem(sheetName)
    .names.getItem(LAYOUT_NAMES.decisions)
    .getRange();
  range.load("values,formulas,rowCount,columnCount");
  await context.sync();

  const { rowCount, columnCount } = range;
  if (rowCount * columnCount !== cells.length || (rowCount !== 1 && columnCount !== 1)) {
    throw new UserFacingError(
      t("office.decisionCount", {
        sheet: sheetName,
        cells: rowCount * columnCount,
        count: cells.length,
      }),
      "DecisionCellsChanged"
    );
  }
  if (expectCurrent) {
    const current = (range.values as unknown[][])
      .flat()
      .map((v) => (typeof v === "number" ? v : null));
    if (!sameDiscounts(current, expectCurrent)) {
      throw new UserFacingError(
        t("office.editedSinceWrite", { sheet: sheetName }),
        "EditedSinceWrite"
      );
    }
  }
  // Formulas, not values: a constant reads back as itself, a formula as its
  // invariant-English text, an empty cell as "" (kept as null).
  const previous = (range.formulas as unknown[][])
    .flat()
    .map((f): SheetCell => (f === "" || f === undefined ? null : (f as SheetCell)));
  // The decision range is one row or one column; keep its orientation. null (an
  // empty cell before, restored by Undo) is written as "" which empties the cell
  // (null itself would mean "leave as is").
  const written = cells.map((d) => (d === null ? "" : d));
  range.formulas = rowCount === 1 ? [written] : written.map((d) => [d]);
  await context.sync();
  return { previous };
}

/** Equal up to float noise (a host may round what it returns, e.g. to 15 significant digits). */
function sameDiscounts(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) =>
      x === null || b[i] === null ? x === b[i] : Math.abs(x - (b[i] as number)) <= 1e-9
    )
  );
}
