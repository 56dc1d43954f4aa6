/**
 * `mkt share --input IN.xlsx --out OUT.xlsx [--force]`: the pane's "Make
 * shareable" on a file. It reads IN, rewrites the MKT formulas into native
 * ones (export/shareWorkbook.ts) and writes OUT atomically (writeFileAtomic,
 * through io.writeFile). It never writes over IN, even with --force (the same
 * file under another name included), and replaces an existing OUT only with
 * --force. Nothing to convert means nothing is written.
 */
import { promises as fs } from "fs";
import { resolve } from "path";
import { shareWorkbook, ShareReport } from "../export/shareWorkbook";
import { t } from "../core/i18n";
import { CliIo, EXIT, FileExistsError } from "./io";

const WORKBOOK = /\.(xlsx|xlsm)$/i;

class UsageError extends Error {}

function parse(args: readonly string[]): { input: string; out: string; force: boolean } {
  let input: string | undefined;
  let out: string | undefined;
  let force = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--force") force = true;
    else if (arg === "--input" || arg === "--out") {
      const value = args[++i];
      if (value === undefined || value.startsWith("--"))
        throw new UsageError(t("cli.share.needsFile", { option: arg }));
      if (arg === "--input") input = value;
      else out = value;
    } else throw new UsageError(t("cli.share.unknownOption", { option: arg }));
  }
  if (input === undefined || out === undefined) throw new UsageError(t("cli.share.needsFiles"));
  if (!WORKBOOK.test(input))
    throw new UsageError(t("cli.share.notWorkbook", { option: "--input", path: input }));
  if (!WORKBOOK.test(out))
    throw new UsageError(t("cli.share.notWorkbook", { option: "--out", path: out }));
  if (input.slice(-5).toLowerCase() !== out.slice(-5).toLowerCase())
    throw new UsageError(t("cli.share.sameExtension"));
  return { input, out, force };
}

/** The file a path names, links resolved; the resolved path itself when it does not exist yet. */
async function identity(path: string): Promise<string> {
  try {
    return await fs.realpath(path);
  } catch {
    return resolve(path);
  }
}

function summary(report: ShareReport): string[] {
  const sheets = Object.entries(report.cells);
  const total = sheets.reduce((n, [, c]) => n + c, 0);
  const lines = [
    t("cli.share.changed", {
      count: total,
      sheets: sheets.map(([s, c]) => `${s} (${c})`).join(", "),
    }),
  ];
  const functions = Object.entries(report.functions).map(([f, n]) => `MKT.${f} ×${n}`);
  if (functions.length > 0)
    lines.push(t("cli.share.replaced", { functions: functions.join(", ") }));
  return lines;
}

function keptLines(report: ShareReport): string[] {
  return [
    ...report.kept.map((k) =>
      t("cli.share.keptCell", { sheet: k.sheet, cell: k.cell, name: k.name, reason: k.reason })
    ),
    ...report.namesCallingMkt.map((name) => t("cli.share.keptName", { name })),
  ];
}

const fail = (io: CliIo, message: string) => {
  io.err(t("cli.share.error", { message }));
  return EXIT.usage;
};

export async function runShareCommand(args: readonly string[], io: CliIo): Promise<number> {
  let options: ReturnType<typeof parse>;
  try {
    options = parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(t("cli.share.error", { message: error.message }));
    io.err(t("cli.share.usage"));
    return EXIT.usage;
  }
  const { input, out, force } = options;
  if ((await identity(input)) === (await identity(out)))
    return fail(io, t("cli.share.outIsInput", { path: input }));
  let bytes: Uint8Array;
  try {
    bytes = await io.readBytes(input);
  } catch (error) {
    return fail(io, t("cli.share.cannotRead", { path: input, detail: (error as Error).message }));
  }
  let result: Awaited<ReturnType<typeof shareWorkbook>>;
  try {
    result = await shareWorkbook(bytes);
  } catch (error) {
    return fail(io, t("cli.share.unreadable", { path: input, detail: (error as Error).message }));
  }
  for (const line of keptLines(result.report)) io.err(t("cli.share.error", { message: line }));
  if (result.bytes === null) {
    io.out(t("cli.share.nothing", { path: input }));
    return EXIT.ok;
  }
  try {
    await io.writeFile(out, result.bytes, { overwrite: force });
  } catch (error) {
    if (error instanceof FileExistsError) return fail(io, t("cli.share.exists", { path: out }));
    return fail(io, t("cli.share.cannotWrite", { path: out, detail: (error as Error).message }));
  }
  for (const line of summary(result.report)) io.out(line);
  io.out(t("cli.share.wrote", { path: out }));
  return EXIT.ok;
}
