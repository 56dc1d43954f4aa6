/**
 * A table the plan's formulas read in place: the user's selected store list
 * or survey answers on their own sheet (task pane), or the data sheet the
 * .xlsx exporter writes beside the model (command line). The model sheet
 * refers to its columns; nothing is copied, sorted or edited.
 */
import { columnLetter } from "../a1";
import { quoteSheetName } from "../formulaText";

export interface SourceTable {
  /** The sheet that holds the table. */
  sheet: string;
  /** 1-based row of the header; the data rows follow it. */
  headerRow: number;
  /** 1-based column of the table's first column. */
  firstColumn: number;
  /** Number of data rows. */
  rows: number;
}

const letterOf = (source: SourceTable, column: number) => columnLetter(source.firstColumn + column);

/** The data cells of the table's column `column` (0-based): 'Stores'!$C$2:$C$100001. */
export function sourceColumn(source: SourceTable, column: number): string {
  const c = letterOf(source, column);
  return `${quoteSheetName(source.sheet)}!$${c}$${source.headerRow + 1}:$${c}$${source.headerRow + source.rows}`;
}

/** The header cell of column `column` (0-based): 'Stores'!$E$1. */
export function sourceHeader(source: SourceTable, column: number): string {
  return `${quoteSheetName(source.sheet)}!$${letterOf(source, column)}$${source.headerRow}`;
}

/** The whole table with its header, as a user reads it: 'Stores'!A1:F100001. */
export function sourceAddress(source: SourceTable, columns: number): string {
  const last = columnLetter(source.firstColumn + columns - 1);
  return `${quoteSheetName(source.sheet)}!${columnLetter(source.firstColumn)}${source.headerRow}:${last}${source.headerRow + source.rows}`;
}
