/**
 * Writes discounts (or a budget sheet's spends) into the decision cells of a
 * model sheet (the range behind the layout name `mkt_decisions`, on both) and returns what those cells held before —
 * their formulas, so a formula or a note the user had typed there comes back
 * as it was — which is what the pane keeps for its one-step Undo.
 *
 * With `expectCurrent` (Undo passes the discounts the pane wrote, Optimise the
 * values it read before solving) an edit the user made since is never lost.
 * Office.js has no conditional write, so the check and the write share one
 * batch: the batch first loads the cells and then writes them, and Excel runs
 * a batch in order without a user's keystroke in between, so what is loaded
 * is exactly what the write replaced. When the loaded values are not the
 * expected ones, a second batch puts the loaded formulas back (the user's
 * edit, exactly as typed) and the write is refused. The alternative, a
 * formula that writes conditionally (=IF(cell=expected, new, cell)), would
 * refer to its own cell: a circular reference. One round trip normally, two
 * when a write is taken back.
 */
import { LAYOUT_NAMES, type SheetCell } from "../../core/discount";
import { t } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";

/** How a refusal names what the decision cells hold: discounts per tier, or spends per channel. */
export interface DecisionWording {
  editedSinceWrite(sheet: string): string;
  cellCount(sheet: string, cells: number, count: number): string;
}

export const DISCOUNT_WORDING: DecisionWording = {
  editedSinceWrite: (sheet) => t("office.editedSinceWrite", { sheet }),
  cellCount: (sheet, cells, count) => t("office.decisionCount", { sheet, cells, count }),
};

export const SPEND_WORDING: DecisionWording = {
  editedSinceWrite: (sheet) => t("office.editedSinceWriteSpends", { sheet }),
  cellCount: (sheet, cells, count) => t("office.spendCellCount", { sheet, cells, count }),
};

export async function writeDecisions(
  context: Excel.RequestContext,
  sheetName: string,
  cells: readonly SheetCell[],
  expectCurrent?: readonly (number | null)[],
  wording: DecisionWording = DISCOUNT_WORDING
): Promise<{ previous: SheetCell[] }> {
  // A renamed or deleted sheet fails here with ItemNotFound, which toUserMessage explains.
  // Two proxies of the same range, one read and one written, so what the read
  // returns can only be what the cells held before the write in the batch.
  const decisions = () =>
    context.workbook.worksheets.getItem(sheetName).names.getItem(LAYOUT_NAMES.decisions).getRange();
  const range = decisions();
  range.load("values,formulas");
  // The layout's decision range is one column, one cell per tier. null (an
  // empty cell before, restored by Undo) is written as "", which empties the
  // cell (null itself would mean "leave as is").
  const target = decisions();
  target.formulas = cells.map((d) => [d === null ? "" : d]);
  try {
    await context.sync(); // round trip 1: what the cells held, then the write
  } catch (error) {
    // The array no longer fits the range: nothing was written. Say how it differs.
    if ((error as { code?: unknown } | null)?.code === "InvalidArgument")
      await refuseChangedShape(context, decisions(), sheetName, cells.length, wording);
    throw error;
  }
  // Formulas, not values: a constant reads back as itself, a formula as its
  // invariant-English text, an empty cell as "" (kept as null).
  const before = range.formulas as unknown[][];
  const previous = before
    .flat()
    .map((f): SheetCell => (f === "" || f === undefined ? null : (f as SheetCell)));
  if (expectCurrent) {
    const current = (range.values as unknown[][])
      .flat()
      .map((v) => (typeof v === "number" ? v : null));
    if (!sameDiscounts(current, expectCurrent)) {
      target.formulas = before;
      await context.sync(); // round trip 2, only to take the write back
      throw new UserFacingError(wording.editedSinceWrite(sheetName), "EditedSinceWrite");
    }
  }
  return { previous };
}

/** After a write that did not fit: one more round trip for the sizes, then the refusal in words. */
async function refuseChangedShape(
  context: Excel.RequestContext,
  range: Excel.Range,
  sheetName: string,
  count: number,
  wording: DecisionWording
): Promise<never> {
  range.load("rowCount,columnCount");
  await context.sync();
  throw new UserFacingError(
    wording.cellCount(sheetName, range.rowCount * range.columnCount, count),
    "DecisionCellsChanged"
  );
}

/**
 * Cells that differ by less than this share of their size hold the same
 * figure: a host may round what it returns (to 15 significant digits, or
 * HyperFormula's fewer), which for a spend of millions is more than 1e-9 in
 * absolute terms; no edit a person types is that close.
 */
const SAME_VALUE_SHARE = 1e-9;

/** Equal up to float noise, relative to the figures' size (at least 1: discounts are shares). */
function sameDiscounts(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      if (x === null || y === null) return x === y;
      return Math.abs(x - y) <= SAME_VALUE_SHARE * Math.max(1, Math.abs(x), Math.abs(y));
    })
  );
}
