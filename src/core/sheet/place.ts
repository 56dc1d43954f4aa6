/**
 * Placing blocks on a sheet by column and row numbers (1-based, as in Excel
 * and core/a1): section builders compute positions as numbers and these turn
 * them into the A1 addresses a PlanBlock carries.
 */
import { columnLetter } from "../a1";
import type { PlanBlock, PlanRole, PlanScalar } from "./plan";

/** "B5" for (2, 5). */
export const cellAt = (col: number, row: number): string => `${columnLetter(col)}${row}`;

/** "$B$5" for (2, 5): a reference that stays put when a formula is copied. */
export const absCellAt = (col: number, row: number): string => `$${columnLetter(col)}$${row}`;

/** "B5:D7" for (2, 5, 4, 7). */
export const rangeAt = (col1: number, row1: number, col2: number, row2: number): string =>
  `${cellAt(col1, row1)}:${cellAt(col2, row2)}`;

/** "$B$5:$D$7" for (2, 5, 4, 7). */
export const absRangeAt = (col1: number, row1: number, col2: number, row2: number): string =>
  `${absCellAt(col1, row1)}:${absCellAt(col2, row2)}`;

/** A block whose top-left cell is (col, row); its address follows from the shape of `cells`. */
export function block(
  col: number,
  row: number,
  cells: PlanScalar[][],
  role: PlanRole,
  numberFormat?: PlanBlock["numberFormat"]
): PlanBlock {
  if (cells.length === 0 || cells[0].length === 0)
    throw new RangeError(`block at ${cellAt(col, row)} has no cells`);
  const width = cells[0].length;
  return {
    address: rangeAt(col, row, col + width - 1, row + cells.length - 1),
    cells,
    role,
    ...(numberFormat ? { numberFormat } : {}),
  };
}

/** A one-column block: one value per row. */
export function columnBlock(
  col: number,
  row: number,
  values: PlanScalar[],
  role: PlanRole,
  numberFormat?: PlanBlock["numberFormat"]
): PlanBlock {
  return block(
    col,
    row,
    values.map((v) => [v]),
    role,
    numberFormat
  );
}
