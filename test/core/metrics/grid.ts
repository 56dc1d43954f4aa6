/** Test helper: builds a coerced Grid from rows of numbers (null = blank), as the coercion would. */
import { Grid } from "../../../src/core/args";

export function grid(rows: readonly (readonly (number | null)[])[]): Grid {
  const cols = rows.length === 0 ? 0 : rows[0].length;
  const values = new Float64Array(rows.length * cols);
  const blank = new Uint8Array(rows.length * cols);
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) blank[r * cols + c] = 1;
      else values[r * cols + c] = cell;
    })
  );
  return { rows: rows.length, cols, values, blank };
}

/** A column grid from a list. */
export const column = (cells: readonly (number | null)[]): Grid => grid(cells.map((c) => [c]));

/** A yes/no grid as the coercion builds it: every non-blank cell is 1 (positive) or 0. */
export const flagGrid = (rows: readonly (readonly (number | null)[])[]): Grid =>
  grid(rows.map((row) => row.map((c) => (c === null ? null : c > 0 ? 1 : 0))));

/** A yes/no column. */
export const flagColumn = (cells: readonly (number | null)[]): Grid =>
  flagGrid(cells.map((c) => [c]));
