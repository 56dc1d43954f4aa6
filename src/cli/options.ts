/**
 * What every `mkt` subcommand that reads a file and writes a workbook needs:
 * its options parsed (a usage mistake is a UsageError, exit 2), and the
 * workbook written without ever replacing a file unless --force was given.
 * (--lang is read once for every command by mkt.ts.)
 */
import { CliIo, EXIT, FileExistsError } from "./io";
import { t } from "../core/i18n";

/** A mistake in the command line itself: the command prints it with its usage and exits 2. */
export class UsageError extends Error {}

export interface ParsedOptions {
  flags: Set<string>;
  values: Map<string, string>;
}

/** Options followed by a file name. */
const FILE_OPTIONS = new Set(["--input", "--out"]);

export function parseOptions(args: readonly string[], allowed: ReadonlySet<string>): ParsedOptions {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!allowed.has(arg)) throw new UsageError(t("cli.model.unknownOption", { option: arg }));
    if (FILE_OPTIONS.has(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--"))
        throw new UsageError(t("cli.model.needsFile", { option: arg }));
      values.set(arg, value);
      i++;
    } else flags.add(arg);
  }
  return { flags, values };
}

/**
 * Writes the .xlsx bytes; exit 2 with a message when the file exists (no
 * --force) or cannot be written. `say` prefixes the command ("mkt sheet: …").
 */
export async function writeWorkbook(
  io: CliIo,
  say: (message: string) => string,
  out: string,
  bytes: Uint8Array,
  force: boolean
): Promise<number> {
  try {
    await io.writeFile(out, bytes, { overwrite: force });
    return EXIT.ok;
  } catch (error) {
    io.err(
      say(
        error instanceof FileExistsError
          ? t("cli.model.exists", { path: out })
          : t("cli.model.cannotWrite", { path: out, detail: (error as Error).message })
      )
    );
    return EXIT.usage;
  }
}
