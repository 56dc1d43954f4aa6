/**
 * The shape of one catalogue entry and the one evaluation path every surface
 * shares: coerce the raw arguments against the entry's declarations, call its
 * core function, and make sure no NaN or Infinity escapes. The Excel wrappers,
 * the command line, the documentation and the task pane's gallery all read the
 * same entries, so the help text cannot drift from what a function does.
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

export interface CatalogueEntry<D extends readonly ArgDecl[] = readonly ArgDecl[]> {
  /** Excel name (the custom function id, used as MKT.NAME). */
  readonly name: string;
  /** Category as shown in the docs and the gallery. */
  readonly category: string;
  /** Source article section in methods.md, e.g. "§1.3". */
  readonly section: string;
  /** Anchor in docs/functions.md and help/functions.html. */
  readonly anchor: string;
  /** One sentence a user understands: the autocomplete summary. */
  readonly summary: string;
  readonly args: D;
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
  /**
   * For a function that returns a row of figures (a ResultRow): how many
   * cells it spills into, left to right. Absent for one-cell functions.
   */
  readonly resultColumns?: number;
  /** The one core function this entry binds to. */
  readonly compute: (...args: ArgValues<D>) => MetricResult;
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

/** Declares an entry with its argument types checked against `compute`. */
export function defineEntry<const D extends readonly ArgDecl[]>(
  entry: CatalogueEntry<D>
): CatalogueEntry {
  return entry as unknown as CatalogueEntry;
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
export function evaluate(entry: CatalogueEntry, raw: readonly unknown[]): Outcome {
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
