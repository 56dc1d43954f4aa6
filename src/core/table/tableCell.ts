/**
 * Reading one cell of a user's table, whether it came from a CSV file (text)
 * or from Excel (numbers, booleans, text, blanks): numbers with a decimal
 * comma where the file uses one (Russian and Kazakh Excel export "12,5" with
 * ";" separators), yes/no flags as Excel shows them in English, Russian and
 * Kazakh, and presence as MKT.NUMERIC_DIST reads it (TRUE/FALSE, 1/0, a
 * stock figure; blank = absent).
 */

import { msg, type Message } from "../i18n";

export type TableCell = string | number | boolean | null;

/** What a cell can be read as, or why not (what it should have held, in words). */
export type CellReading<T> = { ok: true; value: T } | { ok: false; expected: Message };

const A_NUMBER = msg("rule.cell.number");

/** TRUE and FALSE as English, Russian and Kazakh Excel write them in CSV. */
const TRUE_WORDS = new Set(["true", "истина", "ақиқат"]);
const FALSE_WORDS = new Set(["false", "ложь", "жалған"]);

export function isBlankCell(cell: TableCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** A number; `decimalComma` reads "12,5" as 12.5 (and then "," is never a thousands separator). */
export function readNumberCell(cell: TableCell, decimalComma: boolean): CellReading<number | null> {
  if (cell === null || isBlankCell(cell)) return { ok: true, value: null };
  if (typeof cell === "number")
    return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, expected: A_NUMBER };
  if (typeof cell === "boolean") return { ok: false, expected: A_NUMBER };
  let s = cell.trim().replace(/[\u00a0\u202f ]/g, "");
  if (decimalComma) s = s.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return { ok: false, expected: A_NUMBER };
  return { ok: true, value: Number(s) };
}

/** TRUE/FALSE (in any of the three languages) or 1/0. */
export function readFlagCell(cell: TableCell): CellReading<boolean | null> {
  if (isBlankCell(cell)) return { ok: true, value: null };
  if (typeof cell === "boolean") return { ok: true, value: cell };
  if (cell === 1 || cell === 0) return { ok: true, value: cell === 1 };
  if (typeof cell === "string") {
    const word = cell.trim().toLowerCase();
    if (TRUE_WORDS.has(word) || word === "1") return { ok: true, value: true };
    if (FALSE_WORDS.has(word) || word === "0") return { ok: true, value: false };
  }
  return { ok: false, expected: msg("rule.cell.flag") };
}

/** Presence: a flag, or a stock figure >= 0 (present when > 0); blank = absent. */
export function readPresenceCell(
  cell: TableCell,
  decimalComma: boolean
): CellReading<boolean | number | null> {
  const flag = readFlagCell(cell);
  if (flag.ok) return flag;
  const n = readNumberCell(cell, decimalComma);
  if (n.ok && (n.value === null || n.value >= 0)) return n;
  return { ok: false, expected: msg("rule.cell.presence") };
}

/** A cell as a message quotes it. */
export function showCell(cell: TableCell): string {
  if (typeof cell === "string")
    return JSON.stringify(cell.length > 20 ? cell.slice(0, 20) + "…" : cell);
  return String(cell);
}
