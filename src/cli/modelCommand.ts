/**
 * What the model commands share (`mkt budget`; `mkt discount` keeps its own
 * texts): option parsing with usage errors, reading and validating the model
 * file (one message per field; with --json also one JSON object), the
 * plain-text table, writing the workbook without ever replacing a file unless
 * --force, and the solve/build/--help dispatch.
 */
import { CliIo, EXIT, FileExistsError } from "./io";
import type { FieldError } from "../core/fieldValidation";
import { t } from "../core/i18n";

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
}

/** A mistake in the command line itself: the command prints it with its usage and exits 2. */
export class UsageError extends Error {}

/** Options in `fileOptions` take a file name (`--input FILE`); every other allowed option is a flag. */
export function parseArgs(
  args: readonly string[],
  allowed: ReadonlySet<string>,
  fileOptions: ReadonlySet<string>
): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!allowed.has(arg)) throw new UsageError(t("cli.model.unknownOption", { option: arg }));
    if (fileOptions.has(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--"))
        throw new UsageError(t("cli.model.needsFile", { option: arg }));
      values.set(arg, value);
      i++;
    } else flags.add(arg);
  }
  return { flags, values };
}

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
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    const detail = (error as Error).message;
    io.err(commandError(reader.command, t("cli.model.cannotRead", { path, detail })));
    if (json) {
      const errors = [{ path: "", message: t("cli.model.cannotReadShort", { path }) }];
      io.out(JSON.stringify({ status: "invalid", errors }));
    }
    return null;
  }
  const result = reader.validate(text);
  if (!result.ok) {
    io.err(commandError(reader.command, reader.invalid(path)));
    for (const e of result.errors) io.err(`  ${e.message}`);
    if (json) io.out(JSON.stringify({ status: "invalid", errors: result.errors }));
    return null;
  }
  return result.model;
}

/** Columns padded to their widest cell: the first left-aligned, the rest right-aligned. */
export function textTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  return rows.map((r) =>
    r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join("  ")
  );
}

/** Writes the workbook (atomically, see io.writeFile); false after saying why not. */
export async function writeWorkbook(
  command: string,
  out: string,
  bytes: Uint8Array,
  force: boolean,
  io: CliIo
): Promise<boolean> {
  try {
    await io.writeFile(out, bytes, { overwrite: force });
    return true;
  } catch (error) {
    const message =
      error instanceof FileExistsError
        ? t("cli.model.exists", { path: out })
        : t("cli.model.cannotWrite", { path: out, detail: (error as Error).message });
    io.err(commandError(command, message));
    return false;
  }
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
