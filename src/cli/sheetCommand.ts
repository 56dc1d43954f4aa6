/**
 * `mkt sheet KIND --input FILE --out FILE.xlsx [--lang en|ru|kk] [--force]`:
 * one of the five guided model sheets as a real .xlsx. FILE is JSON; for
 * distribution and survey it may also be CSV ("," or ";", decimal commas with
 * ";", a byte-order mark allowed), whose problems are reported by line and
 * column. Bad input prints one message per field and exits 2; nothing is
 * written then, and an existing file is replaced only with --force.
 */
import { basename, extname } from "path";
import { CliIo, EXIT } from "./io";
import { parseOptions, UsageError, writeWorkbook } from "./options";
import type { Checked } from "../core/fieldValidation";
import { GUIDED_KINDS, isGuidedKind, type GuidedKind } from "../core/guided/guidedSheet";
import { isSheetLanguage, type SheetLanguage } from "../core/sheet/sheetText";
import type { SheetPlan } from "../core/sheet/plan";
import { parseCsv } from "../core/table/csv";
import type { TableInput } from "../core/table/tableImport";
import { validateCampaigns } from "../core/guided/campaigns/input";
import { buildCampaignsSheetPlan } from "../core/guided/campaigns/sheetPlan";
import { validatePromo } from "../core/guided/promo/input";
import { buildPromoSheetPlan } from "../core/guided/promo/sheetPlan";
import { validatePosm } from "../core/guided/posm/input";
import { buildPosmSheetPlan } from "../core/guided/posm/sheetPlan";
import { validateDistribution } from "../core/guided/distribution/input";
import { readDistributionTable } from "../core/guided/distribution/table";
import { buildDistributionExportPlan } from "../core/guided/distribution/sheetPlan";
import { validateSurvey } from "../core/guided/survey/input";
import { readSurveyTable } from "../core/guided/survey/table";
import { buildSurveyExportPlan } from "../core/guided/survey/sheetPlan";
import { writeXlsx } from "../export/writeXlsx";

const COMMAND = "mkt sheet";
const USAGE = [
  `usage: mkt sheet KIND --input FILE --out FILE.xlsx [--lang en|ru|kk] [--force]`,
  `       KIND: ${GUIDED_KINDS.join(", ")}; FILE is JSON (distribution and survey: JSON or CSV)`,
  "       (never replaces an existing file unless --force is given)",
].join("\n");

type Build = (text: string, language: SheetLanguage) => Checked<SheetPlan>;

function fromJson<T>(
  validate: (raw: unknown) => Checked<T>,
  build: (input: T, o: { language: SheetLanguage }) => SheetPlan
): Build {
  return (text, language) => {
    const checked = validate(text);
    return checked.ok ? { ok: true, value: build(checked.value, { language }) } : checked;
  };
}

/** A CSV file as a table whose problems say "line 12, column Feb". */
function csvTable(text: string): Checked<TableInput> {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return {
      ok: false,
      errors: [{ path: `line ${parsed.line}`, message: `line ${parsed.line}: ${parsed.message}` }],
    };
  const { header, rows, decimalComma } = parsed.table;
  const label = (c: number) => header.cells[c]?.trim() || `${c + 1}`;
  return {
    ok: true,
    value: {
      header: header.cells,
      rows: rows.map((r) => r.cells),
      decimalComma,
      where: (r, c) => `line ${rows[r].line}, column ${label(c)}`,
      whereHeader: (c) => `line ${header.line}, column ${label(c)}`,
    },
  };
}

function distributionCsv(name: string): Build {
  return (text, language) => {
    const table = csvTable(text);
    if (!table.ok) return table;
    const read = readDistributionTable(name, table.value);
    return read.ok
      ? { ok: true, value: buildDistributionExportPlan(read.value.input, { language }) }
      : read;
  };
}

function surveyCsv(name: string): Build {
  return (text, language) => {
    const table = csvTable(text);
    if (!table.ok) return table;
    const read = readSurveyTable(table.value);
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
  if (csv) throw new UsageError(`${kind} reads JSON only; CSV is for distribution and survey`);
  const builders: Record<GuidedKind, Build> = {
    campaigns: fromJson(validateCampaigns, buildCampaignsSheetPlan),
    promo: fromJson(validatePromo, buildPromoSheetPlan),
    posm: fromJson(validatePosm, buildPosmSheetPlan),
    distribution: fromJson(validateDistribution, buildDistributionExportPlan),
    survey: fromJson(validateSurvey, buildSurveyExportPlan),
  };
  return builders[kind];
}

async function sheet(args: readonly string[], io: CliIo): Promise<number> {
  const [kind, ...rest] = args;
  if (!isGuidedKind(kind))
    throw new UsageError(kind === undefined ? "missing KIND" : `unknown KIND ${kind}`);
  const { flags, values } = parseOptions(rest, new Set(["--input", "--out", "--lang", "--force"]));
  const [input, out] = [values.get("--input"), values.get("--out")];
  if (input === undefined || out === undefined)
    throw new UsageError("needs --input FILE and --out FILE.xlsx");
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`--out must name an .xlsx file (got ${out})`);
  const language = values.get("--lang") ?? "en";
  if (!isSheetLanguage(language))
    throw new UsageError(`--lang must be en, ru or kk (got ${language})`);
  const build = builder(kind, input);
  let text: string;
  try {
    text = await io.readFile(input);
  } catch {
    io.err(`${COMMAND}: cannot read ${input}`);
    return EXIT.usage;
  }
  const plan = build(text, language);
  if (!plan.ok) {
    io.err(`${COMMAND}: ${input} is not a valid ${kind} input:`);
    for (const e of plan.errors) io.err(`  ${e.message}`);
    return EXIT.usage;
  }
  const written = await writeWorkbook(
    io,
    COMMAND,
    out,
    await writeXlsx(plan.value),
    flags.has("--force")
  );
  if (written === EXIT.ok) io.out(`wrote ${out} (${kind} sheet "${plan.value.sheetName}")`);
  return written;
}

export async function runSheetCommand(args: readonly string[], io: CliIo): Promise<number> {
  if (args[0] === "--help" || args[0] === "-h") {
    io.out(USAGE);
    return EXIT.ok;
  }
  try {
    return await sheet(args, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${COMMAND}: ${error.message}`);
    io.err(USAGE);
    return EXIT.usage;
  }
}
