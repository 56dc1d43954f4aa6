/**
 * The column layout every optimisation-model sheet (discount, budget) shares:
 * a wide label column A, then equal figure columns. The notes sit in the
 * sheet's own rows (core/sheet/notes), where they are read, so no column is
 * kept for them and the printed page stays as wide as the tables.
 */
import { columnLetter } from "../a1";
import type { PlanColumnWidth } from "./plan";

/** Label column A: fits a 30-character label in the default font. */
export const LABEL_COLUMN_WIDTH = 190;

/** Widths in points: column A for labels, B through `lastColumn` at `figureWidth`. */
export function modelSheetColumnWidths(lastColumn: number, figureWidth: number): PlanColumnWidth[] {
  return [
    { column: "A", width: LABEL_COLUMN_WIDTH },
    ...Array.from({ length: lastColumn - 1 }, (_, i) => ({
      column: columnLetter(2 + i),
      width: figureWidth,
    })),
  ];
}
