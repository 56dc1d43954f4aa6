/**
 * Column widths that fit the words: a plan builder gives each column the width
 * its figures need, and the header and label text of the chosen language may
 * need more (Russian and Kazakh labels run a third longer than English). Only
 * widens, never narrows, and stops at a ceiling so one long label cannot push
 * the sheet's tables apart; text beyond it is cut as Excel cuts it.
 */
import { columnLetter, parseRange } from "../a1";
import { formatAmount } from "../numberFormat";
import type { PlanBlock, PlanColumnWidth, PlanRole } from "./plan";

/**
 * Points per character of Calibri 11 in the roles whose text must be read
 * whole (headings and notes may spill into the empty cells to their right):
 * bold column headers average about 6.5 pt a character, plain row labels
 * about 5.8 pt, Cyrillic and Latin alike; plus the cell's padding. Deliberate
 * over-estimates: a little spare room is better than a clipped word.
 */
const POINTS_PER_CHARACTER: Partial<Record<PlanRole, number>> = { header: 6.5, label: 5.8 };
const CELL_PADDING_POINTS = 8;
/** A figure column keeps room for a figure ten times its largest (one more digit after an edit). */
const SPARE_DIGIT_FACTOR = 10;

/**
 * Points a figure column needs for `largest` (the biggest magnitude it shows)
 * written with grouped thousands, one digit to spare, in the row-label measure;
 * at least `minimum`. Formulas' results are not in the plan, so the plan
 * builder estimates them from its model.
 */
export function figureColumnWidth(largest: number, minimum: number): number {
  const characters = formatAmount(Math.abs(largest) * SPARE_DIGIT_FACTOR).length;
  const points = characters * (POINTS_PER_CHARACTER.label ?? 0) + CELL_PADDING_POINTS;
  return Math.max(minimum, Math.round(points));
}

/** The widest a column grows for its words. */
const MAX_FITTED_WIDTH = 300;

/** Text cells only: formulas (e.g. a header that shows a tier's label) are measured by their writer's data. */
function textLength(value: unknown): number {
  return typeof value === "string" && !value.startsWith("=") ? value.length : 0;
}

/** The longest word of a text cell: what a wrapped header needs on one line. */
function longestWordLength(value: unknown): number {
  if (typeof value !== "string" || value.startsWith("=")) return 0;
  return Math.max(0, ...value.split(/\s+/).map((word) => word.length));
}

export interface FitOptions {
  /**
   * Header rows that wrap (assemble gives them the height their text needs):
   * a header column then needs only its longest word on one line, not the
   * whole header, so Russian and Kazakh headers wrap instead of widening the
   * table, and no word is broken in two.
   */
  wrapHeaders?: boolean;
}

/** `widths` with each listed column widened to fit its header and label text. */
export function fitColumnWidths(
  widths: readonly PlanColumnWidth[],
  blocks: readonly PlanBlock[],
  options: FitOptions = {}
): PlanColumnWidth[] {
  const needed = new Map<string, number>();
  for (const block of blocks) {
    const perCharacter = POINTS_PER_CHARACTER[block.role];
    if (perCharacter === undefined) continue;
    const length = block.role === "header" && options.wrapHeaders ? longestWordLength : textLength;
    const { from } = parseRange(block.address);
    block.cells.forEach((row) =>
      row.forEach((value, i) => {
        const column = columnLetter(from.col + i);
        const points = length(value) * perCharacter + CELL_PADDING_POINTS;
        needed.set(column, Math.max(needed.get(column) ?? 0, points));
      })
    );
  }
  return widths.map(({ column, width }) => ({
    column,
    width: Math.max(width, Math.min(MAX_FITTED_WIDTH, Math.round(needed.get(column) ?? 0))),
  }));
}
