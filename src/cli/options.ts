/**
 * What every `mkt` subcommand that reads a file and writes a workbook needs:
 * its options parsed (a usage mistake is a UsageError, exit 2), and the
 * workbook written without ever replacing a file unless --force was given.
 */
import { CliIo, EXIT, FileExistsError } from "./io";

export class UsageError extends Error {}

export interface ParsedOptions {
  flags: Set<string>;
  values: Map<string, string>;
}

/** Options that take a value (a file name or a language) and the text that says so. */
const VALUE_OPTIONS: ReadonlyMap<string, string> = new Map([
  ["--input", "a file name"],
  ["--out", "a file name"],
  ["--lang", "a language (en, ru or kk)"],
]);

export function parseOptions(args: readonly string[], allowed: ReadonlySet<string>): ParsedOptions {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!allowed.has(arg)) throw new UsageError(`unknown option ${arg}`);
    const needs = VALUE_OPTIONS.get(arg);
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

/** Writes the .xlsx bytes; exit 2 with a message when the file exists (no --force) or cannot be written. */
export async function writeWorkbook(
  io: CliIo,
  command: string,
  out: string,
  bytes: Uint8Array,
  force: boolean
): Promise<number> {
  try {
    await io.writeFile(out, bytes, { overwrite: force });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof FileExistsError) {
      io.err(`${command}: ${out} already exists; nothing was written (pass --force to replace it)`);
      return EXIT.usage;
    }
    io.err(`${command}: cannot write ${out}: ${(error as Error).message}`);
    return EXIT.usage;
  }
}
