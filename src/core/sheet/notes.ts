/**
 * Notes that read like a paragraph: one wrapped cell merged across the width
 * of the table it explains, placed where it is read (under the title, or
 * under the results it explains), with a row height
 * that fits its text (Excel does not grow a row for a merged cell by itself,
 * so without a height the text would be cut or overlap).
 */
import type { SheetSection } from "./assemble";
import { block, columnBlock, rangeAt } from "./place";

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
  return notesListSection(col, row, [text], columns, widthPt);
}

/**
 * Notes one below the other from row `row`, one paragraph per row, each
 * merged across `columns` columns of total width `widthPt` and as tall as
 * its text. A null line leaves its row empty (a layout may reserve a row for
 * an optional note).
 */
export function notesListSection(
  col: number,
  row: number,
  lines: readonly (string | null)[],
  columns: number,
  widthPt: number
): SheetSection {
  const rows = lines.map((text, i) => ({ text, row: row + i }));
  const written = rows.filter((r): r is { text: string; row: number } => r.text !== null);
  return {
    blocks: [columnBlock(col, row, [...lines], "note")],
    merges: columns > 1 ? written.map((r) => rangeAt(col, r.row, col + columns - 1, r.row)) : [],
    rowHeights: written.map((r) => ({ row: r.row, height: wrappedTextHeight(r.text, widthPt) })),
  };
}

/** `notes` with their heading in (col, row), the row above them. */
export function headedNotes(
  col: number,
  row: number,
  heading: string,
  notes: SheetSection
): SheetSection {
  return { ...notes, blocks: [block(col, row, [[heading]], "heading"), ...notes.blocks] };
}
