/**
 * Queues a plan's print setup (core/sheet/pagination: the one decision both
 * writers follow) on the sheet being built, in the batch that writes it, so it
 * costs no round trip: orientation, A4, the margins, one page wide, the print
 * area, the title rows and the manual page breaks — what the .xlsx export
 * writes into its file for the same plan. ExcelApi 1.9 (PRINT_EXCEL_API);
 * applySheetPlan queues it only where the host has that set.
 */
import type { PrintSetup } from "../../core/sheet/pagination";

const ORIENTATION = { portrait: "Portrait", landscape: "Landscape" } as const;

/**
 * As many pages down as the rows need. The Office.js reference
 * (PageLayoutZoomOptions, ExcelApi 1.9) calls verticalFitToPages a "number of
 * pages" and says nothing of "automatic"; the zoom options stand for the
 * file's pageSetup@fitToWidth/@fitToHeight, where 0 pages tall is what Excel
 * saves for "Fit All Columns on One Page" (and what writeXlsx writes). Not
 * checked on real Excel: README lists it.
 */
const PAGES_TALL_AS_NEEDED = 0;

/**
 * In order of what a printout needs most, the paper last: a host may refuse a
 * paper its printer lacks, and a refused call drops the rest of the batch
 * (applySheetPlan keeps the sheet and what was set before it).
 */
export function queuePrintSetup(sheet: Excel.Worksheet, setup: PrintSetup): void {
  // `pageLayout` is a navigation property (a proxy): writing through it needs no load.
  const layout = sheet.pageLayout;
  layout.orientation = ORIENTATION[setup.orientation];
  if (setup.printArea) layout.setPrintArea(setup.printArea);
  if (setup.titleRows) layout.setPrintTitleRows(`$1:$${setup.titleRows}`);
  layout.setPrintMargins("Inches", { ...setup.margins });
  // PageBreakCollection.add puts the break before the range's top-left cell: above row `row`.
  for (const row of setup.breaks) sheet.horizontalPageBreaks.add(`A${row}`);
  // The zoom after the rest: its "pages tall" value is the one not checked on real Excel
  // (PAGES_TALL_AS_NEEDED), so should Excel refuse it, only the zoom and the paper are lost.
  // It is set as one object (the reference: `x.zoom = {...}`, never `x.zoom.scale = ...`).
  layout.zoom = {
    horizontalFitToPages: setup.pagesWide,
    verticalFitToPages: PAGES_TALL_AS_NEEDED,
  };
  layout.paperSize = setup.paper;
}
