/**
 * The rows of a large data sheet (a 100,000-store list) written straight as
 * SpreadsheetML, because building a million ExcelJS cell objects takes most
 * of a minute and a gigabyte. ExcelJS still writes the sheet itself (header,
 * widths, frozen pane, filter, print setup) and its first data row, whose
 * cells carry the style index of each column; the other rows are added here
 * as <row> elements with those indexes (ECMA-376 Part 1, 18.3.1.73 row, 18.3.1.4 c):
 * numbers as values, TRUE/FALSE as t="b", text as inline strings.
 */
import type { PlanScalar } from "../core/sheet/plan";
import { columnLetter } from "../core/a1";

/** Characters XML 1.0 cannot hold at all (a cell must not break the file). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Any character that needs escaping or removing, or spaces at either end (which need xml:space). */
// eslint-disable-next-line no-control-regex
const NEEDS_CARE = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|^\s|\s$/;

function textXml(text: string): string {
  if (!NEEDS_CARE.test(text)) return `<is><t>${text}</t></is>`;
  const escaped = text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
  const space = /^\s|\s$/.test(escaped) ? ' xml:space="preserve"' : "";
  return `<is><t${space}>${escaped}</t></is>`;
}

/** The style index of each column's cell in row `row` of the sheet XML ("" where the cell has none). */
export function rowStyles(sheetXml: string, row: number, columns: number): string[] {
  const styles = Array.from({ length: columns }, () => "");
  const rowXml = new RegExp(`<row [^>]*r="${row}"[^>]*>(.*?)</row>`).exec(sheetXml)?.[1] ?? "";
  for (const m of rowXml.matchAll(/<c r="([A-Z]+)\d+"([^>]*)>/g)) {
    const style = /\ss="(\d+)"/.exec(m[2])?.[1] ?? "";
    const index = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    if (index < columns) styles[index] = style;
  }
  return styles;
}

/** Rows per text chunk: large enough that a chunk costs little, small enough to stay a few hundred KB. */
const ROWS_PER_CHUNK = 2000;

/** The <row> elements of rows[from, to) as one string, the first being sheet row `firstRow + from`. */
function rowsXml(
  rows: readonly PlanScalar[][],
  from: number,
  to: number,
  firstRow: number,
  open: readonly string[],
  style: readonly string[]
): string {
  let xml = "";
  for (let i = from; i < to; i++) {
    const r = firstRow + i;
    const cells = rows[i];
    xml += `<row r="${r}">`;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (v === null) continue;
      const head = `${open[c]}${r}"${style[c] ?? ""}`;
      if (typeof v === "number") xml += `${head}><v>${v}</v></c>`;
      else if (typeof v === "boolean") xml += `${head} t="b"><v>${v ? 1 : 0}</v></c>`;
      else xml += `${head} t="inlineStr">${textXml(v)}</c>`;
    }
    xml += "</row>";
  }
  return xml;
}

/**
 * The sheet's XML with `rows` appended as sheet rows from `firstRow` on and
 * its dimension widened to them, as text chunks for the zip writer: the part
 * before </sheetData>, the rows a few thousand at a time, the rest. Each
 * column's opening text (`<c r="` … `" s="N"`) is built once; a million cells
 * then cost one short concatenation each.
 */
export function* sheetWithRows(
  sheetXml: string,
  rows: readonly PlanScalar[][],
  firstRow: number,
  styles: readonly string[]
): Generator<string> {
  const open = styles.map((_, c) => `<c r="${columnLetter(c + 1)}`);
  const style = styles.map((st) => (st === "" ? "" : ` s="${st}"`));
  const end = sheetXml.indexOf("</sheetData>");
  if (end < 0) throw new Error("dataSheetXml: the sheet has no </sheetData>");
  const lastRow = firstRow + rows.length - 1;
  yield sheetXml
    .slice(0, end)
    .replace(
      /<dimension ref="([A-Z]+\d+):([A-Z]+)\d+"\/>/,
      (_, from: string, col: string) => `<dimension ref="${from}:${col}${lastRow}"/>`
    );
  for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK)
    yield rowsXml(rows, i, Math.min(rows.length, i + ROWS_PER_CHUNK), firstRow, open, style);
  yield sheetXml.slice(end);
}
