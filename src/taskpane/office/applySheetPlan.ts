/**
 * Writes a SheetPlan into a NEW worksheet in a fixed number of round trips,
 * whatever the number of tiers and segments:
 *   1. read the existing sheet names (to choose a unique name);
 *   2. add the sheet and queue everything — each block as one 2-D `formulas`
 *      array (invariant English, never formulasLocal), its number formats and
 *      style, column widths, the worksheet-scoped names (hidden in the same
 *      batch that adds them), the chart, activation, and last the print setup
 *      (queuePrintSetup) — then one sync;
 *   3. only if step 2 failed after adding the sheet: delete the half-built
 *      sheet and re-activate the sheet that was active (rollback), so the
 *      workbook is as it was.
 * It never writes into a sheet that already exists and never deletes anything
 * but the sheet it has just added.
 *
 * Printing is a nicety, the model is the point: a host without the print
 * setup's API (ExcelApi 1.9) gets the sheet without it (the caller says which,
 * SheetWriteOptions), and a print setup the host refuses at sync keeps the
 * sheet, which was complete by then (writeNewSheet).
 */
import type { PlanBlock, PlanScalar, SheetPlan } from "../../core/sheet/plan";
import { PLAN_STYLES } from "../../core/sheet/styles";
import { rangeShape } from "../../core/a1";
import { definedNameFormula } from "../../core/formulaText";
import { uniqueSheetName } from "../../core/sheet/sheetName";
import { t } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";
import { queueChart } from "./queueChart";
import { queuePrintSetup } from "./queuePrintSetup";
import { printSetup } from "../../core/sheet/pagination";

export interface AppliedPlan {
  sheetName: string;
}

export interface SheetWriteOptions {
  /**
   * Whether to queue the plan's print setup: the host has its API
   * (requirements.ts, PRINT_EXCEL_API). Without it the sheet is built all the
   * same and prints with Excel's defaults.
   */
  printSetup: boolean;
}

/**
 * Text that Excel would parse into something else when written ("1-9" becomes
 * a date, "50+" a formula error, "TRUE" a boolean) gets the apostrophe prefix
 * that makes Excel keep it as typed; the apostrophe is not part of the value.
 */
export function cellForExcel(cell: PlanScalar): PlanScalar {
  if (typeof cell !== "string" || cell.startsWith("=")) return cell;
  if (/^[\d+\-.'(@]/.test(cell) || /^(true|false)$/i.test(cell) || /^[\d\s.,:/%-]+$/.test(cell))
    return `'${cell}`;
  return cell;
}

function fill<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}

function queueBlock(sheet: Excel.Worksheet, block: PlanBlock): void {
  const { rows, columns } = rangeShape(block.address);
  if (block.cells.length !== rows || block.cells.some((r) => r.length !== columns)) {
    throw new Error(`Sheet plan block ${block.address} has cells of another shape`); // engine bug, not user data
  }
  const range = sheet.getRange(block.address);
  const formats =
    block.numberFormat === undefined
      ? undefined
      : typeof block.numberFormat === "string"
        ? fill(rows, columns, block.numberFormat)
        : block.numberFormat;
  // The format goes first so that text-formatted ("@") cells receive their text as text.
  if (formats) range.numberFormat = formats;
  // null cells are "leave as is" for Office.js; on a fresh sheet that means empty.
  range.formulas = block.cells.map((row, r) =>
    row.map((cell, c) => (formats?.[r]?.[c] === "@" ? cell : cellForExcel(cell)))
  ) as unknown[][];
  const style = PLAN_STYLES[block.role];
  // `format` is a navigation property (a proxy), not a loaded value: writing through it needs no load.
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
  const format = range.format;
  if (style.fill) format.fill.color = style.fill;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.wrap) format.wrapText = true;
  if (style.unlocked) format.protection.locked = false;
  if (style.border) {
    const edges: Excel.BorderIndex[] = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
    ] as Excel.BorderIndex[];
    if (rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
    if (columns > 1) edges.push("InsideVertical" as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous" as Excel.BorderLineStyle;
      border.color = "#BFBFBF";
    }
  }
}

function queuePlan(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  plan: SheetPlan,
  options: SheetWriteOptions
): void {
  for (const block of plan.blocks) queueBlock(sheet, block);
  for (const { column, width } of plan.columnWidths)
    sheet.getRange(`${column}:${column}`).format.columnWidth = width;
  for (const name of plan.names) {
    const item = sheet.names.add(
      name.name,
      `=${definedNameFormula(name, sheetName)}`,
      name.comment
    );
    if (name.hidden) item.visible = false;
  }
  for (const chart of plan.charts) queueChart(context, sheet, chart);
  sheet.activate();
  if (plan.focus) sheet.getRange(plan.focus).select();
  // Last, so that a print setup the host refuses fails after the sheet is complete.
  if (options.printSetup) queuePrintSetup(sheet, printSetup(plan));
}

/**
 * Whether a failed batch got as far as adding our sheet. The add is the
 * batch's first operation and Office.js applies a batch in order up to the
 * failing operation, so the sheet exists unless the add itself failed —
 * which Office.js reports as debugInfo.errorLocation "WorksheetCollection.add".
 * Some hosts omit debugInfo: then ItemAlreadyExists is the add's own failure
 * (a sheet of that name appeared meanwhile: every name the batch adds is
 * scoped to the new sheet, which has none yet), so no sheet of ours exists,
 * nothing is deleted (the sheet of that name is the user's) and the user is
 * not asked to clean up a half-built sheet that was never made.
 */
function sheetWasAdded(error: unknown): boolean {
  const e = error as { code?: unknown; debugInfo?: { errorLocation?: unknown } } | null;
  const location = e?.debugInfo?.errorLocation;
  if (typeof location === "string" && location !== "")
    return !/^(WorksheetCollection|Worksheets)\.add$/i.test(location);
  return e?.code !== "ItemAlreadyExists";
}

/**
 * Whether a failed batch failed in the print setup. It is queued last, and a
 * batch is applied in order up to the failing operation, so everything else
 * of the sheet was written: the sheet is kept and prints with what Excel took.
 * Without debugInfo the failure cannot be placed, and the sheet is rolled back.
 */
function failedInPrintSetup(error: unknown): boolean {
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo
    ?.errorLocation;
  return typeof location === "string" && /^(PageLayout|PageBreakCollection)\./i.test(location);
}

export async function applySheetPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  options: SheetWriteOptions
): Promise<AppliedPlan> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const wasActive = worksheets.getActiveWorksheet();
  wasActive.load("name");
  await context.sync(); // round trip 1: existing names, and the sheet to return to on failure
  return writeNewSheet(
    context,
    plan,
    worksheets.items.map((s) => s.name),
    wasActive.name,
    options
  );
}

/**
 * Adds the plan's sheet under a name none of `existing` has and writes it in
 * one round trip; on failure, deletes the half-built sheet and re-activates
 * `activeName` in one more (the rollback), so the workbook is as it was.
 */
export async function writeNewSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  existing: readonly string[],
  activeName: string,
  options: SheetWriteOptions
): Promise<AppliedPlan> {
  const worksheets = context.workbook.worksheets;
  const sheetName = uniqueSheetName(plan.sheetName, existing);
  let queued = false;
  try {
    const sheet = worksheets.add(sheetName);
    queuePlan(context, sheet, sheetName, plan, options);
    queued = true;
    await context.sync(); // the whole sheet
    return { sheetName };
  } catch (error) {
    // If queuing threw, nothing reached Excel.
    if (!queued) throw error;
    if (failedInPrintSetup(error)) return { sheetName };
    if (!sheetWasAdded(error)) {
      // Nothing of ours reached the workbook: say so, and never suggest deleting a sheet.
      if ((error as { code?: unknown } | null)?.code === "ItemAlreadyExists")
        throw new UserFacingError(t("office.buildNameTaken", { sheet: sheetName }));
      throw error;
    }
    {
      try {
        // Back to the sheet the user was on (deleting an active sheet would activate a neighbour).
        worksheets.getItem(activeName).activate();
        worksheets.getItem(sheetName).delete();
        await context.sync(); // on failure only: rollback
      } catch {
        throw new UserFacingError(t("office.buildRollbackFailed", { sheet: sheetName }));
      }
    }
    throw error;
  }
}
