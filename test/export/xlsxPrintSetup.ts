/**
 * The print setup of an .xlsx file's first sheet as the file stores it
 * (pageSetup, pageMargins, rowBreaks, the sheet's _xlnm.Print_Area and
 * _xlnm.Print_Titles), read back so a test can compare what the export wrote
 * with what the pane set through Office.js for the same plan.
 */
import JSZip from "jszip";

/** One shape for both writers' print setups: what a reader of the printout gets. */
export interface PrintedSetup {
  orientation: string;
  paper: string;
  margins: Record<string, number>;
  pagesWide: number;
  pagesTall: number;
  /** A1 without $ signs or sheet name; absent: none set. */
  printArea?: string;
  /** "$1:$1"; absent: none set. */
  titleRows?: string;
  /** Rows before which a page starts. */
  breaks: number[];
}

/** ECMA-376 Part 1, 18.3.1.63: paperSize 9 is A4. */
const PAPER_NAMES: Record<string, string> = { "9": "A4" };

function attributes(xml: string, element: string): Record<string, string> {
  const tag = new RegExp(`<${element}\\s([^>]*?)/?>`).exec(xml);
  if (!tag) throw new Error(`no <${element}> in the sheet`);
  return Object.fromEntries([...tag[1].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** The first sheet's reserved name `name`, as its range after the sheet name ("$A$1:$M$79"). */
function reservedName(workbookXml: string, name: string): string | undefined {
  const m = new RegExp(
    `<definedName name="_xlnm\\.${name}" localSheetId="0">[^<]*!([^<]+)</definedName>`
  ).exec(workbookXml);
  return m?.[1];
}

export async function readXlsxPrintSetup(bytes: Uint8Array): Promise<PrintedSetup> {
  const zip = await JSZip.loadAsync(bytes);
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const setup = attributes(sheet, "pageSetup");
  if (attributes(sheet, "pageSetUpPr").fitToPage !== "1") throw new Error("not fit to page");
  const margins = attributes(sheet, "pageMargins");
  // A <brk id="r"> breaks after row r: the next page starts at r + 1.
  const breaks = [
    ...(/<rowBreaks[^>]*>(.*?)<\/rowBreaks>/.exec(sheet)?.[1] ?? "").matchAll(
      /<brk id="(\d+)"[^>]*man="1"/g
    ),
  ].map((m) => Number(m[1]) + 1);
  const printArea = reservedName(workbook, "Print_Area")?.replace(/\$/g, "");
  const titleRows = reservedName(workbook, "Print_Titles");
  return {
    orientation: setup.orientation,
    paper: PAPER_NAMES[setup.paperSize] ?? setup.paperSize,
    margins: Object.fromEntries(Object.entries(margins).map(([k, v]) => [k, Number(v)])),
    pagesWide: Number(setup.fitToWidth),
    pagesTall: Number(setup.fitToHeight),
    ...(printArea ? { printArea } : {}),
    ...(titleRows ? { titleRows } : {}),
    breaks,
  };
}
