/**
 * Errors the pane shows as they are: each carries a message written for the
 * analyst (what happened, what to do). `toUserMessage` is the one place that
 * turns anything thrown by Office.js, the worker or the pane into words.
 */

/** Why an action was refused, where the pane decides something by it (e.g. whether Undo still applies). */
export type UserFacingReason = "ExcelTooOld" | "EditedSinceWrite" | "DecisionCellsChanged";

export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly reason?: UserFacingReason
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}

/**
 * The Excel versions the add-in runs in, said the same way wherever the pane
 * tells a user their Excel is too old. The manifest requires SharedRuntime
 * 1.1, which only these have.
 */
export const SUPPORTED_EXCEL = "Microsoft 365, Excel 2021 or later, or Excel on the web";

/** Office.js error codes a user can act on (OfficeExtension.ErrorCodes). */
const OFFICE_CODE_MESSAGES: Record<string, string> = {
  AccessDenied:
    "Excel refused the change: the workbook or sheet may be protected or shared read-only.",
  ItemAlreadyExists: "A sheet or name with that name appeared meanwhile; please try again.",
  InvalidOperationInCellEditMode:
    "Excel is busy editing a cell: press Enter or Esc in the sheet, then try again.",
  ApiNotFound: `Your Excel is too old for this feature: it needs ${SUPPORTED_EXCEL}. Please update Excel.`,
  InvalidSelection:
    "Excel cannot use the current selection: select one block of cells (not several areas, a chart or a picture), then try again.",
  GeneralException: "Excel reported an internal error; please try again.",
  ItemNotFound: "The sheet or cells the pane expected are gone (renamed or deleted?).",
  InvalidReference: "The model's cells on the sheet no longer match what the pane expects.",
};

export function toUserMessage(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  const e = error as { code?: unknown; message?: unknown } | null;
  if (e && typeof e.code === "string" && OFFICE_CODE_MESSAGES[e.code])
    return OFFICE_CODE_MESSAGES[e.code];
  const detail = e && typeof e.message === "string" && e.message !== "" ? ` (${e.message})` : "";
  return `Something went wrong${detail}. Nothing in the workbook was changed by this step unless stated.`;
}
