/**
 * What the model commands (`mkt discount`, `mkt budget`) share: option
 * parsing with usage errors, reading and validating the model file (one
 * message per field; with --json also one JSON object), the plain-text table,
 * and writing the workbook without ever replacing a file unless --force.
 */
import { CliIo, EXIT, FileExistsError } from "./io";
import type { FieldError } from "../core/fieldValidation";

export interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
}

/** A mistake in the command line itself: the command prints it with its usage and exits 2. */
export class UsageError extends Error {}

/**
 * Options that take a value map to what the value is ("--input" → "a file
 * name"), for the message when it is missing; every other allowed option is a flag.
 */
export function parseArgs(
  args: readonly string[],
  allowed: ReadonlySet<string>,
  valueOptions: ReadonlyMap<string, string>
): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!allowed.has(arg)) throw new UsageError(`unknown option ${arg}`);
    const needs = valueOptions.get(arg);
    if (needs !== undefined) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--"))
        throw new UsageError(`${arg} needs ${needs}`);
      values.set(arg, value);
      i++;
    } else flags.add(arg);
  }
  return { flags, values };
}

export interface ModelReader<M> {
  /** "mkt budget": the prefix of every message. */
  command: string;
  /** "budget model": what a valid file is. */
  noun: string;
  validate(text: string): { ok: true; model: M } | { ok: false; errors: FieldError[] };
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
    io.err(`${reader.command}: cannot read ${path}: ${(error as Error).message}`);
    if (json)
      io.out(
        JSON.stringify({
          status: "invalid",
          errors: [{ path: "", message: `cannot read ${path}` }],
        })
      );
    return null;
  }
  const result = reader.validate(text);
  if (!result.ok) {
    io.err(`${reader.command}: ${path} is not a valid ${reader.noun}:`);
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
    if (error instanceof FileExistsError)
      io.err(`${command}: ${out} already exists; nothing was written (pass --force to replace it)`);
    else io.err(`${command}: cannot write ${out}: ${(error as Error).message}`);
    return false;
  }
}

/**
 * Runs `sub` of a model command: `solve`, `build` or `--help`; a UsageError
 * (thrown by the handlers too) prints the message and the usage and exits 2.
 */
export async function runSubcommand(
  command: string,
  usage: string,
  handlers: Readonly<
    Record<"solve" | "build", (args: readonly string[], io: CliIo) => Promise<number>>
  >,
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
    throw new UsageError(sub === undefined ? "missing subcommand" : `unknown subcommand ${sub}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${command}: ${error.message}`);
    io.err(usage);
    return EXIT.usage;
  }
}
