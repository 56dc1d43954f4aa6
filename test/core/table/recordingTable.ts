/** A table for the readers' tests that records which cells a reader asks to name. */
import type { TableCell } from "../../../src/core/table/tableCell";
import type { TableInput } from "../../../src/core/table/tableImport";

/** `header` and `rows` as a TableInput whose `where` records each cell it names ("row,column", 0-based) in `asked`. */
export function recordingTable(
  header: readonly TableCell[],
  rows: readonly (readonly TableCell[])[]
): { table: TableInput; asked: string[] } {
  const asked: string[] = [];
  const table: TableInput = {
    header,
    rows,
    decimalComma: false,
    where: (r, c) => {
      asked.push(`${r},${c}`);
      return `line ${r + 2}, column ${c + 1}`;
    },
    whereHeader: (c) => `column ${c + 1}`,
  };
  return { table, asked };
}
