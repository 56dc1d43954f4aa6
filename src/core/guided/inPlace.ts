/**
 * Distribution and survey sheets over the user's selected table, in place:
 * the selection's header row names the columns, its rows are checked (every
 * problem named by its cell, e.g. 'Audit'!D12), and the plan's formulas refer
 * to the selected range on the user's sheet. Nothing is copied, sorted or
 * edited; the values are read only to check them and to list the groups.
 */
import { columnLetter, parseRange } from "../a1";
import type { Checked } from "../fieldValidation";
import { msg } from "../i18n";
import { quoteSheetName } from "../formulaText";
import type { SheetPlan } from "../sheet/plan";
import type { SourceTable } from "../sheet/sourceTable";
import type { TableCell } from "../table/tableCell";
import { nameHeaderRow, type TableInput } from "../table/tableImport";
import type { GuidedSheetOptions } from "./guidedSheet";
import { readDistributionTable } from "./distribution/table";
import { buildDistributionSheetPlan, distributionGroups } from "./distribution/sheetPlan";
import { readSurveyTable } from "./survey/table";
import { validateSurveyForm } from "./survey/input";
import { buildSurveySheetPlan } from "./survey/sheetPlan";

export interface SelectedTable {
  /** The sheet the selection is on. */
  sheet: string;
  /** The selection's used range on that sheet, without the sheet ("B3:H1002"). */
  address: string;
  /** Its values, header row first. */
  values: TableCell[][];
}

/** The selection as a table whose problems name their cells, and where it is. */
function asTable(
  selection: SelectedTable
): { table: TableInput; source: SourceTable; headerRow: string } | Checked<never> {
  const { from } = parseRange(selection.address);
  const [header, ...rows] = selection.values;
  if (header === undefined)
    return {
      ok: false,
      errors: [{ path: "", problem: msg("pane.guided.selectionEmpty") }],
    };
  const sheet = quoteSheetName(selection.sheet);
  const cell = (r: number, c: number) => `${sheet}!${columnLetter(from.col + c)}${r}`;
  const lastColumn = columnLetter(from.col + Math.max(header.length - 1, 0));
  return {
    headerRow: `${cell(from.row, 0)}:${lastColumn}${from.row}`,
    table: {
      header,
      rows,
      // Excel hands the pane numbers as numbers: only typed text needs reading, and Excel text is never "12,5" for a number.
      decimalComma: false,
      where: (r, c) => cell(from.row + 1 + r, c),
      whereHeader: (c) => cell(from.row, c),
    },
    source: {
      sheet: selection.sheet,
      headerRow: from.row,
      firstColumn: from.col,
      rows: rows.length,
    },
  };
}

/** The selection read by `read`, and where its table is; or every problem, named by its cell. */
function readSelection<T>(
  selection: SelectedTable,
  read: (table: TableInput) => Checked<T>
): Checked<{ value: T; source: SourceTable }> {
  const located = asTable(selection);
  if ("ok" in located) return located;
  const result = nameHeaderRow(read(located.table), located.headerRow);
  return result.ok ? { ok: true, value: { value: result.value, source: located.source } } : result;
}

export function distributionInPlacePlan(
  selection: SelectedTable,
  name: string,
  options: GuidedSheetOptions = {}
): Checked<SheetPlan> {
  const read = readSelection(selection, (table) => readDistributionTable(name, table));
  if (!read.ok) return read;
  const { input, columns } = read.value.value;
  const model = { name, periods: input.periods, groups: distributionGroups(input), columns };
  return {
    ok: true,
    value: buildDistributionSheetPlan({ ...model, source: read.value.source }, options),
  };
}

/** `form` holds what the answers cannot: name, daily visitors and the experts' effect rows. */
export function surveyInPlacePlan(
  selection: SelectedTable,
  form: unknown,
  options: GuidedSheetOptions = {}
): Checked<SheetPlan> {
  const read = readSelection(selection, readSurveyTable);
  if (!read.ok) return read;
  const { groups, services, columns } = read.value.value;
  const extras = validateSurveyForm(form, groups, services);
  if (!extras.ok) return extras;
  return {
    ok: true,
    value: buildSurveySheetPlan(
      { ...extras.value, groups, services, source: read.value.source, columns },
      options
    ),
  };
}
