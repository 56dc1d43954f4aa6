/**
 * Writes discounts into the decision cells of a model sheet (the range behind
 * the layout name `mkt_decisions`) and returns the discounts that were there
 * before, which is what the pane keeps for its one-step Undo. Two round trips:
 * read the current cells, then write them all as one 2-D array.
 * With `expectCurrent` (Undo passes the discounts the pane wrote) it writes
 * only if the cells still hold exactly those: an edit the user made since is
 * never overwritten.
 */
import { LAYOUT_NAMES } from "../../core/discount";
import { UserFacingError } from "./userFacingError";

export async function writeDecisions(
  context: Excel.RequestContext,
  sheetName: string,
  discounts: readonly (number | null)[],
  expectCurrent?: readonly (number | null)[]
): Promise<{ previous: (number | null)[] }> {
  // A renamed or deleted sheet fails here with ItemNotFound, which toUserMessage explains.
  const range = context.workbook.worksheets
    .getItem(sheetName)
    .names.getItem(LAYOUT_NAMES.decisions)
    .getRange();
  range.load("values,rowCount,columnCount");
  await context.sync();

  const { rowCount, columnCount } = range;
  if (rowCount * columnCount !== discounts.length || (rowCount !== 1 && columnCount !== 1)) {
    throw new UserFacingError(
      `The sheet "${sheetName}" has ${rowCount * columnCount} decision cells but the solution has ${discounts.length} tiers; ` +
        "was a tier added or removed on the sheet? Build a new sheet from the form."
    );
  }
  const previous = (range.values as unknown[][])
    .flat()
    .map((v) => (typeof v === "number" ? v : null));
  if (expectCurrent && !sameDiscounts(previous, expectCurrent)) {
    throw new UserFacingError(
      `The discounts on "${sheetName}" were changed after the pane wrote them, so Undo was not applied (it would overwrite your edits).`
    );
  }
  // The decision range is one row or one column; keep its orientation. null (an
  // empty cell before, restored by Undo) is written as "" which empties the cell.
  const cells = discounts.map((d) => (d === null ? "" : d));
  range.values = rowCount === 1 ? [cells] : cells.map((d) => [d]);
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
