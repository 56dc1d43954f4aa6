/**
 * Reads a CSV file as Excel users produce it: UTF-8 with or without a
 * byte-order mark, "," or ";" between fields (Russian and Kazakh Excel save
 * with ";" and a decimal comma), fields in double quotes with "" for a quote,
 * CRLF or LF line ends. Each row keeps the line it started on, so a message
 * can say where a problem is.
 */

import { msg, type Message } from "../i18n";

export interface CsvRow {
  /** 1-based line of the file where the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  separator: "," | ";";
  /** ";" files come from locales that write 12,5 for twelve and a half. */
  decimalComma: boolean;
  header: CsvRow;
  rows: CsvRow[];
}

export type CsvResult =
  { ok: true; table: CsvTable } | { ok: false; line: number; problem: Message };

/** The separator of the header line: ";" when it has more semicolons than commas outside quotes. */
function detectSeparator(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === "\n") break;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

function splitRows(text: string, separator: string): CsvResult | CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === separator) {
      cells.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(field);
      rows.push({ line: rowLine, cells });
      cells = [];
      field = "";
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (quoted) return { ok: false, line: rowLine, problem: msg("rule.csv.openQuote") };
  if (field !== "" || cells.length > 0) {
    cells.push(field);
    rows.push({ line: rowLine, cells });
  }
  // Blank lines (often the last one) are not rows.
  return rows.filter((r) => r.cells.some((c) => c.trim() !== ""));
}

export function parseCsv(text: string): CsvResult {
  const body = text.replace(/^\uFEFF/, "");
  const separator = detectSeparator(body);
  const rows = splitRows(body, separator);
  if (!Array.isArray(rows)) return rows;
  if (rows.length === 0) return { ok: false, line: 1, problem: msg("rule.csv.empty") };
  const [header, ...data] = rows;
  return { ok: true, table: { separator, decimalComma: separator === ";", header, rows: data } };
}
