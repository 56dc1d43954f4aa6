/**
 * Survey answers from a table (a CSV file or the user's selection in Excel):
 * a column "group", then one column per service headed by its name, with
 * scores from 0 to 5 (blank = no answer). Says what is wrong and where.
 */
import { MAX_SCORE } from "../../metrics/clientOrientation";
import type { Checked } from "../../fieldValidation";
import { msg, type Message } from "../../i18n";
import { isBlankCell, readNumberCell } from "../../table/tableCell";
import {
  findColumns,
  otherColumns,
  readTextCell,
  TableProblems,
  type TableInput,
} from "../../table/tableImport";
import { MAX_GROUPS, MAX_RESPONSES, MAX_SERVICES, type SurveyResponse } from "./input";

export interface SurveyColumns {
  group: number;
  services: number[];
}

export interface SurveyTable {
  groups: string[];
  services: string[];
  responses: SurveyResponse[];
  columns: SurveyColumns;
}

/** Answer i's score in column c; `scoreFor` names what the column holds (built once per column). */
function readScore(
  table: TableInput,
  i: number,
  c: number,
  scoreFor: Message,
  problems: TableProblems
): number | null {
  const cell = table.rows[i][c] ?? null;
  if (isBlankCell(cell)) return null;
  // Where the cell is, only for a problem (see TableProblems.read).
  const n = problems.read(
    readNumberCell(cell, table.decimalComma),
    cell,
    () => table.where(i, c),
    scoreFor
  );
  if (n !== null && !(Number.isInteger(n) && n >= 0 && n <= MAX_SCORE))
    problems.add(table.where(i, c), msg("rule.survey.cellScore", { max: MAX_SCORE, got: n }));
  return n;
}

export function readSurveyTable(table: TableInput): Checked<SurveyTable> {
  const problems = new TableProblems();
  const found = findColumns(table, ["group"] as const, [] as const, problems);
  const services = otherColumns(table, ["group"]);
  if (services.length === 0) problems.add("header", msg("rule.survey.noServiceColumns"));
  if (services.length > MAX_SERVICES)
    problems.add(
      "header",
      msg("rule.survey.tooManyServices", { max: MAX_SERVICES, count: services.length })
    );
  problems.checkRowCount(table.rows.length, MAX_RESPONSES, msg("rule.survey.noAnswers"), (max) =>
    msg("rule.survey.tooManyAnswers", { max, count: table.rows.length })
  );
  if (problems.errors.length > 0) return { ok: false, errors: problems.list() };
  const group = found.group!;
  const scoreFor = services.map((c) =>
    msg("rule.survey.scoreFor", { service: String(table.header[c]) })
  );
  const responses = table.rows.map((row, i) => ({
    group: readTextCell(row[group] ?? null, () => table.where(i, group), "group", problems),
    scores: services.map((c, k) => readScore(table, i, c, scoreFor[k], problems)),
  }));
  const groups = [...new Set(responses.map((r) => r.group).filter((g) => g !== ""))];
  if (groups.length > MAX_GROUPS)
    problems.add(
      "header",
      msg("rule.survey.tooManyGroups", { max: MAX_GROUPS, count: groups.length })
    );
  if (problems.errors.length > 0) return { ok: false, errors: problems.list() };
  return {
    ok: true,
    value: {
      groups,
      services: services.map((c) => String(table.header[c]).trim()),
      responses,
      columns: { group, services },
    },
  };
}
