/**
 * The one place a calculation outcome becomes what an Excel cell shows: a value
 * stays a value, a CalcError becomes `CustomFunctions.Error` with its message,
 * and an Excel error that arrived in an argument goes back exactly as it came.
 * Excel displays the message only with #VALUE! and #N/A; the other codes still
 * carry it (the CLI and logs show it).
 */
import { CalcErrorKind } from "../core/errors";
import { Failure, isPassedError } from "../core/errors";
import { Outcome } from "../core/catalogue/entry";

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

/** Maps an evaluation outcome to the cell value. */
export function toExcelResult(outcome: Outcome): number | string | boolean | CustomFunctions.Error {
  return typeof outcome === "object" ? toExcelError(outcome) : outcome;
}
