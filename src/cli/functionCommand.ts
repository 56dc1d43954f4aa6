/**
 * `mkt --list` and `mkt <FUNCTION> <arg> …`: any catalogue function evaluated
 * from a terminal through the same coercion and core function Excel uses.
 * Arguments are typed as in a cell: numbers (a trailing % divides by 100),
 * TRUE/FALSE, text, an Excel error text such as #N/A (passed through like an
 * error cell), ranges as JSON arrays ('[[100],[50]]'; a flat array is a
 * column), and '' for an omitted optional argument.
 * The value is printed on one line (a number in full precision, TRUE/FALSE, the
 * text, or a row of figures separated by tabs) with exit 0; an error value prints its code and message with exit 3;
 * usage mistakes go to stderr with exit 2.
 */
import { CliIo, EXIT } from "./io";
import { inputName, readInputText, STANDARD_INPUT } from "./inputFile";
import {
  CATALOGUE,
  CatalogueEntry,
  evaluate,
  findEntry,
  isResultRow,
  Outcome,
  signature,
} from "../core/catalogue";
import { isPassedError } from "../core/errors";
import { EXCEL_ERROR_TEXT } from "../core/errors";
import { t } from "../core/i18n";

/** The error texts a user can type to stand for an error cell. */
const ERROR_TEXTS = new Set([
  "#N/A",
  "#DIV/0!",
  "#VALUE!",
  "#NUM!",
  "#REF!",
  "#NAME?",
  "#NULL!",
  "#CALC!",
  "#SPILL!",
]);

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/;

/** A usage mistake in one argument. */
class UsageError extends Error {}

function parseScalar(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (NUMBER.test(trimmed)) {
    const percent = trimmed.endsWith("%");
    const value = Number(percent ? trimmed.slice(0, -1) : trimmed);
    return percent ? value / 100 : value;
  }
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  if (ERROR_TEXTS.has(upper)) return { code: upper };
  return text;
}

function parseCell(cell: unknown, argName: string): unknown {
  if (cell === null || typeof cell === "number" || typeof cell === "boolean") return cell;
  if (typeof cell === "string") return cell === "" ? null : parseScalar(cell);
  throw new UsageError(t("cli.fn.rangeCell", { name: argName }));
}

function parseRange(text: string, argName: string): unknown[][] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The text may be a whole file: quote its start, not megabytes of it.
    const start = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    throw new UsageError(t("cli.fn.notJson", { name: argName, text: start }));
  }
  if (!Array.isArray(parsed)) throw new UsageError(t("cli.fn.notArray", { name: argName }));
  // A flat array is a column, the common shape of a SUMIF-style range.
  return parsed.map((row: unknown) =>
    Array.isArray(row) ? row.map((cell) => parseCell(cell, argName)) : [parseCell(row, argName)]
  );
}

/**
 * A range too large for one argument (a 1,000,000-cell range is megabytes of
 * JSON, beyond the operating system's limit on a command line) comes from a
 * file, `@range.json`, or from standard input, `-`. Only range arguments are
 * read this way, so a text argument such as "@home" stays text.
 */
async function readRangeSources(
  args: readonly string[],
  entry: CatalogueEntry,
  io: CliIo
): Promise<string[]> {
  if (
    args.filter((text, i) => entry.args[i].kind === "range" && text === STANDARD_INPUT).length > 1
  )
    throw new UsageError(t("cli.fn.oneStandardInput"));
  return Promise.all(
    args.map(async (text, i) => {
      const isSource = text === STANDARD_INPUT || (text.startsWith("@") && text.length > 1);
      if (entry.args[i].kind !== "range" || !isSource) return text;
      const path = text === STANDARD_INPUT ? text : text.slice(1);
      try {
        return await readInputText(path, io);
      } catch (error) {
        throw new UsageError(
          t("cli.fn.cannotReadRange", {
            name: entry.args[i].name,
            path: inputName(path),
            detail: (error as Error).message,
          })
        );
      }
    })
  );
}

/** Parses one command-line argument into what Excel would pass for it. */
export function parseArgument(text: string, argName: string, isRange: boolean): unknown {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) return parseRange(trimmed, argName);
  const value = parseScalar(text);
  // A single value where a range belongs is a one-cell range, as in Excel.
  return isRange && value !== null ? [[value]] : value;
}

/** One line for an outcome, and whether it is an error. */
export function formatOutcome(outcome: Outcome): { line: string; isError: boolean } {
  if (typeof outcome === "number") return { line: String(outcome), isError: false };
  if (typeof outcome === "boolean") return { line: outcome ? "TRUE" : "FALSE", isError: false };
  if (typeof outcome === "string") return { line: outcome, isError: false };
  // A row of figures prints as the cells it spills into, tab-separated (pastes into Excel as a row).
  if (isResultRow(outcome))
    return { line: outcome.map((row) => row.map(String).join("\t")).join("\n"), isError: false };
  if (isPassedError(outcome)) {
    const message = (outcome.original as { message?: unknown }).message;
    return {
      line: typeof message === "string" && message ? `${outcome.code} ${message}` : outcome.code,
      isError: true,
    };
  }
  return { line: `${EXCEL_ERROR_TEXT[outcome.kind]} ${outcome.message}`, isError: true };
}

export async function runListCommand(io: CliIo): Promise<number> {
  let category = "";
  for (const entry of CATALOGUE) {
    if (entry.category !== category) {
      if (category) io.out("");
      category = entry.category;
      io.out(`${category}:`);
    }
    io.out(`  MKT.${signature(entry)}`);
    io.out(`      ${entry.summary}`);
  }
  return EXIT.ok;
}

function printFunctionHelp(entry: CatalogueEntry, io: CliIo): void {
  io.out(`MKT.${signature(entry)}  (${entry.section})`);
  io.out(entry.summary);
  for (const arg of entry.args)
    io.out(`  ${arg.optional ? `[${arg.name}]` : arg.name}: ${arg.description}`);
  io.out(t("cli.fn.returns", { returns: entry.returns }));
}

export async function runFunctionCommand(
  name: string,
  args: readonly string[],
  io: CliIo
): Promise<number> {
  const entry = findEntry(name);
  if (!entry) {
    io.err(t("cli.fn.unknown", { name }));
    return EXIT.usage;
  }
  if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) {
    printFunctionHelp(entry, io);
    return EXIT.ok;
  }
  const required = entry.args.filter((a) => !a.optional).length;
  if (args.length < required || args.length > entry.args.length) {
    const expected =
      required === entry.args.length
        ? String(required)
        : t("cli.fn.argRange", { min: required, max: entry.args.length });
    io.err(
      t("cli.fn.argCount", {
        name: entry.name,
        expected,
        // The plural form follows the largest count ("1 to 2 arguments").
        count: entry.args.length,
        got: args.length,
        signature: signature(entry),
      })
    );
    return EXIT.usage;
  }
  let raw: unknown[];
  try {
    const texts = await readRangeSources(args, entry, io);
    raw = texts.map((text, i) =>
      parseArgument(text, entry.args[i].name, entry.args[i].kind === "range")
    );
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(t("cli.error", { message: error.message }));
    return EXIT.usage;
  }
  const { line, isError } = formatOutcome(evaluate(entry, raw));
  io.out(line);
  return isError ? EXIT.calcError : EXIT.ok;
}
