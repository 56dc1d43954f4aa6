/**
 * Which Excel API each pane action needs, and the check that tells the user in
 * words when their Excel is too old. Worksheet-scoped names (the Solver model
 * and the marker the pane recognises its sheets by) and
 * `getUsedRangeOrNullObject` arrived in ExcelApi 1.4, charts built series by
 * series in 1.7, the print setup (page layout, page breaks) in 1.9; the print
 * setup alone is optional (a host without it builds the sheet without it).
 * Everything else the adapters use is 1.1-1.2.
 */
import { t } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";

export const REQUIRED_EXCEL_API = "1.4";

/**
 * A chart's series pointed at their ranges one by one (ChartSeriesCollection.add,
 * ChartSeries.setValues / setXAxisValues: queueChart.ts) arrived in ExcelApi 1.7.
 */
export const CHART_EXCEL_API = "1.7";

/**
 * Worksheet.pageLayout (orientation, paper, margins, zoom, print area, title
 * rows) and Worksheet.horizontalPageBreaks arrived in ExcelApi 1.9.
 */
export const PRINT_EXCEL_API = "1.9";

/** The API a sheet plan needs: with a chart, the chart's. */
export function planExcelApi(plan: { charts: readonly unknown[] }): string {
  return plan.charts.length > 0 ? CHART_EXCEL_API : REQUIRED_EXCEL_API;
}

export interface RequirementsHost {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export function tooOldMessage(feature: string, version = REQUIRED_EXCEL_API): string {
  return t("office.tooOld", { feature, version, supported: t("office.supportedExcel") });
}

/** Whether `host` supports ExcelApi `version` (no host: no). */
export function supportsExcelApi(host: RequirementsHost | undefined, version: string): boolean {
  return host?.isSetSupported("ExcelApi", version) ?? false;
}

/** Throws a UserFacingError unless `host` supports ExcelApi `version`. */
export function requireExcelApi(
  host: RequirementsHost | undefined,
  feature: string,
  version = REQUIRED_EXCEL_API
): void {
  if (!supportsExcelApi(host, version))
    throw new UserFacingError(tooOldMessage(feature, version), "ExcelTooOld");
}
