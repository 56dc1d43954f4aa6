/**
 * A store list from a table (a CSV file or the user's selection in Excel):
 * columns store, group, category_sales, optionally sells_category (a blank
 * cell there means "does not sell", as in MKT.NUMERIC_DIST), then one column
 * per period headed by its label. Says what is wrong and where.
 */
import { MAX_LABEL_LENGTH, type Checked } from "../../fieldValidation";
import { msg, type Message } from "../../i18n";
import { readFlagCell, readNumberCell, readPresenceCell } from "../../table/tableCell";
import {
  findColumns,
  otherColumns,
  readTextCell,
  TableProblems,
  type TableInput,
} from "../../table/tableImport";
import {
  denominatorProblem,
  MAX_PERIODS,
  MAX_STORES,
  type DistributionInput,
  type Store,
} from "./input";

const REQUIRED = ["store", "group", "category_sales"] as const;
const OPTIONAL = ["sells_category"] as const;

/** Where each field is in the table (0-based columns). */
export interface DistributionColumns {
  store: number;
  group: number;
  categorySales: number;
  sellsCategory?: number;
  periods: number[];
}

export interface DistributionTable {
  input: DistributionInput;
  columns: DistributionColumns;
}

function readRow(
  table: TableInput,
  i: number,
  columns: DistributionColumns,
  presenceIn: readonly Message[],
  problems: TableProblems
): Store {
  const row = table.rows[i];
  const at = (c: number) => row[c] ?? null;
  // Where a cell is, only for a problem (see TableProblems.read).
  const place = (c: number) => () => table.where(i, c);
  const sales = problems.read(
    readNumberCell(at(columns.categorySales), table.decimalComma),
    at(columns.categorySales),
    place(columns.categorySales),
    "category_sales"
  );
  if (sales !== null && sales < 0)
    problems.add(
      table.where(i, columns.categorySales),
      msg("rule.table.nonNegative", { what: "category_sales", got: sales })
    );
  const sells =
    columns.sellsCategory === undefined
      ? true
      : (problems.read(
          readFlagCell(at(columns.sellsCategory)),
          at(columns.sellsCategory),
          place(columns.sellsCategory),
          "sells_category"
        ) ?? false);
  return {
    store: readTextCell(at(columns.store), place(columns.store), "store", problems),
    group: readTextCell(at(columns.group), place(columns.group), "group", problems),
    categorySales: sales ?? 0,
    sellsCategory: sells,
    presence: columns.periods.map((c, p) =>
      problems.read(readPresenceCell(at(c), table.decimalComma), at(c), place(c), presenceIn[p])
    ),
  };
}

export function readDistributionTable(name: string, table: TableInput): Checked<DistributionTable> {
  const problems = new TableProblems();
  const found = findColumns(table, REQUIRED, OPTIONAL, problems);
  const named = [...REQUIRED, ...OPTIONAL];
  const periods = otherColumns(table, named);
  if (periods.length === 0) problems.add("header", msg("rule.distribution.noPeriodColumns"));
  if (periods.length > MAX_PERIODS)
    problems.add(
      "header",
      msg("rule.distribution.tooManyPeriods", { max: MAX_PERIODS, count: periods.length })
    );
  periods
    .filter((c) => String(table.header[c]).trim().length > MAX_LABEL_LENGTH)
    .forEach((c) =>
      problems.add(
        table.whereHeader(c),
        msg("rule.distribution.periodLabelTooLong", { max: MAX_LABEL_LENGTH })
      )
    );
  problems.checkRowCount(table.rows.length, MAX_STORES, msg("rule.distribution.noStores"), (max) =>
    msg("rule.distribution.tooManyStores", { max, count: table.rows.length })
  );
  if (problems.errors.length > 0) return { ok: false, errors: problems.list() };
  const columns: DistributionColumns = {
    store: found.store!,
    group: found.group!,
    categorySales: found.category_sales!,
    ...(found.sells_category === undefined ? {} : { sellsCategory: found.sells_category }),
    periods,
  };
  // What each period's cells must hold, named once per column, not once per cell.
  const presenceIn = periods.map((c) =>
    msg("rule.distribution.presenceIn", { period: String(table.header[c]) })
  );
  const stores = table.rows.map((_, i) => readRow(table, i, columns, presenceIn, problems));
  if (problems.errors.length > 0) return { ok: false, errors: problems.list() };
  const denominators = denominatorProblem(stores);
  if (denominators !== null)
    return {
      ok: false,
      errors: [{ path: "", problem: msg("rule.distribution.storeList", { rule: denominators }) }],
    };
  return {
    ok: true,
    value: {
      input: { name, periods: periods.map((c) => String(table.header[c]).trim()), stores },
      columns,
    },
  };
}
