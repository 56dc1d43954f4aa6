/**
 * The .xlsx export's print setup as the file stores it: A4 fit to one page
 * wide, the margins, the title rows as _xlnm.Print_Titles, the print area as
 * _xlnm.Print_Area, the manual breaks as rowBreaks (each after the row before
 * a page's first). The raw XML is checked once, so readXlsxPrintSetup (which
 * the pane's tests compare against) reads what the file says.
 */
import JSZip from "jszip";
import { writeXlsx } from "../../src/export/writeXlsx";
import { planWith } from "../core/sheet/paginationPlans";
import { readXlsxPrintSetup } from "./xlsxPrintSetup";

describe("writeXlsx print setup", () => {
  it("repeats the title rows on every page as _xlnm.Print_Titles", async () => {
    const plan = {
      ...planWith([5, 20]),
      page: { orientation: "landscape" as const, titleRows: 1 },
    };
    const bytes = await writeXlsx(plan);
    const workbook = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    expect(workbook).toMatch(
      /<definedName name="_xlnm.Print_Titles" localSheetId="0">(&apos;|')Sheet(&apos;|')!\$1:\$1<\/definedName>/
    );
    await expect(readXlsxPrintSetup(bytes)).resolves.toEqual({
      orientation: "landscape",
      paper: "A4",
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      pagesWide: 1,
      pagesTall: 0,
      titleRows: "$1:$1",
      breaks: [],
    });
  });

  it("writes the breaks after the row before each chart's page, and the print area as _xlnm.Print_Area", async () => {
    const plan = {
      ...planWith([25, 40], 24),
      page: { orientation: "landscape" as const, printArea: "A1:B40" },
    };
    const bytes = await writeXlsx(plan);
    const zip = await JSZip.loadAsync(bytes);
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(/<rowBreaks count="1" manualBreakCount="1"><brk id="23"[^>]*man="1"/);
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toContain(
      `<definedName name="_xlnm.Print_Area" localSheetId="0">'Sheet'!$A$1:$B$40</definedName>`
    );
    await expect(readXlsxPrintSetup(bytes)).resolves.toMatchObject({
      printArea: "A1:B40",
      breaks: [24],
    });
  });
});
