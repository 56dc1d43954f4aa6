/**
 * Small A1-reference helpers for the adapters: absolute and sheet-qualified
 * references for defined names (Solver reads `solver_adj` etc. as
 * ='Sheet name'!$C$5:$E$5), and the shape of a range.
 */

/** "C5:E7" -> "$C$5:$E$7"; "$C$5" stays; areas separated by "," are kept. */
export function absoluteA1(address: string): string {
  return address
    .split(",")
    .map((area) =>
      area
        .trim()
        .split(":")
        .map((cell) =>
          cell.replace(
            /^\$?([A-Za-z]{1,3})\$?(\d+)$/,
            (_, col: string, row: string) => `$${col.toUpperCase()}$${row}`
          )
        )
        .join(":")
    )
    .join(",");
}

/** 'It''s' quoting: Excel doubles apostrophes inside a quoted sheet name. */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** ="'Sheet'!$C$5:$E$5" for each area, as the formula a defined name refers to. */
export function qualifiedReference(sheetName: string, address: string): string {
  const sheet = quoteSheetName(sheetName);
  return (
    "=" +
    absoluteA1(address)
      .split(",")
      .map((area) => `${sheet}!${area}`)
      .join(",")
  );
}

/** The formula of a constant defined name: =1, =TRUE, ="text". */
export function constantFormula(value: number | string | boolean): string {
  if (typeof value === "number") return `=${value}`;
  if (typeof value === "boolean") return value ? "=TRUE" : "=FALSE";
  return `="${value.replace(/"/g, '""')}"`;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Rows and columns of a single-area A1 range ("B5:D7" -> {rows: 3, columns: 3}). */
export function rangeShape(address: string): { rows: number; columns: number } {
  const [from, to = from] = address.replace(/\$/g, "").split(":");
  const a = /^([A-Za-z]+)(\d+)$/.exec(from);
  const b = /^([A-Za-z]+)(\d+)$/.exec(to);
  if (!a || !b) throw new Error(`Not a single-area A1 range: ${address}`);
  return {
    rows: Math.abs(Number(b[2]) - Number(a[2])) + 1,
    columns: Math.abs(columnNumber(b[1]) - columnNumber(a[1])) + 1,
  };
}
