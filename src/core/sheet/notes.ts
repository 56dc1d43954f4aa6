/**
 * Notes that read like a paragraph: one wrapped cell merged across the width
 * of the table it explains, placed right under the title, with a row height
 * that fits its text (Excel does not grow a row for a merged cell by itself,
 * so without a height the text would be cut or overlap).
 */
import type { SheetSection } from "./assemble";
import { block, rangeAt } from "./place";

/** Points per character of the sheets' 10-point Calibri, on average over running text (0.44 em, as Carlito renders it). */
const AVERAGE_CHARACTER_WIDTH_PT = 4.4;
/** Line height of a 10-point font in Excel (its default row is 15 pt for 11 pt). */
const LINE_HEIGHT_PT = 13.5;
/** Cell padding Excel keeps on either side of wrapped text. */
const CELL_PADDING_PT = 6;

/**
 * Lines a paragraph takes when wrapped at `perLine` characters as Excel wraps:
 * word by word (a word that does not fit moves to the next line whole), a word
 * longer than a line broken across lines.
 */
function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(" ")) {
    const length = word.length;
    if (used > 0 && used + 1 + length <= perLine) {
      used += 1 + length;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.max(0, Math.ceil(length / perLine) - 1);
    used = length % perLine || Math.min(length, perLine);
  }
  return lines;
}

/** Height in points that shows `text` wrapped in `widthPt`, paragraph by paragraph. */
export function wrappedTextHeight(text: string, widthPt: number): number {
  const perLine = Math.max(1, Math.floor((widthPt - CELL_PADDING_PT) / AVERAGE_CHARACTER_WIDTH_PT));
  const lines = text
    .split("\n")
    .reduce((sum, paragraph) => sum + wrappedLines(paragraph, perLine), 0);
  return Math.ceil(lines * LINE_HEIGHT_PT + 4);
}

/**
 * A note in row `row` from column `col` across `columns` columns of total
 * width `widthPt` (the sum of those columns' widths).
 */
export function noteSection(
  col: number,
  row: number,
  text: string,
  columns: number,
  widthPt: number
): SheetSection {
  return {
    blocks: [block(col, row, [[text]], "note")],
    merges: columns > 1 ? [rangeAt(col, row, col + columns - 1, row)] : [],
    rowHeights: [{ row, height: wrappedTextHeight(text, widthPt) }],
  };
}
