/**
 * Moves a formula by (rows, columns) the way Excel does when it fills a
 * formula down or across: relative references shift, `$`-anchored parts stay.
 * A shared formula in an .xlsx file (`<f t="shared" si=…>`) is the master's
 * text moved to each child's cell; this is how a child is written out on its
 * own when it has to leave the group.
 */
import { columnLetter, columnNumber } from "../a1";
import { tokenize } from "./tokenize";

const CELL_PART = /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/i;
const COLUMN_PART = /^(\$?)([A-Z]{1,3})$/i;
const ROW_PART = /^(\$?)(\d+)$/;

/** Index after the sheet prefix ("'It''s'!", "Data!", "[1]Data!"), 0 when there is none. */
function sheetPrefixEnd(word: string): number {
  let inQuote = false;
  let end = 0;
  for (let i = 0; i < word.length; i++) {
    if (word[i] === "'") inQuote = !inQuote;
    else if (word[i] === "!" && !inQuote) end = i + 1;
  }
  return end;
}

function shiftPart(
  part: string,
  rows: number,
  columns: number,
  pairedKind: "cell" | "column" | "row"
): string | null {
  const cell = CELL_PART.exec(part);
  if (cell && pairedKind === "cell") {
    const [, colAbs, col, rowAbs, row] = cell;
    const c = colAbs ? columnNumber(col) : columnNumber(col) + columns;
    const r = rowAbs ? Number(row) : Number(row) + rows;
    return `${colAbs}${columnLetter(c)}${rowAbs}${r}`;
  }
  const column = COLUMN_PART.exec(part);
  if (column && pairedKind === "column")
    return `${column[1]}${columnLetter(column[1] ? columnNumber(column[2]) : columnNumber(column[2]) + columns)}`;
  const row = ROW_PART.exec(part);
  if (row && pairedKind === "row")
    return `${row[1]}${row[1] ? Number(row[2]) : Number(row[2]) + rows}`;
  return null;
}

/** A word token (reference or name) moved; names, functions and structured references unchanged. */
function shiftWord(word: string, rows: number, columns: number): string {
  if (word.includes("[")) return word; // structured or external-book reference
  const prefixEnd = sheetPrefixEnd(word);
  const parts = word.slice(prefixEnd).split(":");
  if (parts.length > 2) return word;
  const kind = parts.every((p) => CELL_PART.test(p))
    ? "cell"
    : parts.length === 2 && parts.every((p) => COLUMN_PART.test(p))
      ? "column"
      : parts.length === 2 && parts.every((p) => ROW_PART.test(p))
        ? "row"
        : null;
  if (!kind) return word;
  const moved = parts.map((p) => shiftPart(p, rows, columns, kind));
  return moved.includes(null) ? word : word.slice(0, prefixEnd) + moved.join(":");
}

export function shiftFormula(formula: string, rows: number, columns: number): string {
  const tokens = tokenize(formula);
  return tokens
    .map((t, i) =>
      t.kind === "word" && tokens[i + 1]?.kind !== "open"
        ? shiftWord(t.text, rows, columns)
        : t.text
    )
    .join("");
}
