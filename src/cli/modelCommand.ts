/**
 * What the model commands (`mkt discount`, `mkt budget`) share: reading and
 * validating the model file (a file or standard input, as inputFile.ts reads
 * every input; one message per field; with --json also one JSON object), the
 * plain-text table, and `solve` and `build` themselves (the answer as a table
 * or JSON; the sheet as an .xlsx, after a solve with --solve), each command
 * giving its optimiser, its words and its plan (ModelCommand). Option parsing and writing the
 * workbook are options.ts, shared with `mkt sheet`.
 */
import { CliIo, EXIT } from "./io";
import { fieldErrorText, formatFieldErrors, type FieldError } from "../core/fieldValidation";
import type { Language } from "../core/language";
import type { SheetPlan } from "../core/sheet/plan";
import { activeLocale, inWords, render, t, type Message } from "../core/i18n";
import { formatAmount } from "../core/numberFormat";
import { writeXlsx } from "../export/writeXlsx";
import { inputName, printProblems, readInputText } from "./inputFile";
import { parseOptions, UsageError, writeWorkbook } from "./options";

export interface ModelReader<M> {
  /** "mkt budget": the prefix of every message. */
  command: string;
  /** "{path} is not a valid budget model:", rendered for the file at hand. */
  invalid(path: string): string;
  validate(text: string): { ok: true; model: M } | { ok: false; errors: FieldError[] };
}

/** "mkt budget: …". */
export function commandError(command: string, message: string): string {
  return t("cli.model.error", { command, message });
}

/** The validated model, or null after printing why not (to stderr; with `json`, also one JSON object to stdout). */
export async function readModelFile<M>(
  reader: ModelReader<M>,
  path: string,
  io: CliIo,
  json: boolean
): Promise<M | null> {
  const name = inputName(path);
  let text: string;
  try {
    text = await readInputText(path, io);
  } catch (error) {
    const detail = (error as Error).message;
    io.err(commandError(reader.command, t("cli.model.cannotRead", { path: name, detail })));
    if (json) {
      const errors = [{ path: "", message: t("cli.model.cannotReadShort", { path: name }) }];
      io.out(JSON.stringify({ status: "invalid", errors }));
    }
    return null;
  }
  const result = reader.validate(text);
  if (!result.ok) {
    printProblems(
      io,
      commandError(reader.command, reader.invalid(name)),
      formatFieldErrors(result.errors)
    );
    // The JSON answer keeps its {path, message} shape, the message in the chosen language.
    const errors = result.errors.map((e) => ({ path: e.path, message: fieldErrorText(e) }));
    if (json) io.out(JSON.stringify({ status: "invalid", errors }));
    return null;
  }
  return result.model;
}

/** `solve --input FILE.json [--json]`: the model (null after saying why not) and whether to answer in JSON. */
export async function readSolveCommand<M>(
  reader: ModelReader<M>,
  args: readonly string[],
  io: CliIo
): Promise<{ model: M | null; json: boolean }> {
  const { flags, values } = parseOptions(args, new Set(["--input", "--json"]));
  const input = values.get("--input");
  if (input === undefined) throw new UsageError(t("cli.model.solveNeedsInput"));
  const json = flags.has("--json");
  return { model: await readModelFile(reader, input, io, json), json };
}

/** `build --input FILE.json --out FILE.xlsx [--solve] [--force]`: the model (null after saying why not) and the options. */
export async function readBuildCommand<M>(
  reader: ModelReader<M>,
  args: readonly string[],
  io: CliIo
): Promise<{ model: M | null; out: string; solve: boolean; force: boolean }> {
  const { flags, values } = parseOptions(args, new Set(["--input", "--out", "--solve", "--force"]));
  const input = values.get("--input");
  const out = values.get("--out");
  if (input === undefined || out === undefined)
    throw new UsageError(t("cli.model.buildNeedsFiles"));
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(t("cli.model.outNotXlsx", { path: out }));
  const model = await readModelFile(reader, input, io, false);
  return { model, out, solve: flags.has("--solve"), force: flags.has("--force") };
}

/** A solve's outcome as every model's optimiser gives it: an optimum, or why there is none. */
type Outcome = { status: "optimal" } | { status: "infeasible"; message: Message };

/** What `solve` and `build` need of one model (mkt discount, mkt budget) beside reading its file. */
export interface ModelCommand<M, S extends Outcome> extends ModelReader<M> {
  /** `--help` and the text after a usage mistake. */
  usage(): string;
  optimise(model: M): S;
  /** `solve --json`: the model's fields that go before the solution's in the one JSON object. */
  jsonFields(model: M): Record<string, unknown>;
  /** `solve`: the solution for people. */
  print(model: M, solution: S, io: CliIo): void;
  /** `build --solve`: the optimum's decision values and the sheet's note saying where they came from. */
  optimum(
    model: M,
    solution: Extract<S, { status: "optimal" }>
  ): { values: number[]; note: string };
  /** `build --solve` without an optimum: the warning for stderr and the sheet's note, for `reason`. */
  unsolved(reason: string): { warning: string; note: string };
  /** The plan in `language`; without values the decision cells hold the model's defaults. */
  plan(model: M, options: { language: Language; values?: number[]; note?: string }): SheetPlan;
  /** "wrote FILE", saying whether the decision cells hold the optimum. */
  wrote(path: string, solved: boolean): string;
}

const isOptimal = <S extends Outcome>(s: S): s is Extract<S, { status: "optimal" }> =>
  s.status === "optimal";

/** The reason a solve found no optimum (generic narrowing cannot see it from isOptimal alone). */
const whyNot = (s: Outcome): string =>
  s.status === "infeasible" ? render(activeLocale(), s.message) : "";

/** `solve`: the optimum as a table, or (--json) one JSON object; exit 3 when infeasible. */
async function solveModel<M, S extends Outcome>(
  command: ModelCommand<M, S>,
  args: readonly string[],
  io: CliIo
): Promise<number> {
  const { model, json } = await readSolveCommand(command, args, io);
  if (model === null) return EXIT.usage;
  const solution = command.optimise(model);
  // The solution's sentences (kept as messages) in the command's language.
  const answer = inWords(activeLocale(), solution) as object;
  if (json) io.out(JSON.stringify({ ...command.jsonFields(model), ...answer }));
  else command.print(model, solution, io);
  return isOptimal(solution) ? EXIT.ok : EXIT.calcError;
}

/**
 * `build`: the model's sheet in the command's language (--lang, else LANG:
 * labels, notes, sheet name). With --solve and no feasible answer the sheet is
 * still written, with the model's default decisions, so the user can inspect
 * it; the command says why and exits 3.
 */
async function buildModel<M, S extends Outcome>(
  command: ModelCommand<M, S>,
  args: readonly string[],
  io: CliIo
): Promise<number> {
  const { model, out, solve, force } = await readBuildCommand(command, args, io);
  if (model === null) return EXIT.usage;
  const say = (message: string) => commandError(command.command, message);
  let options: { values?: number[]; note?: string } = {};
  let code: number = EXIT.ok;
  if (solve) {
    const solution = command.optimise(model);
    if (isOptimal(solution)) options = command.optimum(model, solution);
    else {
      const { warning, note } = command.unsolved(whyNot(solution));
      io.err(say(warning));
      options = { note };
      code = EXIT.calcError;
    }
  }
  const bytes = await writeXlsx(command.plan(model, { language: activeLocale(), ...options }));
  const written = await writeWorkbook(io, say, out, bytes, force);
  if (written !== EXIT.ok) return written;
  io.out(command.wrote(out, options.values !== undefined));
  return code;
}

/** `mkt discount …`, `mkt budget …`: solve, build or --help. */
export function runModelCommand<M, S extends Outcome>(
  command: ModelCommand<M, S>,
  args: readonly string[],
  io: CliIo
): Promise<number> {
  return runSubcommand(
    command.command,
    command.usage(),
    {
      solve: (rest, cli) => solveModel(command, rest, cli),
      build: (rest, cli) => buildModel(command, rest, cli),
    },
    args,
    io
  );
}

/** An amount of money in the tables and totals: whole units, grouped as the command's language groups them. */
export const money = (x: number): string => formatAmount(x, 0, activeLocale());

/** Columns padded to their widest cell: the first left-aligned, the rest right-aligned. */
export function textTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  return rows.map((r) =>
    r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join("  ")
  );
}

type Handler = (args: readonly string[], io: CliIo) => Promise<number>;

/**
 * Runs `solve`, `build` or `--help`; a UsageError (thrown by the handlers
 * too) prints the message and the usage and exits 2.
 */
export async function runSubcommand(
  command: string,
  usage: string,
  handlers: Readonly<Record<"solve" | "build", Handler>>,
  args: readonly string[],
  io: CliIo
): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === "solve" || sub === "build") return await handlers[sub](rest, io);
    if (sub === "--help" || sub === "-h") {
      io.out(usage);
      return EXIT.ok;
    }
    throw new UsageError(
      sub === undefined
        ? t("cli.model.missingSubcommand")
        : t("cli.model.unknownSubcommand", { name: sub })
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(commandError(command, error.message));
    io.err(usage);
    return EXIT.usage;
  }
}
