/**
 * The error vocabulary of the whole product, in one place: calculation errors
 * as values (CalcError), Excel errors that arrived in an argument and must come
 * out unchanged (PassedError), the union of the two (Failure) and their guards.
 *
 * Calculation errors as values. Core functions never throw on bad data: they
 * return `T | CalcError`, and exactly one adapter per surface (the custom-function
 * wrappers, the CLI, the task pane) turns a CalcError into what that surface shows.
 * Throwing is reserved for programmer errors.
 *
 * The kinds mirror the Excel error values a user can act on:
 *   VALUE -> #VALUE!  wrong type (text where a number belongs, ranges of different shapes)
 *   NUM   -> #NUM!    number out of range, or an impossible result ("never pays back")
 *   DIV0  -> #DIV/0!  a zero denominator
 *   NA    -> #N/A     missing data
 */
export type CalcErrorKind = "VALUE" | "NUM" | "DIV0" | "NA";

export interface CalcError {
  readonly kind: CalcErrorKind;
  readonly message: string;
}

/** The text Excel shows for each kind, used by the CLI and in messages. */
export const EXCEL_ERROR_TEXT: Readonly<Record<CalcErrorKind, string>> = {
  VALUE: "#VALUE!",
  NUM: "#NUM!",
  DIV0: "#DIV/0!",
  NA: "#N/A",
};

export function calcError(kind: CalcErrorKind, message: string): CalcError {
  return { kind, message };
}

export function isCalcError(value: unknown): value is CalcError {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as CalcError).kind === "string" &&
    typeof (value as CalcError).message === "string" &&
    (value as CalcError).kind in EXCEL_ERROR_TEXT
  );
}

/** An Excel error value that arrived in an argument and must come out unchanged. */
export interface PassedError {
  readonly passedThrough: true;
  /** The Excel error text, e.g. "#N/A". */
  readonly code: string;
  /** The object exactly as it arrived, handed back to Excel as-is. */
  readonly original: unknown;
}

export function isPassedError(value: unknown): value is PassedError {
  return (
    typeof value === "object" && value !== null && (value as PassedError).passedThrough === true
  );
}

/** What a calculation can end in instead of a value: our error, or one that came in. */
export type Failure = CalcError | PassedError;

export function isFailure(value: unknown): value is Failure {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    ("passedThrough" in value || ("kind" in value && "message" in value))
  );
}

/**
 * Recognises an Excel error value: a `CustomFunctions.Error`-shaped object
 * (`code` is the error text, "#N/A", "#DIV/0!", ...) or a rich error cell value
 * (`type: "Error"`). Arrays (ranges) are not error values.
 */
export function isExcelErrorValue(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as { code?: unknown; type?: unknown };
  return (typeof v.code === "string" && v.code.startsWith("#")) || v.type === "Error";
}

/**
 * The text Excel shows for each `errorType` of a rich error value
 * (Excel.ErrorCellValueType, ExcelApi 1.16; "NA" as some hosts spell it).
 * Only the CLI and logs read it: the error itself goes back to Excel as it came.
 */
const ERROR_TYPE_TEXT: Readonly<Record<string, string>> = {
  Blocked: "#BLOCKED!",
  Busy: "#BUSY!",
  Calc: "#CALC!",
  Connect: "#CONNECT!",
  Div0: "#DIV/0!",
  External: "#EXTERNAL!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
  NA: "#N/A",
  Name: "#NAME?",
  NotAvailable: "#N/A",
  Null: "#NULL!",
  Num: "#NUM!",
  Python: "#PYTHON!",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Unknown: "#UNKNOWN!",
  Value: "#VALUE!",
};

function errorTypeText(errorType: string): string {
  // A type newer than this table: Excel's pattern, upper case between "#" and "!".
  return Object.prototype.hasOwnProperty.call(ERROR_TYPE_TEXT, errorType)
    ? ERROR_TYPE_TEXT[errorType]
    : `#${errorType.toUpperCase()}!`;
}

/** An incoming Excel error value as a PassedError, its text read from whichever shape it has. */
export function passedError(value: unknown): PassedError {
  const v = value as { code?: unknown; basicValue?: unknown; errorType?: unknown };
  const code =
    typeof v.code === "string"
      ? v.code
      : typeof v.basicValue === "string"
        ? v.basicValue
        : typeof v.errorType === "string"
          ? errorTypeText(v.errorType)
          : "#VALUE!";
  return { passedThrough: true, code, original: value };
}
