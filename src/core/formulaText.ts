/**
 * Formula text: the one place that writes values and references into Excel
 * formulas — literals (numbers, strings, booleans, errors, array constants),
 * quoted sheet names in references, defined-name formulas and the example
 * formulas of the catalogue. The native twins, the docs, the gallery, the
 * Office adapter and the .xlsx writer all write through it, so a value typed
 * into help, inserted by the gallery and stored in a workbook is the same text.
 *
 * Everything is invariant English (the form of `range.formulas` and of the
 * .xlsx file): "," between arguments and between the columns of an array
 * constant, ";" between its rows, "." as the decimal point. Excel shows it
 * with the separators of the user's language by itself.
 *
 * Numbers. Excel keeps 15 significant digits of a number it reads from formula
 * text (it drops the rest), and refuses a typed number above
 * 9.99999999999999E+307; JavaScript's shortest form of a double can need 17
 * digits and reach 1.7976931348623157E+308. So a number is written with at most
 * 15 significant digits when that reads back as the same double (every number a
 * person typed), else as an exact sum `(hi+lo)` of two such numbers, and above
 * Excel's limit as `(x/2*2)`; doubling and halving are exact in binary.
 * Decimals are plain from 1e-6 to 1e21 and in exponent form outside, with a
 * lower-case e ("1e-7", "1.5e+21"): Excel and LibreOffice read either case,
 * HyperFormula only the lower. Array constants admit only plain literals, so a number that
 * needs a sum, or a text longer than Excel's 255 characters per string literal,
 * cannot go into one: that is a programmer error and throws.
 */
import { absoluteRange } from "./a1";
import { EXCEL_ERROR_TEXT, type CalcErrorKind } from "./errors";
import type { PlanName } from "./sheet/plan";

/** Significant digits Excel keeps of a number it reads (Excel specifications and limits: "Number precision 15 digits"). */
export const EXCEL_TYPED_DIGITS = 15;
/** Largest number Excel accepts typed into a cell or formula (Excel specifications and limits). */
export const EXCEL_LARGEST_TYPED = 9.99999999999999e307;
/**
 * Smallest positive normal double, 2.2250738585072014E-308; Excel's limits give
 * 2.2251E-308 as its smallest positive number and hold nothing between it and 0.
 */
const SMALLEST_NORMAL = 2.2250738585072014e-308;
/** Characters Excel allows in one string literal of a formula (Excel specifications and limits). */
export const EXCEL_MAX_STRING_LITERAL = 255;

/** The error values Excel accepts as literals in a formula (=#N/A, {1,#N/A}). */
export const EXCEL_ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
] as const;
export type ExcelErrorLiteral = (typeof EXCEL_ERROR_LITERALS)[number];

/** An error value to write as a literal: one of ours (by kind) or any Excel error literal. */
export interface ErrorValue {
  readonly error: CalcErrorKind | ExcelErrorLiteral;
}

/** What a formula can hold as a literal. */
export type LiteralValue = number | string | boolean | ErrorValue;

/** A cell of an array constant: null is an empty cell, written as "" (Excel has no empty array element). */
export type ArrayConstantCell = LiteralValue | null;

// ---------------------------------------------------------------- numbers

/** Significant digits of a decimal text such as "-0.00125", "1.5e+21", "123000". */
function significantDigits(text: string): number {
  const mantissa = text.split(/e/i)[0].replace(/[-+.]/g, "");
  return mantissa.replace(/^0+/, "").replace(/0+$/, "").length;
}

/** JavaScript's shortest text that reads back as x ("0.1", "1e-7", "1.5e+21"). */
function shortestText(x: number): string {
  return String(x);
}

/** The shortest Excel text of at most 15 significant digits that reads back as x, or null. */
function plainNumber(x: number): string | null {
  const text = String(x);
  return significantDigits(text) <= EXCEL_TYPED_DIGITS ? shortestText(x) : null;
}

/**
 * A non-negative normal double within Excel's typed range as formula text:
 * plain, or the exact sum hi + lo with hi = x to 15 digits. x − hi is exact (the
 * two are within a factor of 2, Sterbenz's lemma), and lo needs only the few
 * digits that make the sum round to x.
 */
function typedRangeNumber(x: number): string {
  const plain = plainNumber(x);
  if (plain !== null) return plain;
  const hi = Number(x.toPrecision(EXCEL_TYPED_DIGITS));
  const rest = x - hi;
  for (let digits = 1; digits <= EXCEL_TYPED_DIGITS; digits++) {
    const lo = Number(Math.abs(rest).toPrecision(digits));
    const sum = rest < 0 ? hi - lo : hi + lo;
    if (sum === x) return `(${shortestText(hi)}${rest < 0 ? "-" : "+"}${shortestText(lo)})`;
  }
  // Unreachable: at 15 digits lo is within 1E-15 of x − hi, far below half an ulp of x.
  throw new Error(`numberLiteral: no exact split for ${x}`);
}

/**
 * A number as formula text that Excel reads back as exactly the same double.
 * Throws on NaN and ±Infinity, which no cell can hold (a programmer error: core
 * results are guarded against them). Numbers closer to 0 than Excel's smallest
 * (2.2251E-308) are written as 0, as Excel stores them.
 */
export function numberLiteral(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`numberLiteral: ${x} is not a number Excel holds`);
  const size = Math.abs(x);
  if (size < SMALLEST_NORMAL) return "0"; // also turns -0 into 0
  const sign = x < 0 ? "-" : "";
  if (size > EXCEL_LARGEST_TYPED) return `${sign}(${typedRangeNumber(size / 2)}*2)`;
  return sign + typedRangeNumber(size);
}

// ---------------------------------------------------------------- other literals

/** Code points, so a split never cuts a surrogate pair (an emoji stays whole). */
function chunks(text: string, size: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const ch of text) {
    if (current.length + ch.length > size) {
      out.push(current);
      current = "";
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/**
 * A text as a string literal: quotes doubled ("say ""hi"""). Longer than
 * Excel's 255 characters per literal, it becomes pieces joined by & (the same
 * text), which only a formula expression admits, not an array constant.
 */
export function stringLiteral(text: string): string {
  return chunks(text, EXCEL_MAX_STRING_LITERAL)
    .map((piece) => `"${piece.replace(/"/g, '""')}"`)
    .join("&");
}

export function booleanLiteral(value: boolean): string {
  return value ? "TRUE" : "FALSE";
}

/** "#DIV/0!" for kind DIV0, or the Excel literal itself. */
export function errorLiteral(error: ErrorValue["error"]): string {
  if (error in EXCEL_ERROR_TEXT) return EXCEL_ERROR_TEXT[error as CalcErrorKind];
  if ((EXCEL_ERROR_LITERALS as readonly string[]).includes(error)) return error;
  throw new Error(`errorLiteral: ${error} is not an Excel error literal`);
}

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === "object" && value !== null && "error" in value;
}

/** Any literal as it stands in a formula expression (a function argument, a defined name). */
export function formulaLiteral(value: LiteralValue): string {
  if (typeof value === "number") return numberLiteral(value);
  if (typeof value === "boolean") return booleanLiteral(value);
  if (typeof value === "string") return stringLiteral(value);
  return errorLiteral(value.error);
}

/** One element of an array constant: plain literals only (no sums, no &). */
function arrayElement(cell: ArrayConstantCell): string {
  if (cell === null) return '""';
  const plain =
    typeof cell === "number"
      ? Math.abs(cell) <= EXCEL_LARGEST_TYPED && plainNumber(Math.abs(cell)) !== null
      : typeof cell !== "string" || cell.length <= EXCEL_MAX_STRING_LITERAL;
  if (!plain)
    throw new Error(
      `arrayConstant: ${String(cell)} needs an expression; an array constant holds plain literals only`
    );
  return formulaLiteral(cell);
}

/**
 * Rows of cells as an array constant: {1,2;3,4}. An empty cell is "" (Excel
 * array constants have no empty element; our range arguments skip "" as a
 * blank cell, exactly as they skip an empty cell of a range).
 */
export function arrayConstant(rows: readonly (readonly ArrayConstantCell[])[]): string {
  if (rows.length === 0 || rows.some((row) => row.length !== rows[0].length || row.length === 0))
    throw new Error("arrayConstant: rows must be non-empty and of one length");
  return `{${rows.map((row) => row.map(arrayElement).join(",")).join(";")}}`;
}

// ---------------------------------------------------------------- references and names

/**
 * 'It''s': a sheet name in quotes, apostrophes doubled. Quoting is always
 * valid (Excel drops quotes it does not need when it shows the formula), so no
 * rule about which names need them can be wrong.
 */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/**
 * A reference on a named sheet: 'Sales'!B2:B9. A multi-area address gets the
 * sheet on each area ('S'!A1,'S'!C3), the form a defined name holds; inside a
 * function call such a union needs parentheses around it.
 */
export function sheetReference(sheetName: string, address: string): string {
  const sheet = quoteSheetName(sheetName);
  return address
    .split(",")
    .map((area) => `${sheet}!${area.trim()}`)
    .join(",");
}

/**
 * The formula a sheet plan's defined name refers to: its range qualified by
 * the sheet and made absolute, as Solver reads `solver_adj`
 * ('Sheet name'!$C$5:$E$5), or a constant (1, TRUE, "text"). No leading "=":
 * the .xlsx writer stores it so in <definedName>, and the Office adapter
 * prefixes "=" for names.add.
 */
export function definedNameFormula(name: PlanName, sheetName: string): string {
  if ("range" in name.refersTo)
    return sheetReference(sheetName, absoluteRange(name.refersTo.range));
  return formulaLiteral(name.refersTo.value);
}

// ---------------------------------------------------------------- calls and examples

/**
 * Between the arguments of a call: a comma and a space, as Microsoft's own
 * help writes calls (=SUM(A2:A10, C2:C10)); Excel keeps the space and reads it
 * in every locale. Inside an array constant the columns stay "," alone.
 */
const ARGUMENT_SEPARATOR = ", ";

/** An example argument as the catalogue writes it: a scalar, a range as rows, or null for omitted. */
export type CallArgument = LiteralValue | null | readonly (readonly ArrayConstantCell[])[];

/** One example argument as formula text: "" when omitted, a range as an array constant. */
export function argumentText(arg: CallArgument): string {
  if (arg === null) return "";
  if (Array.isArray(arg)) return arrayConstant(arg as readonly (readonly ArrayConstantCell[])[]);
  return formulaLiteral(arg as LiteralValue);
}

/**
 * =MKT.NAME(a,b,c) with literal arguments: ranges as array constants, an
 * omitted optional argument as an empty slot, trailing omitted ones left out.
 * The one text of an example: the docs print it, the gallery inserts it and
 * the example test evaluates it.
 */
export function functionCallFormula(functionName: string, args: readonly CallArgument[]): string {
  const given = [...args];
  while (given.length > 0 && given[given.length - 1] === null) given.pop();
  return `=${functionName}(${given.map(argumentText).join(ARGUMENT_SEPARATOR)})`;
}

/** The example formula of a catalogue entry, e.g. =MKT.ROMI(150000, 50000, 0.4). */
export function exampleFormula(entry: {
  readonly name: string;
  readonly example: { readonly args: readonly CallArgument[] };
}): string {
  return functionCallFormula(`MKT.${entry.name}`, entry.example.args);
}
