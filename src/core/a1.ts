/**
 * A1 addresses as a sheet plan writes them ("B5", "C10:E12", optionally with
 * $ signs, letters in either case): column letters, parsing and shapes, shared
 * by the plan builders, the .xlsx writer, the task pane's Office adapter and
 * the tests. Columns and rows are 1-based, as in Excel.
 */

export interface CellRef {
  /** 1 = column A. */
  col: number;
  /** 1 = row 1. */
  row: number;
}

/** 1 -> "A", 26 -> "Z", 27 -> "AA". */
export function columnLetter(col: number): string {
  let n = col;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" -> 1, "AA" -> 27 (letters in either case). */
export function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col;
}

/** "B5", "$B$5" or "b5" -> { col: 2, row: 5 }; throws on anything else (a programmer error in a plan). */
export function parseCell(a1: string): CellRef {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`not an A1 cell address: ${a1}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** "B5:D7" -> its corners; a single cell is a 1x1 range. */
export function parseRange(address: string): { from: CellRef; to: CellRef } {
  const [a, b] = address.split(":");
  const from = parseCell(a);
  return { from, to: b === undefined ? from : parseCell(b) };
}

/** "B5:D7" -> "$B$5:$D$7"; areas separated by "," stay separate ("A1,C3" -> "$A$1,$C$3"). */
export function absoluteRange(address: string): string {
  return address
    .split(",")
    .map((area) =>
      area
        .trim()
        .split(":")
        .map((a) => {
          const p = parseCell(a);
          return `$${columnLetter(p.col)}$${p.row}`;
        })
        .join(":")
    )
    .join(",");
}

/** Rows and columns of a single-area range ("B5:D7" -> { rows: 3, columns: 3 }). */
export function rangeShape(address: string): { rows: number; columns: number } {
  const { from, to } = parseRange(address);
  return { rows: Math.abs(to.row - from.row) + 1, columns: Math.abs(to.col - from.col) + 1 };
}
