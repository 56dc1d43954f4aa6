/**
 * The print setup a test double of Excel recorded (the office-addin-mock host's
 * PrintState, the end-to-end host's PrintMeta: the pageLayout and
 * horizontalPageBreaks calls as made), in the shape readXlsxPrintSetup reads an
 * exported file into, so the two writers compare with one toEqual.
 */
import { parseCell } from "../../../src/core/a1";
import type { PrintedSetup } from "../../export/xlsxPrintSetup";

export interface OfficePrintCalls {
  orientation?: string;
  paperSize?: string;
  margins?: { unit: string; margins: Record<string, number> };
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number };
  printArea?: string;
  printTitleRows?: string;
  breaks: string[];
}

export function readOfficePrintSetup(print: OfficePrintCalls): PrintedSetup {
  if (print.margins?.unit !== "Inches") throw new Error(`margins in ${print.margins?.unit}`);
  return {
    orientation: String(print.orientation).toLowerCase(),
    paper: String(print.paperSize),
    margins: print.margins.margins,
    pagesWide: Number(print.zoom?.horizontalFitToPages),
    pagesTall: Number(print.zoom?.verticalFitToPages),
    ...(print.printArea ? { printArea: print.printArea } : {}),
    ...(print.printTitleRows ? { titleRows: print.printTitleRows } : {}),
    // Each break is added before its row's cell in column A.
    breaks: print.breaks.map((cell) => {
      if (!/^A\d+$/.test(cell)) throw new Error(`a break before ${cell}, not before column A`);
      return parseCell(cell).row;
    }),
  };
}
