/**
 * The one place a calculation outcome becomes what an Excel cell shows: a value
 * stays a value, a CalcError becomes `CustomFunctions.Error` with its message,
 * and an Excel error that arrived in an argument goes back exactly as it came.
 * Microsoft's CustomFunctions.ErrorCode reference: a custom message is shown (on
 * the cell's error flag) for invalidValue (#VALUE!) and notAvailable (#N/A) only;
 * divisionByZero (#DIV/0!), invalidNumber (#NUM!) and nullReference (#NULL!) show
 * their code alone, and invalidName (#NAME?) and invalidReference (#REF!) exist
 * only as inputs. We return the first four, and pass the message with each: Excel
 * ignores it where it cannot show it, and the CLI and logs show it for every code.
 * Error values arrive as arguments at all only because functions.json sets
 * allowErrorForDataTypeAny (webpack.config.js).
 */
import { CalcErrorKind } from "../core/errors";
import { Failure, isPassedError } from "../core/errors";
import { isResultRow, Outcome, ResultRow } from "../core/catalogue/entry";

function errorCode(kind: CalcErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case "DIV0":
      return CustomFunctions.ErrorCode.divisionByZero;
    case "NUM":
      return CustomFunctions.ErrorCode.invalidNumber;
    case "NA":
      return CustomFunctions.ErrorCode.notAvailable;
    case "VALUE":
      return CustomFunctions.ErrorCode.invalidValue;
  }
}

/** Maps a failure to the error value Excel shows; a passed-through error is returned as-is. */
export function toExcelError(failure: Failure): CustomFunctions.Error {
  if (isPassedError(failure)) return failure.original as CustomFunctions.Error;
  return new CustomFunctions.Error(errorCode(failure.kind), failure.message);
}

/** Maps an evaluation outcome to the cell value (a row of values spills into adjacent cells). */
export function toExcelResult(
  outcome: Outcome
): number | string | boolean | ResultRow | CustomFunctions.Error {
  if (isResultRow(outcome)) return outcome;
  return typeof outcome === "object" ? toExcelError(outcome) : outcome;
}
