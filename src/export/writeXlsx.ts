/**
 * Writes a SheetPlan to a real .xlsx file (the command line's counterpart of
 * the task pane's Office adapter): values, native formulas, number formats,
 * the role styles of PLAN_STYLES, column widths, and the plan's names as
 * hidden worksheet-scoped defined names.
 *
 * ExcelJS writes the cells and styles. It cannot write what Solver needs from
 * names: its defined names are workbook-wide ranges only, with no `hidden`
 * flag and no constants (`solver_typ` = 1). So the workbook is written without
 * names and `<definedNames>` is then inserted into xl/workbook.xml of the zip
 * (JSZip, which ExcelJS itself uses), each with localSheetId="0" and hidden="1".
 * ExcelJS cannot write charts either: the plan's charts are added to the zip
 * as DrawingML parts the same way (xlsxCharts.ts). ExcelJS's zip is written
 * stored (uncompressed), so editing it costs no inflate; the finished package
 * is compressed once, by Node's zlib (zipPackage.ts).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type {
  DataSheet,
  PlanBlock,
  PlanColumnWidth,
  PlanName,
  SheetPlan,
} from "../core/sheet/plan";
import { BASE_FONT_SIZE, FONT_FAMILY, PLAN_STYLES, type PlanStyle } from "../core/sheet/styles";
import { sanitiseSheetName } from "../core/sheet/sheetName";
import { rowStyles, sheetWithRows } from "./dataSheetXml";
import { parseCell } from "../core/a1";
import { definedNameFormula } from "../core/formulaText";
import { escapeXml } from "./xml";
import { addChartsToSheet } from "./xlsxCharts";
import { zipPackage, type PackagePart } from "./zipPackage";
import { pageSetup, printSetup, type PrintSetup } from "../core/sheet/pagination";

/**
 * Column width: the plan gives points (Office.js columnWidth); .xlsx wants
 * characters of the default font's max digit width, 7 px for Calibri 11, plus
 * 5 px of padding (ECMA-376 Part 1, 18.3.1.13). 1 pt = 4/3 px.
 */
const PIXELS_PER_POINT = 4 / 3;
/** The cells' typeface; chart text uses it too, so the two match. */
const WORKBOOK_FONT = FONT_FAMILY;
/**
 * zlib's default level 6. With Node's native zlib (zipPackage.ts) the
 * 100,000-store bench list exports in 2.4 s at level 6 against 1.8 s at
 * level 1, for a file of 4.5 MB against 6.5 MB: the smaller file is worth it.
 */
const DEFLATE_LEVEL = 6;
const DIGIT_WIDTH_PX = 7;
const COLUMN_PADDING_PX = 5;

function argb(hex: string): string {
  return "FF" + hex.replace("#", "").toUpperCase();
}

/** Every written cell names the one font family, so no reader falls back to its own default (often a serif). */
const BASE_FONT: Partial<ExcelJS.Font> = { name: FONT_FAMILY, size: BASE_FONT_SIZE };

function applyStyle(cell: ExcelJS.Cell, style: PlanStyle): void {
  const font: Partial<ExcelJS.Font> = { ...BASE_FONT };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  cell.font = font;
  if (style.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFBFBFBF" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.wrap) cell.alignment = { wrapText: true, vertical: "top" };
  else cell.alignment = { vertical: "top" };
  if (style.unlocked) cell.protection = { locked: false };
}

function writeBlock(ws: ExcelJS.Worksheet, block: PlanBlock): void {
  const [from] = block.address.split(":").map(parseCell);
  const style = PLAN_STYLES[block.role];
  block.cells.forEach((row, i) =>
    row.forEach((value, j) => {
      const cell = ws.getCell(from.row + i, from.col + j);
      if (typeof value === "string" && value.startsWith("="))
        cell.value = { formula: value.slice(1) } as ExcelJS.CellFormulaValue;
      else if (value !== null) cell.value = value;
      const format =
        typeof block.numberFormat === "string" ? block.numberFormat : block.numberFormat?.[i]?.[j];
      if (format) cell.numFmt = format;
      applyStyle(cell, style);
    })
  );
}

function definedNamesXml(
  names: readonly PlanName[],
  sheetName: string,
  sheetIndex: number
): string {
  return names
    .map((n) => {
      const attrs = [`name="${escapeXml(n.name)}"`, `localSheetId="${sheetIndex}"`];
      if (n.hidden) attrs.push(`hidden="1"`);
      if (n.comment) attrs.push(`comment="${escapeXml(n.comment)}"`);
      return `<definedName ${attrs.join(" ")}>${escapeXml(definedNameFormula(n, sheetName))}</definedName>`;
    })
    .join("");
}

/**
 * The print area as the spreadsheet stores it: the reserved, sheet-scoped
 * name _xlnm.Print_Area (ECMA-376 Part 1, 18.2.6), written with the plan's
 * names (ExcelJS's own printArea leaves the rows relative, $A1:$M79).
 */
function printAreaName(printArea: string | undefined): PlanName[] {
  return printArea
    ? [{ name: "_xlnm.Print_Area", refersTo: { range: printArea }, hidden: false }]
    : [];
}

/** Inserts the names into workbook.xml: inside an existing <definedNames>, else right after </sheets> (the schema's order). */
export function insertDefinedNames(workbookXml: string, namesXml: string): string {
  if (namesXml === "") return workbookXml;
  if (workbookXml.includes("</definedNames>"))
    return workbookXml.replace("</definedNames>", `${namesXml}</definedNames>`);
  if (!workbookXml.includes("</sheets>"))
    throw new Error("writeXlsx: workbook.xml has no </sheets>");
  return workbookXml.replace("</sheets>", `</sheets><definedNames>${namesXml}</definedNames>`);
}

function setColumnWidths(ws: ExcelJS.Worksheet, widths: readonly PlanColumnWidth[]): void {
  for (const { column, width } of widths) {
    ws.getColumn(column).width = Math.max(
      1,
      (width * PIXELS_PER_POINT - COLUMN_PADDING_PX) / DIGIT_WIDTH_PX
    );
  }
}

/** ECMA-376 Part 1, 18.3.1.63 (pageSetup@paperSize): the code of each paper the print setup names. */
const PAPER_SIZE_CODE: Record<PrintSetup["paper"], number> = { A4: 9 };

/**
 * The print setup as ExcelJS writes it: fitToHeight 0 is the file format's
 * "as many pages down as needed", what Excel saves for "Fit All Columns on
 * One Page"; the title rows as _xlnm.Print_Titles. The print area is written
 * with the plan's names (printAreaName), the breaks after the blocks.
 */
function setPrintSetup(ws: ExcelJS.Worksheet, setup: Omit<PrintSetup, "breaks">): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER_SIZE_CODE[setup.paper],
    orientation: setup.orientation,
    fitToPage: true,
    fitToWidth: setup.pagesWide,
    fitToHeight: 0,
    margins: { ...setup.margins },
  };
  if (setup.titleRows) ws.pageSetup.printTitlesRow = `1:${setup.titleRows}`;
}

/** Rows of a data sheet that ExcelJS does not write: appended to its XML afterwards (dataSheetXml). */
interface PendingRows {
  /** 1-based position of the worksheet, as in xl/worksheets/sheetN.xml. */
  sheet: number;
  rows: DataSheet["rows"];
  columns: number;
}

/**
 * A data sheet (the store list, the survey answers): a styled, frozen header
 * row with a filter, then the rows as values. ExcelJS writes the header and
 * the first row (every cell styled, so each column's style index can be read
 * back); the rest is returned to be appended as XML.
 */
function writeDataSheet(workbook: ExcelJS.Workbook, data: DataSheet): PendingRows {
  const ws = workbook.addWorksheet(data.name, {
    views: [{ state: "frozen", ySplit: 1, activeCell: "A2" }],
  });
  data.numberFormats.forEach((format, i) => {
    const column = ws.getColumn(i + 1);
    column.font = BASE_FONT;
    if (format) column.numFmt = format;
  });
  setColumnWidths(ws, data.columnWidths);
  const header = ws.getRow(1);
  data.header.forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    applyStyle(cell, PLAN_STYLES.header);
  });
  const [first = [], ...rest] = data.rows;
  data.header.forEach((_, i) => {
    const cell = ws.getCell(2, i + 1);
    cell.font = BASE_FONT;
    const format = data.numberFormats[i];
    if (format) cell.numFmt = format;
    const value = first[i];
    if (value !== null && value !== undefined) cell.value = value;
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: data.header.length } };
  setPrintSetup(
    ws,
    pageSetup({ orientation: data.header.length > 8 ? "landscape" : "portrait", titleRows: 1 })
  );
  return { sheet: workbook.worksheets.length, rows: rest, columns: data.header.length };
}

/** The model sheet's view: frozen rows when the plan asks, the cursor on its focus cell. */
function sheetViews(plan: SheetPlan): Partial<ExcelJS.WorksheetView>[] {
  const activeCell = plan.focus;
  if (plan.freezeRows) return [{ state: "frozen", ySplit: plan.freezeRows, activeCell }];
  return activeCell ? [{ state: "normal", activeCell }] : [];
}

/**
 * Writes a plan as a new workbook and returns the .xlsx bytes: the plan's
 * sheet first (so its names are sheet 0's), then the data sheets it reads.
 */
export async function writeXlsx(plan: SheetPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MKT add-in";
  // Formulas carry no cached results: ask Excel to compute everything when it opens the file.
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheetName = sanitiseSheetName(plan.sheetName);
  const ws = workbook.addWorksheet(sheetName, { views: sheetViews(plan) });
  for (const block of plan.blocks) writeBlock(ws, block);
  setColumnWidths(ws, plan.columnWidths);
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row).height = height;
  for (const range of plan.merges ?? []) ws.mergeCells(range);
  const setup = printSetup(plan);
  setPrintSetup(ws, setup);
  // ExcelJS's break sits after its row: a page that starts at row r breaks after r − 1.
  for (const row of setup.breaks) ws.getRow(row - 1).addPageBreak();
  const pending = (plan.dataSheets ?? []).map((data) => writeDataSheet(workbook, data));
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const zip = await JSZip.loadAsync(buffer as ArrayBuffer);
  const path = "xl/workbook.xml";
  const file = zip.file(path);
  if (file === null) throw new Error("writeXlsx: ExcelJS wrote no xl/workbook.xml");
  const xml = await file.async("string");
  const names = [...printAreaName(setup.printArea), ...plan.names];
  zip.file(path, insertDefinedNames(xml, definedNamesXml(names, sheetName, 0)));
  await addChartsToSheet(zip, sheetName, plan.charts, WORKBOOK_FONT);
  return zipPackage(await packageParts(zip, pending), DEFLATE_LEVEL);
}

/** Every file of the package in order; a data sheet's part streams its rows after those ExcelJS wrote. */
async function packageParts(zip: JSZip, pending: readonly PendingRows[]): Promise<PackagePart[]> {
  const rowsOf = new Map(pending.map((p) => [`xl/worksheets/sheet${p.sheet}.xml`, p]));
  const files = Object.values(zip.files).filter((f) => !f.dir);
  for (const path of rowsOf.keys())
    if (!files.some((f) => f.name === path)) throw new Error(`writeXlsx: ExcelJS wrote no ${path}`);
  return Promise.all(
    files.map(async (f): Promise<PackagePart> => {
      const p = rowsOf.get(f.name);
      if (p === undefined) return { name: f.name, content: await f.async("uint8array") };
      const sheetXml = await f.async("string");
      const styles = rowStyles(sheetXml, 2, p.columns);
      return { name: f.name, content: sheetWithRows(sheetXml, p.rows, 3, styles) };
    })
  );
}
