/**
 * `mkt sheet KIND --input FILE --out FILE.xlsx [--force]` (and mkt's --lang
 * for the sheet's language): one of the five guided model sheets as a real
 * .xlsx. FILE is JSON; for distribution and survey it may also be CSV (","
 * or ";", decimal commas with ";", a byte-order mark allowed), whose problems
 * are reported by line and column. Bad input prints one message per field
 * and exits 2; nothing is written then, and an existing file is replaced
 * only with --force.
 */
import { basename, extname } from "path";
import { CliIo, EXIT } from "./io";
import { parseOptions, UsageError, writeWorkbook } from "./options";
import { fieldErrorText, type Checked } from "../core/fieldValidation";
import { GUIDED_KINDS, guidedPlanFromJson, isGuidedKind, type GuidedKind } from "../core/guided";
import { activeLocale, msg, t } from "../core/i18n";
import type { SheetLanguage } from "../core/sheet/sheetText";
import type { SheetPlan } from "../core/sheet/plan";
import { parseCsv } from "../core/table/csv";
import { nameHeaderRow, type TableInput } from "../core/table/tableImport";
import { readDistributionTable } from "../core/guided/distribution/table";
import { buildDistributionExportPlan } from "../core/guided/distribution/sheetPlan";
import { readSurveyTable } from "../core/guided/survey/table";
import { buildSurveyExportPlan } from "../core/guided/survey/sheetPlan";
import { writeXlsx } from "../export/writeXlsx";
import { sanitiseSheetName } from "../core/sheet/sheetName";

type Build = (text: string, language: SheetLanguage) => Checked<SheetPlan>;

const say = (message: string) => t("cli.sheet.error", { message });

/** A CSV file as a table whose problems say "line 12, column Feb", and where its header row is (exported for the bench). */
export function csvTable(text: string): Checked<{ table: TableInput; headerRow: string }> {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    const problem = msg("cli.sheet.csvLine", { line: parsed.line, message: parsed.problem });
    return { ok: false, errors: [{ path: `line ${parsed.line}`, problem }] };
  }
  const { header, rows, decimalComma } = parsed.table;
  const label = (c: number) => header.cells[c]?.trim() || `${c + 1}`;
  const table: TableInput = {
    header: header.cells,
    rows: rows.map((r) => r.cells),
    decimalComma,
    where: (r, c) => t("rule.csv.cell", { line: rows[r].line, column: label(c) }),
    whereHeader: (c) => t("rule.csv.cell", { line: header.line, column: label(c) }),
  };
  return { ok: true, value: { table, headerRow: t("rule.csv.headerLine", { line: header.line }) } };
}

function distributionCsv(name: string): Build {
  return (text, language) => {
    const table = csvTable(text);
    if (!table.ok) return table;
    const read = nameHeaderRow(
      readDistributionTable(name, table.value.table),
      table.value.headerRow
    );
    return read.ok
      ? { ok: true, value: buildDistributionExportPlan(read.value.input, { language }) }
      : read;
  };
}

function surveyCsv(name: string): Build {
  return (text, language) => {
    const table = csvTable(text);
    if (!table.ok) return table;
    const read = nameHeaderRow(readSurveyTable(table.value.table), table.value.headerRow);
    if (!read.ok) return read;
    const { groups, services, responses } = read.value;
    // A CSV holds the answers only: the daily visitors stay an input cell to fill in, and there are no effect rows.
    const input = { name, dailyVisitors: null, groups, services, responses, effects: [] };
    return { ok: true, value: buildSurveyExportPlan(input, { language }) };
  };
}

function builder(kind: GuidedKind, file: string): Build {
  const csv = extname(file).toLowerCase() === ".csv";
  const name = basename(file, extname(file));
  if (csv && kind === "distribution") return distributionCsv(name);
  if (csv && kind === "survey") return surveyCsv(name);
  if (csv) throw new UsageError(t("cli.sheet.jsonOnly", { kind }));
  return (text, language) => guidedPlanFromJson(kind, text, { language });
}

async function sheet(args: readonly string[], io: CliIo): Promise<number> {
  const [kind, ...rest] = args;
  if (!isGuidedKind(kind))
    throw new UsageError(
      kind === undefined ? t("cli.sheet.missingKind") : t("cli.sheet.unknownKind", { kind })
    );
  const { flags, values } = parseOptions(rest, new Set(["--input", "--out", "--force"]));
  const [input, out] = [values.get("--input"), values.get("--out")];
  if (input === undefined || out === undefined) throw new UsageError(t("cli.sheet.needsFiles"));
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(t("cli.model.outNotXlsx", { path: out }));
  const build = builder(kind, input);
  let text: string;
  try {
    text = await io.readFile(input);
  } catch {
    io.err(say(t("cli.model.cannotReadShort", { path: input })));
    return EXIT.usage;
  }
  const plan = build(text, activeLocale());
  if (!plan.ok) {
    io.err(say(t("cli.sheet.invalidInput", { path: input, kind })));
    for (const e of plan.errors) io.err(`  ${fieldErrorText(e)}`);
    return EXIT.usage;
  }
  const bytes = await writeXlsx(plan.value);
  const written = await writeWorkbook(io, say, out, bytes, flags.has("--force"));
  if (written === EXIT.ok)
    // The name the file's sheet has: cut to Excel's 31 characters as the writer cuts it.
    io.out(
      t("cli.sheet.wrote", { path: out, kind, sheet: sanitiseSheetName(plan.value.sheetName) })
    );
  return written;
}

export async function runSheetCommand(args: readonly string[], io: CliIo): Promise<number> {
  const usage = () => t("cli.sheet.usage", { kinds: GUIDED_KINDS.join(", ") });
  if (args[0] === "--help" || args[0] === "-h") {
    io.out(usage());
    return EXIT.ok;
  }
  try {
    return await sheet(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(say(error.message));
    io.err(usage());
    return EXIT.usage;
  }
}
