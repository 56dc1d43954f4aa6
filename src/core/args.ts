/**
 * Argument declarations as data, and the one coercion helper that reads them.
 * Every surface that evaluates a catalogue function (the Excel wrappers, the
 * command line, the task pane) hands raw values to `coerceArguments`; nothing
 * else decides what a blank, a text or an out-of-range share means.
 *
 * What arrives from Excel (the wrappers declare every parameter as `any`, so
 * Excel hands over the cell value untouched and this module owns the rules):
 * - a number, a string, a boolean;
 * - a blank: `null` on Excel on the web, `0` on some desktop builds, `undefined`
 *   or `null` for an omitted optional argument. An empty string (a formula
 *   returning "") counts as blank too; it is also how the CLI omits an argument.
 *   Because a desktop blank is indistinguishable from a typed 0, each declaration
 *   says what a blank does (`blank`), and the rule is chosen so that web and
 *   desktop agree wherever the maths allows (a blank required amount is 0, as in
 *   native Excel arithmetic).
 * - an Excel error. For a scalar parameter Excel does not call the function at
 *   all: it returns the error itself. Inside a range parameter each error cell
 *   arrives as an error object (`{ code: "#N/A", message? }`, the shape of
 *   `CustomFunctions.Error`; rich-value builds send `{ type: "Error", ... }`).
 *   Both are recognised by `isExcelErrorValue` and come out unchanged as a
 *   `PassedError` (the first one in reading order, as Excel's own SUM does).
 * - a range: a 2-D array, rows of cells. Ragged arrays (only possible from the
 *   CLI or a caller bug) and ranges of different shapes are #VALUE!.
 */
import { CalcError, Failure, calcError, isExcelErrorValue, isFailure, passedError } from "./errors";
import { MESSAGES } from "./messages";

/** What an argument means; it decides the checks and the help text. */
export type ArgKind =
  | "number" // any real number within bounds
  | "money" // an amount of money, non-negative unless bounds say otherwise
  | "share" // a fraction, 25% typed in Excel is 0.25; always within [0, 1]
  | "count" // a whole number of people, stores, clicks, ... (>= 0)
  | "range" // a rectangular block of cells
  | "text" // a choice among a few words
  | "boolean";

/** What a blank does. */
export type BlankRule =
  /** Blank means 0, as in native Excel arithmetic (and on desktop builds that send 0). */
  | "zero"
  /** Blank means the declared default (for optional arguments). */
  | "default"
  /** For ranges: blank cells are skipped, as SUM skips them (each function's notes say how). */
  | "skip";

/** What a range's cells may hold. */
export type CellRule =
  /** Yes/no cells: TRUE/FALSE, 1/0 or a non-negative figure (positive means yes). */
  | "flag"
  /** Figures: numbers; TRUE/FALSE is rejected (it means nothing as a figure). */
  | "number";

export interface ArgBounds {
  readonly min?: number;
  readonly max?: number;
  /** The bound itself is not allowed (e.g. a cost that is a denominator: > 0). */
  readonly minExclusive?: boolean;
  readonly maxExclusive?: boolean;
  /**
   * When the argument is a denominator, 0 is #DIV/0! (not #NUM!), as in native
   * Excel; other values below the bound stay #NUM!.
   */
  readonly zeroIsDivision?: boolean;
}

/**
 * What an argument is, as the coercion reads it. Its words for the user (description,
 * blank note) are help text, kept with the entry's help (catalogue/entry.ts ArgText)
 * so that the page's custom functions do not download them.
 */
export interface ArgDecl {
  /** snake_case, as shown in Excel's autocomplete and in the CLI. */
  readonly name: string;
  readonly kind: ArgKind;
  readonly optional?: boolean;
  readonly default?: number | string | boolean;
  readonly bounds?: ArgBounds;
  readonly blank: BlankRule;
  /** For ranges: what the cells may hold. */
  readonly cells?: CellRule;
  /** For text arguments: the accepted words (matched case-insensitively). */
  readonly choices?: readonly string[];
}

/**
 * A coerced range: rows × cols cells in reading order. `blank[i]` is 1 for a
 * blank cell (null, undefined or ""), whose value is then 0. In a yes/no
 * ("flag") range every value is exactly 1 (TRUE, or a positive figure) or 0, so
 * metrics can weigh by multiplying instead of branching. Flat typed arrays keep
 * a 100,000-store range call within a few milliseconds.
 */
export interface Grid {
  readonly rows: number;
  readonly cols: number;
  readonly values: Float64Array;
  readonly blank: Uint8Array;
}

/** The TypeScript value a declaration coerces to. */
export type KindValue<K extends ArgKind> = K extends "range"
  ? Grid
  : K extends "text"
    ? string
    : K extends "boolean"
      ? boolean
      : number;

/** The tuple of coerced values for a tuple of declarations. */
export type ArgValues<D extends readonly ArgDecl[]> = {
  -readonly [I in keyof D]: D[I] extends { readonly kind: infer K extends ArgKind }
    ? KindValue<K>
    : never;
};

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** One argument's coercion, specialised for its declaration. */
export type Coercer = (raw: unknown) => number | string | boolean | Grid | Failure;

/**
 * Builds the coercer of a declaration. The common case, a finite number in a
 * numeric argument, is checked inline against pre-computed bounds (this path
 * runs for every cell recalculation, see bench/functions.bench.ts); anything
 * else goes through `coerceArgument`, which gives the same answers.
 */
export function compileArgument(decl: ArgDecl): Coercer {
  if (decl.kind === "range" || decl.kind === "text" || decl.kind === "boolean")
    return (raw) => coerceArgument(decl, raw);
  const share = decl.kind === "share";
  const whole = decl.kind === "count";
  const b = decl.bounds;
  const min = b?.min ?? (decl.kind === "money" || decl.kind === "count" ? -0 : -Infinity);
  const minExclusive = b?.minExclusive === true;
  const max = b?.max ?? Infinity;
  const maxExclusive = b?.maxExclusive === true;
  return (raw) => {
    if (
      typeof raw === "number" &&
      raw > -Infinity &&
      raw < Infinity &&
      (minExclusive ? raw > min : raw >= min) &&
      (maxExclusive ? raw < max : raw <= max) &&
      (!share || (raw >= 0 && raw <= 1)) &&
      (!whole || Number.isInteger(raw))
    ) {
      return raw;
    }
    return coerceArgument(decl, raw);
  };
}

const COMPILED = new WeakMap<readonly ArgDecl[], readonly Coercer[]>();

/** The coercers of a declaration list, compiled once and cached. */
export function compileArguments(decls: readonly ArgDecl[]): readonly Coercer[] {
  let coercers = COMPILED.get(decls);
  if (!coercers) {
    coercers = decls.map(compileArgument);
    COMPILED.set(decls, coercers);
  }
  return coercers;
}

/** Coerces every argument; the first failure (in argument order) wins. */
export function coerceArguments<const D extends readonly ArgDecl[]>(
  decls: D,
  raw: readonly unknown[]
): ArgValues<D> | Failure {
  const coercers = compileArguments(decls);
  const out: unknown[] = new Array(coercers.length);
  for (let i = 0; i < coercers.length; i++) {
    const value = coercers[i](raw[i]);
    if (typeof value === "object" && isFailure(value)) return value;
    out[i] = value;
  }
  return out as ArgValues<D>;
}

/** Coerces one raw value against its declaration. */
export function coerceArgument(
  decl: ArgDecl,
  raw: unknown
): number | string | boolean | Grid | Failure {
  if (isExcelErrorValue(raw)) return passedError(raw);
  switch (decl.kind) {
    case "range":
      return coerceGrid(decl, raw);
    case "text":
      return coerceText(decl, raw);
    case "boolean":
      return coerceBoolean(decl, raw);
    default:
      return coerceNumber(decl, raw);
  }
}

function blankValue(decl: ArgDecl): number | string | boolean | CalcError {
  if (decl.blank === "default" && decl.default !== undefined) return decl.default;
  if (decl.blank === "zero") return 0;
  return calcError("NA", MESSAGES.missing(decl.name));
}

function coerceNumber(decl: ArgDecl, raw: unknown): number | CalcError {
  let value: unknown = raw;
  if (isBlank(value)) {
    const b = blankValue(decl);
    if (typeof b !== "number") return b as CalcError;
    value = b;
    // A default is trusted (declared by us); a blank-as-0 still meets the bounds below.
    if (decl.blank === "default") return b;
  }
  if (typeof value === "string")
    return calcError("VALUE", MESSAGES.textForNumber(decl.name, value));
  if (typeof value === "boolean")
    return calcError("VALUE", MESSAGES.booleanForNumber(decl.name, value));
  if (typeof value !== "number") return calcError("VALUE", MESSAGES.notANumber(decl.name));
  if (!Number.isFinite(value)) return calcError("NUM", MESSAGES.notFinite(decl.name));
  return checkBounds(decl, value);
}

/** Checks kind and bounds; 0 for a declared denominator is #DIV/0!. */
export function checkBounds(decl: ArgDecl, value: number): number | CalcError {
  if (decl.kind === "share" && (value < 0 || value > 1)) {
    return calcError("NUM", MESSAGES.shareOutOfRange(decl.name, value));
  }
  if (decl.kind === "count" && !Number.isInteger(value)) {
    return calcError("NUM", MESSAGES.notWhole(decl.name, value));
  }
  const b = decl.bounds;
  const min = b?.min ?? (decl.kind === "money" || decl.kind === "count" ? 0 : undefined);
  if (min !== undefined) {
    const tooLow = b?.minExclusive ? value <= min : value < min;
    if (tooLow) {
      const kind = value === 0 && b?.zeroIsDivision ? "DIV0" : "NUM";
      // An optional argument that may not be 0 is most likely a blank cell sent as 0
      // by a desktop build: say how to get the default.
      if (value === 0 && decl.optional && decl.default !== undefined)
        return calcError(kind, MESSAGES.zeroForOptional(decl.name, min, decl.default));
      return calcError(
        kind,
        b?.minExclusive
          ? MESSAGES.mustExceed(decl.name, min)
          : MESSAGES.mustBeAtLeast(decl.name, min)
      );
    }
  }
  if (b?.max !== undefined) {
    const tooHigh = b.maxExclusive ? value >= b.max : value > b.max;
    if (tooHigh) {
      return calcError(
        "NUM",
        b.maxExclusive
          ? MESSAGES.mustBeBelow(decl.name, b.max)
          : MESSAGES.mustBeAtMost(decl.name, b.max)
      );
    }
  }
  return value;
}

function coerceText(decl: ArgDecl, raw: unknown): string | CalcError {
  // A number 0 is no word: it is a blank cell from a desktop build that sends blanks as 0.
  if (isBlank(raw) || raw === 0) {
    const b = blankValue(decl);
    return typeof b === "string" ? b : calcError("NA", MESSAGES.missing(decl.name));
  }
  if (typeof raw !== "string")
    return calcError("VALUE", MESSAGES.notAChoice(decl.name, String(raw), decl.choices ?? []));
  const word = raw.trim().toLowerCase();
  if (decl.choices && !decl.choices.includes(word)) {
    return calcError("VALUE", MESSAGES.notAChoice(decl.name, raw, decl.choices));
  }
  return word;
}

function coerceBoolean(decl: ArgDecl, raw: unknown): boolean | CalcError {
  if (isBlank(raw)) {
    const b = blankValue(decl);
    return typeof b === "boolean"
      ? b
      : b === 0
        ? false
        : calcError("NA", MESSAGES.missing(decl.name));
  }
  if (typeof raw === "boolean") return raw;
  if (raw === 1 || raw === 0) return raw === 1;
  return calcError("VALUE", MESSAGES.notABoolean(decl.name));
}

/** The empty grid an omitted optional range stands for. */
export const EMPTY_GRID: Grid = {
  rows: 0,
  cols: 0,
  values: new Float64Array(0),
  blank: new Uint8Array(0),
};

/**
 * Reads one range cell into `values[k]` / `blank[k]`; returns the failure, if any.
 * Small enough for the optimiser to inline into the range loop.
 */
function readCell(
  decl: ArgDecl,
  flag: boolean,
  values: Float64Array,
  blank: Uint8Array,
  k: number,
  cell: unknown,
  r: number,
  c: number
): Failure | undefined {
  if (typeof cell === "number") {
    if (cell >= 0 && cell < Infinity) values[k] = flag ? +(cell > 0) : cell;
    else if (cell < 0) return calcError("NUM", MESSAGES.cellNegative(decl.name, r, c, cell));
    else return calcError("NUM", MESSAGES.cellNotFinite(decl.name, r, c));
  } else if (typeof cell === "boolean") {
    if (!flag) return calcError("VALUE", MESSAGES.cellBoolean(decl.name, r, c));
    values[k] = cell ? 1 : 0;
  } else if (cell === null || cell === undefined || cell === "") {
    blank[k] = 1;
  } else if (isExcelErrorValue(cell)) {
    return passedError(cell);
  } else if (typeof cell === "string") {
    return calcError("VALUE", MESSAGES.cellText(decl.name, r, c, cell));
  } else {
    return calcError("VALUE", MESSAGES.cellUnreadable(decl.name, r, c));
  }
  return undefined;
}

/**
 * One pass over a yes/no range: shape, cell types and values together (this
 * runs over 100,000-row ranges). TRUE/FALSE and non-negative figures are read
 * without data-dependent jumps (a shuffled TRUE/FALSE column would otherwise
 * mispredict every other branch); anything else, errors included, goes to
 * `readCell`. Returns the failure, if any.
 */
function fillFlags(
  decl: ArgDecl,
  rowsIn: readonly unknown[],
  cols: number,
  values: Float64Array,
  blank: Uint8Array
): Failure | undefined {
  let k = 0;
  for (let r = 0; r < rowsIn.length; r++) {
    const rowRaw = rowsIn[r];
    // A flat array is a column (only the CLI or a direct caller sends one).
    const row: readonly unknown[] = Array.isArray(rowRaw) ? rowRaw : [rowRaw];
    if (row.length !== cols) return calcError("VALUE", MESSAGES.ragged(decl.name));
    for (let c = 0; c < cols; c++, k++) {
      const cell = row[c];
      const yes = +(cell === true);
      if (yes | +(cell === false)) {
        values[k] = yes;
      } else if (typeof cell === "number" && cell >= 0 && cell < Infinity) {
        values[k] = +(cell > 0);
      } else if (cell === null || cell === undefined || cell === "") {
        blank[k] = 1;
      } else {
        const failure = readCell(decl, true, values, blank, k, cell, r, c);
        if (failure) return failure;
      }
    }
  }
  return undefined;
}

/** One pass over a range of figures; see `fillFlags`. */
function fillFigures(
  decl: ArgDecl,
  rowsIn: readonly unknown[],
  cols: number,
  values: Float64Array,
  blank: Uint8Array
): Failure | undefined {
  let k = 0;
  for (let r = 0; r < rowsIn.length; r++) {
    const rowRaw = rowsIn[r];
    const row: readonly unknown[] = Array.isArray(rowRaw) ? rowRaw : [rowRaw];
    if (row.length !== cols) return calcError("VALUE", MESSAGES.ragged(decl.name));
    for (let c = 0; c < cols; c++, k++) {
      const cell = row[c];
      if (typeof cell === "number" && cell >= 0 && cell < Infinity) {
        values[k] = cell;
      } else if (cell === null || cell === undefined || cell === "") {
        blank[k] = 1;
      } else {
        const failure = readCell(decl, false, values, blank, k, cell, r, c);
        if (failure) return failure;
      }
    }
  }
  return undefined;
}

function coerceGrid(decl: ArgDecl, raw: unknown): Grid | Failure {
  if (raw === null || raw === undefined || raw === "") {
    if (decl.optional) return EMPTY_GRID;
    return calcError("NA", MESSAGES.missing(decl.name));
  }
  // A single value where a range belongs is a 1 × 1 range, as Excel passes a one-cell reference.
  const rowsIn: readonly unknown[] = Array.isArray(raw) ? raw : [[raw]];
  const rows = rowsIn.length;
  const first = rows > 0 ? rowsIn[0] : undefined;
  const cols = rows === 0 ? 0 : Array.isArray(first) ? first.length : 1;
  const n = rows * cols;
  const values = new Float64Array(n);
  const blank = new Uint8Array(n);
  const flag = decl.cells === "flag";
  const failure = flag
    ? fillFlags(decl, rowsIn, cols, values, blank)
    : fillFigures(decl, rowsIn, cols, values, blank);
  if (failure) return failure;
  return { rows, cols, values, blank };
}
