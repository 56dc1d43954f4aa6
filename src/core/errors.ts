/**
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
