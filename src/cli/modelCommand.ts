/**
 * What the model commands (`mkt discount`, `mkt budget`) share: reading and
 * validating the model file (a file or standard input, as inputFile.ts reads
 * every input; one message per field; with --json also one JSON object), the
 * plain-text table and the solve/build/--help dispatch. Option parsing and
 * writing the workbook are options.ts, shared with `mkt sheet`.
 */
import { CliIo, EXIT } from "./io";
import type { FieldError } from "../core/fieldValidation";
import { t } from "../core/i18n";
import { inputName, printProblems, readInputText } from "./inputFile";
import { parseOptions, UsageError } from "./options";

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
      result.errors.map((e) => e.message)
    );
    if (json) io.out(JSON.stringify({ status: "invalid", errors: result.errors }));
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
