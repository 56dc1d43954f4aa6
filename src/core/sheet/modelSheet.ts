/**
 * The parts every optimisation-model sheet (discount, budget) shares: the
 * column widths of its layout (a wide label column, equal figure columns, a
 * narrow gap, then a wide notes column) and the notes block at the top of the
 * notes column ("How to solve" and its lines).
 */
import { columnLetter } from "../a1";
import type { SheetSection } from "./assemble";
import type { PlanColumnWidth } from "./plan";
import { block, columnBlock } from "./place";

/** Label column A: fits a 30-character label in the default font. */
export const LABEL_COLUMN_WIDTH = 190;
/** Gap before the notes, in points: a visual break, too narrow for data. */
export const NOTES_GAP_WIDTH = 20;
/** Notes column: ~80 characters a line, wrapped, beside the tables. */
export const NOTES_COLUMN_WIDTH = 460;

/** Widths in points: column A for labels, B up to the gap at `figureWidth`, the gap, then the notes. */
export function modelSheetColumnWidths(
  notesColumn: number,
  figureWidth: number
): PlanColumnWidth[] {
  return [
    { column: "A", width: LABEL_COLUMN_WIDTH },
    ...Array.from({ length: notesColumn - 3 }, (_, i) => ({
      column: columnLetter(2 + i),
      width: figureWidth,
    })),
    { column: columnLetter(notesColumn - 1), width: NOTES_GAP_WIDTH },
    { column: columnLetter(notesColumn), width: NOTES_COLUMN_WIDTH },
  ];
}

/** The notes heading at row 3 of `column` and one wrapped line per row below it. */
export function notesBlock(
  column: number,
  heading: string,
  lines: readonly string[]
): SheetSection {
  return {
    blocks: [block(column, 3, [[heading]], "heading"), columnBlock(column, 4, [...lines], "note")],
  };
}
