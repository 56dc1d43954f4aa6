/**
 * The shape of one catalogue entry and the one evaluation path every surface
 * shares: coerce the raw arguments against the entry's declarations, call its
 * core function, and make sure no NaN or Infinity escapes. An entry has two
 * halves, joined by `withHelp`: the declarations Excel's calls need
 * (FunctionEntry, in ./campaign.ts, ...) and the words around them
 * (EntryHelpText, in ./help/*.ts), so that the page's custom functions load no
 * help text. The Excel wrappers, the command line, the documentation and the
 * task pane's gallery all read the same entries, so the help text cannot drift
 * from what a function does.
 */
import { ArgDecl, ArgValues, coerceArguments } from "../args";
import { CalcError, Failure, calcError, isFailure } from "../errors";
import { MESSAGES } from "../messages";
import { CANCELLATION_TOLERANCE } from "../metrics/difference";

/**
 * One row of numbers: the result of a function that returns several figures
 * at once (MKT.ADBUDG_CALIBRATE's shape and K), spilled into adjacent cells.
 */
export type ResultRow = number[][];

/** What a core metric function returns. */
export type MetricResult = number | string | boolean | ResultRow | CalcError;

/** What evaluating an entry gives: a value, a row of values, a calculation error, or an error that came in. */
export type Outcome = number | string | boolean | ResultRow | Failure;

export function isResultRow(value: unknown): value is ResultRow {
  return Array.isArray(value);
}

/** An interpretation band from the source article, e.g. ROMI above 50% is "good". */
export interface Band {
  /** Human-readable condition, e.g. "≥ 50%". */
  readonly when: string;
  readonly meaning: string;
}

/** An example argument as typed in Excel (ranges as 2-D arrays; null = omitted). */
export type ExampleArg =
  number | string | boolean | null | readonly (readonly (number | boolean | null)[])[];

export interface Example {
  readonly args: readonly ExampleArg[];
  readonly expected: number | string | boolean | ResultRow;
  /** Where the figures come from (an article example, or a hand calculation). */
  readonly source: string;
}

/**
 * The native Excel twin: an invariant-English formula (no leading "="), with
 * `{argument_name}` placeholders for a cell reference or a literal. An omitted
 * optional argument is replaced by its declared default, unless `omitted` gives
 * a whole alternative formula for that case.
 */
export interface Twin {
  readonly template: string;
  readonly omitted?: Readonly<Record<string, string>>;
  /**
   * The function's own error conditions, checked in order after the argument
   * checks and before the template (placeholders as in the template; a check
   * naming an omitted argument is skipped).
   */
  readonly checks?: readonly TwinCheck[];
  /**
   * A form for Excel without dynamic arrays (2007-2019), for the help page:
   * COUNTIF/SUMIF over ranges, same result on valid arguments that are ranges.
   */
  readonly olderExcel?: readonly {
    /** Placeholders as in the template, without modifiers. */
    readonly formula: string;
    /** The form for the case where this optional argument is omitted. */
    readonly omitted?: string;
  }[];
  /**
   * The formula computes an array outside a function that takes arrays itself
   * (e.g. MMULT over a range inside a comparison), which only Excel with dynamic
   * arrays (Excel 365, Excel 2021 and later) evaluates without Ctrl+Shift+Enter.
   */
  readonly needsDynamicArrays?: boolean;
}

/** One error condition of a twin: when `when` holds, the result is `error` ("#NUM!", ...). */
export interface TwinCheck {
  readonly when: string;
  readonly error: string;
}

/**
 * One function as Excel's calls need it: its name, its argument declarations and
 * the core function it binds to. This is all the page's custom functions load
 * (src/functions/*.functions.ts import these); the words around it are its help.
 */
export interface FunctionEntry<D extends readonly ArgDecl[] = readonly ArgDecl[]> {
  /** Excel name (the custom function id, used as MKT.NAME). */
  readonly name: string;
  readonly args: D;
  /**
   * For a function that returns a row of figures (a ResultRow): how many
   * cells it spills into, left to right. Absent for one-cell functions.
   */
  readonly resultColumns?: number;
  /** The one core function this entry binds to. */
  readonly compute: (...args: ArgValues<D>) => MetricResult;
}

/** An argument's words for the user. */
export interface ArgText {
  /** One line for the user: unit and valid range. */
  readonly description: string;
  /**
   * What a blank cell does here, in words, for the help page: Excel on the web
   * sends it as empty, some desktop builds as 0. Required for optional
   * arguments, where the two can differ (a test checks it).
   */
  readonly blankNote?: string;
}

/** An argument declaration with its words: what the help, the gallery and the CLI show. */
export type DescribedArg = ArgDecl & ArgText;

/**
 * One function's help: everything a reader sees or a check compares beyond the
 * declarations (catalogue/help/*.ts, keyed by the function's name).
 */
export interface EntryHelpText {
  /** Category as shown in the docs and the gallery. */
  readonly category: string;
  /** Source article section in methods.md, e.g. "§1.3". */
  readonly section: string;
  /** Anchor in docs/functions.md and help/functions.html. */
  readonly anchor: string;
  /** One sentence a user understands: the autocomplete summary. */
  readonly summary: string;
  /** What it returns, with the unit. */
  readonly returns: string;
  /** The formula in words/symbols, as in the article. */
  readonly formula: string;
  readonly example: Example;
  readonly bands?: readonly Band[];
  /** Decisions, blank handling and other notes for the help page. */
  readonly notes: readonly string[];
  /** The native twin, or null with the reason in `notes`. */
  readonly twin: Twin | null;
  /** Each argument's words, by argument name. */
  readonly args: Readonly<Record<string, ArgText>>;
}

/** The help of one category's functions, by function name. */
export type CategoryHelp = Readonly<Record<string, EntryHelpText>>;

/** A function with its help: what the docs, the gallery, the CLI and Make shareable read. */
export interface CatalogueEntry extends Omit<FunctionEntry, "args">, Omit<EntryHelpText, "args"> {
  readonly args: readonly DescribedArg[];
}

/**
 * Joins declarations and help into catalogue entries. Every function must have
 * its help and every argument its description, and the help names no function
 * or argument that is not declared: a mismatch is a programmer error, thrown when
 * the catalogue module loads (every test that reads the catalogue fails on it).
 */
export function withHelp(entries: readonly FunctionEntry[], help: CategoryHelp): CatalogueEntry[] {
  for (const name of Object.keys(help))
    if (!entries.some((entry) => entry.name === name))
      throw new Error(`catalogue help for ${name}, which is not declared`);
  return entries.map((entry) => {
    const text = help[entry.name];
    if (!text) throw new Error(`catalogue entry ${entry.name} has no help text`);
    for (const name of Object.keys(text.args))
      if (!entry.args.some((arg) => arg.name === name))
        throw new Error(`help of ${entry.name} describes ${name}, which is not an argument`);
    const args = entry.args.map((arg) => {
      const words = text.args[arg.name];
      if (!words) throw new Error(`argument ${arg.name} of ${entry.name} has no description`);
      return { ...arg, ...words };
    });
    return { ...text, ...entry, args };
  });
}

/**
 * Help note for functions that divide by, or test the sign of, a difference of
 * two arguments (metrics/difference.ts).
 */
export function equalUpToNoiseNote(a: string, b: string): string {
  return `${a} and ${b} that agree to ${CANCELLATION_TOLERANCE} relative (about 12 significant digits) count as equal: typed decimals are not exact in binary (1 − 0.7 is 0.30000000000000004), and a difference of that noise is read as 0, not as a tiny number to divide by.`;
}

/** The call shape as shown in help and the gallery: NAME(a, b, [c]), optional arguments in brackets. */
export function signature(entry: CatalogueEntry): string {
  return `${entry.name}(${entry.args.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(", ")})`;
}

/** Declares a function with its argument types checked against `compute`. */
export function defineEntry<const D extends readonly ArgDecl[]>(
  entry: FunctionEntry<D>
): FunctionEntry {
  return entry as unknown as FunctionEntry;
}

/** The result guard every path shares: NaN or ±Infinity never reaches a cell. */
export function finiteOrError(value: MetricResult): MetricResult {
  if (isResultRow(value)) {
    if (value.some((row) => row.some((x) => !Number.isFinite(x))))
      return calcError("NUM", MESSAGES.resultNotFinite());
    return value.map((row) => row.map((x) => (x === 0 ? 0 : x)));
  }
  if (typeof value === "number" && !Number.isFinite(value))
    return calcError("NUM", MESSAGES.resultNotFinite());
  // -0 prints as "0" in Excel but as "-0" nowhere we want it.
  if (value === 0) return 0;
  return value;
}

/** Coerces `raw` for `entry`, calls its core function, guards the result. */
export function evaluate(entry: FunctionEntry, raw: readonly unknown[]): Outcome {
  const args = coerceArguments(entry.args, raw) as unknown[] | Failure;
  if (isFailure(args)) return args;
  const compute = entry.compute as (...a: unknown[]) => MetricResult;
  // Direct calls for the usual arities: a spread call costs more than the metric itself.
  switch (args.length) {
    case 1:
      return finiteOrError(compute(args[0]));
    case 2:
      return finiteOrError(compute(args[0], args[1]));
    case 3:
      return finiteOrError(compute(args[0], args[1], args[2]));
    case 4:
      return finiteOrError(compute(args[0], args[1], args[2], args[3]));
    case 5:
      return finiteOrError(compute(args[0], args[1], args[2], args[3], args[4]));
    default:
      return finiteOrError(compute(...args));
  }
}
