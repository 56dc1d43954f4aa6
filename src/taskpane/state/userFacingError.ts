/**
 * Errors the pane shows as they are: each carries a message written for the
 * analyst (what happened, what to do). `toUserMessage` is the one place that
 * turns anything thrown by Office.js, the worker or the pane into words (in
 * the pane's language, from the message catalogue). Pure: no Office.js here.
 */
import { t } from "../../core/i18n";

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

/** A part of the pane fetched on first use (taskpane/lazyPart), or its texts, could not be fetched. */
export class PartLoadError extends Error {
  constructor(
    readonly reason: unknown,
    /** Makes the next render fetch the part again (lazyPart); absent where nothing can. */
    readonly retry?: () => void
  ) {
    super(`a part of the pane could not be fetched: ${String(reason)}`);
    this.name = "PartLoadError";
  }
}

/** Office.js error codes a user can act on (OfficeExtension.ErrorCodes), each with its sentence. */
const OFFICE_CODE_MESSAGES = {
  AccessDenied: () => t("office.AccessDenied"),
  ItemAlreadyExists: () => t("office.ItemAlreadyExists"),
  InvalidOperationInCellEditMode: () => t("office.InvalidOperationInCellEditMode"),
  ApiNotFound: () => t("office.ApiNotFound", { supported: t("office.supportedExcel") }),
  InvalidSelection: () => t("office.InvalidSelection"),
  GeneralException: () => t("office.GeneralException"),
  ItemNotFound: () => t("office.ItemNotFound"),
  InvalidReference: () => t("office.InvalidReference"),
} as const;

function isKnownCode(code: unknown): code is keyof typeof OFFICE_CODE_MESSAGES {
  return (
    typeof code === "string" && Object.prototype.hasOwnProperty.call(OFFICE_CODE_MESSAGES, code)
  );
}

export function toUserMessage(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  if (error instanceof PartLoadError) return t("pane.partMissing");
  const e = error as { code?: unknown; message?: unknown } | null;
  if (e && isKnownCode(e.code)) return OFFICE_CODE_MESSAGES[e.code]();
  const detail = e && typeof e.message === "string" && e.message !== "" ? ` (${e.message})` : "";
  return t("office.unknown", { detail });
}
