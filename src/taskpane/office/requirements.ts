/**
 * Which Excel API each pane action needs, and the check that tells the user in
 * words when their Excel is too old. Worksheet-scoped names (the Solver model
 * and the marker the pane recognises its sheets by) and
 * `getUsedRangeOrNullObject` arrived in ExcelApi 1.4. Everything else the
 * adapters use is 1.1-1.2.
 */
import { t } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";

export const REQUIRED_EXCEL_API = "1.4";

export interface RequirementsHost {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function tooOldMessage(feature: string, version = REQUIRED_EXCEL_API): string {
  return t("office.tooOld", { feature, version, supported: t("office.supportedExcel") });
}

/** Throws a UserFacingError unless `host` supports ExcelApi `version`. */
export function requireExcelApi(
  host: RequirementsHost | undefined,
  feature: string,
  version = REQUIRED_EXCEL_API
): void {
  if (!host || !host.isSetSupported("ExcelApi", version))
    throw new UserFacingError(tooOldMessage(feature, version), "ExcelTooOld");
}
