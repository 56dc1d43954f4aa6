/**
 * Finding a table's columns by their headers and reporting problems where
 * they are: "line 12, column Feb" for a CSV file, "Sheet1!D12" for the user's
 * selection. Shared by the store list and the survey answers, whichever way
 * they arrive, so both get the same checks and the same words.
 */
import type { Checked, FieldError } from "../fieldValidation";
import { msg, type Message } from "../i18n";
import { isBlankCell, showCell, type CellReading, type TableCell } from "./tableCell";

/** Says where a cell is, in the reader's words: (0-based data row, 0-based column) -> "line 12, column Feb". */
export type CellLocator = (row: number, column: number) => string;

export interface TableInput {
  header: readonly TableCell[];
  rows: readonly (readonly TableCell[])[];
  decimalComma: boolean;
  /** Where a data cell is. */
  where: CellLocator;
  /** Where a header cell is. */
  whereHeader: (column: number) => string;
}

/** A long list of the same mistake helps nobody: the first ones and a count of the rest. */
export const MAX_REPORTED_ERRORS = 20;

/** Headers compare without case, spaces or underscores ("Category sales" = "category_sales"). */
export const headerKey = (cell: TableCell): string =>
  String(cell ?? "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "_");

export class TableProblems {
  readonly errors: FieldError[] = [];
  private dropped = 0;

  add(where: string, rule: Message): void {
    if (this.errors.length < MAX_REPORTED_ERRORS)
      this.errors.push({ path: where, problem: msg("rule.table.at", { where, rule }) });
    else this.dropped++;
  }

  /** The errors, with a last line counting the ones left out. */
  list(): FieldError[] {
    return this.dropped === 0
      ? this.errors
      : [...this.errors, { path: "", problem: msg("rule.table.more", { count: this.dropped }) }];
  }

  /**
   * The one check of a table's size: no data rows under the header, or more
   * than the sheet is built for (both reported against the header row).
   */
  checkRowCount(rows: number, max: number, none: Message, tooMany: (max: number) => Message): void {
    if (rows === 0) this.add("header", none);
    if (rows > max) this.add("header", tooMany(max));
  }

  /**
   * The value of a reading, or null after reporting what was expected; `what`
   * names the value (a column's header, say). `locate` names the cell, and is
   * called only for a problem: a place is a translated message ("line 12,
   * column Feb"), and building one for every cell of a 100,000-store list
   * took a noticeable share of the reading.
   */
  read<T>(
    reading: CellReading<T>,
    cell: TableCell,
    locate: () => string,
    what: string | Message
  ): T | null {
    if (reading.ok) return reading.value;
    this.add(
      locate(),
      msg("rule.table.mustBe", { what, expected: reading.expected, got: showCell(cell) })
    );
    return null;
  }
}

/**
 * The table readers name a problem of the whole header row (a missing column,
 * no period columns, no rows under it) "header"; where the table came from
 * says where that row is: a selection's address in the pane, a CSV line in mkt.
 */
export function nameHeaderRow<T>(read: Checked<T>, headerRow: string): Checked<T> {
  if (read.ok) return read;
  const located = read.errors.map((e) => {
    const { problem } = e;
    return e.path === "header" && problem.key === "rule.table.at" && problem.params
      ? {
          path: headerRow,
          problem: msg("rule.table.at", { where: headerRow, rule: problem.params.rule }),
        }
      : e;
  });
  return { ok: false, errors: located };
}

/** The column of each required header, or problems naming the missing ones. */
export function findColumns<K extends string>(
  table: TableInput,
  required: readonly K[],
  optional: readonly K[],
  problems: TableProblems
): Partial<Record<K, number>> {
  const keys = table.header.map(headerKey);
  const found: Partial<Record<K, number>> = {};
  for (const name of [...required, ...optional]) {
    const at = keys.indexOf(name);
    if (at >= 0) found[name] = at;
    else if (required.includes(name))
      problems.add(
        "header",
        msg("rule.table.columnMissing", { name, required: required.join(", ") })
      );
  }
  return found;
}

/** Header columns that are none of the named ones, in order (the periods, the services). */
export function otherColumns(table: TableInput, named: readonly string[]): number[] {
  return table.header
    .map((cell, i) => [headerKey(cell), i] as const)
    .filter(([key]) => key !== "" && !named.includes(key))
    .map(([, i]) => i);
}

/** A text cell that must not be blank; `locate` names the cell, called only when it is blank. */
export function readTextCell(
  cell: TableCell,
  locate: () => string,
  what: string,
  problems: TableProblems
): string {
  if (isBlankCell(cell)) {
    problems.add(locate(), msg("rule.table.blank", { what }));
    return "";
  }
  return String(cell).trim();
}
