/**
 * Writes the discount plan to a real .xlsx, re-reads it with ExcelJS (cells,
 * formulas, formats, styles) and with JSZip (the hidden sheet-scoped names
 * ExcelJS cannot express), and recomputes the re-read formulas in HyperFormula.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { HyperFormula } from "hyperformula";
import {
  buildDiscountSheetPlan,
  modelFromSheetValues,
  optimiseDiscounts,
  LAYOUT_NAMES,
  MODEL_MARKER_NAME,
  type SheetCell,
} from "../../src/core/discount";
import { parseRange } from "../../src/core/a1";
import { definedNameFormula } from "../../src/core/formulaText";
import { writeXlsx, insertDefinedNames } from "../../src/export/writeXlsx";
import { sanitiseSheetName } from "../../src/core/sheet/sheetName";
import { loadExample } from "../core/discount/fixtures";

const model = loadExample("sockets.json");
const solution = optimiseDiscounts(model);
if (solution.status !== "optimal") throw new Error("sample must solve");
const plan = buildDiscountSheetPlan(model, { discounts: solution.discounts });

async function written() {
  const bytes = await writeXlsx(plan);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const names = new Map<string, { attrs: string; text: string }>();
  for (const m of workbookXml.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)) {
    names.set(/name="([^"]+)"/.exec(m[1])![1], {
      attrs: m[1],
      text: m[2].replace(/&quot;/g, '"').replace(/&amp;/g, "&"),
    });
  }
  return { bytes, workbook, sheet: workbook.worksheets[0], workbookXml, names };
}

describe("writeXlsx (discount plan)", () => {
  let out: Awaited<ReturnType<typeof written>>;
  beforeAll(async () => {
    out = await written();
  });

  it("writes one sheet named after the plan, with the decision cells holding the optimal discounts", () => {
    expect(out.workbook.worksheets).toHaveLength(1);
    expect(out.sheet.name).toBe("Discount model");
    expect([25, 26, 27].map((r) => out.sheet.getCell(`B${r}`).value)).toEqual(solution.discounts);
    expect(out.sheet.getCell("B6").value).toBe(1200);
    expect(out.sheet.getCell("A13").value).toBe("1-9");
  });

  it("writes native formulas (without the leading =) and number formats", () => {
    expect(out.sheet.getCell("B32").formula).toBe("SUM(E25:E27)");
    expect(out.sheet.getCell("D47").formula).toBe("$D$13*POWER(1-$B$25,-$B$19)");
    expect(out.sheet.getCell("B25").numFmt).toBe("0.00%");
    expect(out.sheet.getCell("B9").numFmt).toBe("0.0%");
  });

  it("styles inputs blue on yellow and decisions green, both unlocked", () => {
    const input = out.sheet.getCell("B6");
    expect((input.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF2CC");
    expect(input.font.color?.argb).toBe("FF0000FF");
    expect(input.protection?.locked).toBe(false);
    const decision = out.sheet.getCell("B25");
    expect((decision.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFE2EFDA");
    expect(decision.font.bold).toBe(true);
  });

  it("sets column widths from points", () => {
    const pointsA = plan.columnWidths.find((w) => w.column === "A")!.width;
    expect(pointsA).toBeGreaterThanOrEqual(190);
    expect(out.sheet.getColumn("A").width).toBeCloseTo((pointsA * 4) / 3 / 7 - 5 / 7, 6);
  });

  it("stores every plan name as a hidden, sheet-scoped defined name", () => {
    // Besides the plan's names, the print setup's reserved one: the title row on every page.
    const reserved = [...out.names.keys()].filter((n) => n.startsWith("_xlnm."));
    expect(reserved).toEqual(["_xlnm.Print_Titles"]);
    expect(out.names.size).toBe(plan.names.length + reserved.length);
    for (const n of plan.names) {
      const got = out.names.get(n.name);
      expect(got).toBeDefined();
      expect(got!.attrs).toContain('localSheetId="0"');
      expect(got!.attrs).toContain('hidden="1"');
    }
    expect(out.names.get("solver_opt")!.text).toBe("'Discount model'!$B$32");
    expect(out.names.get("solver_adj")!.text).toBe("'Discount model'!$B$25:$B$27");
    expect(out.names.get("solver_typ")!.text).toBe("1");
    expect(out.names.get("solver_rhs1")!.text).toBe("0");
    expect(out.names.get("solver_pre")!.text).toBe("0.000001");
    // LibreOffice 24.2+ takes the engine from solver_lo_eng: a nonlinear one, as a text constant.
    expect(out.names.get("solver_lo_eng")!.text).toBe('"com.sun.star.comp.Calc.SwarmSolver"');
    expect(out.names.get(MODEL_MARKER_NAME)!.text).toBe('"discount-model-v1"');
    expect(out.names.get(LAYOUT_NAMES.tiers)!.text).toBe("'Discount model'!$A$13:$E$15");
    // <definedNames> must follow <sheets> in the schema's order.
    expect(out.workbookXml.indexOf("<definedNames>")).toBeGreaterThan(
      out.workbookXml.indexOf("</sheets>")
    );
    expect(out.workbookXml).toContain('fullCalcOnLoad="1"');
  });

  it("re-read formulas and values recompute to the optimiser's profit", () => {
    const rows: (string | number | boolean | null)[][] = [];
    out.sheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        while (rows.length < r) rows.push([]);
        const v = cell.value;
        rows[r - 1][c - 1] = cell.formula
          ? `=${cell.formula}`
          : (v as string | number | boolean | null);
      });
    });
    const width = Math.max(...rows.map((r) => r.length));
    const rect = rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
    const hf = HyperFormula.buildFromSheets(
      { S: rect },
      { licenseKey: "gpl-v3", smartRounding: false }
    );
    const objective = hf.getCellValue({ sheet: 0, col: 1, row: 31 }) as number;
    expect(Math.abs(objective - solution.profit)).toBeLessThan(1e-9 * solution.profit);
  });
});

describe("the add-in recognises a workbook written by the command line", () => {
  it("reads the model back through the layout names stored in the file", async () => {
    const out = await written();
    const values: Record<string, SheetCell[][]> = {};
    for (const name of [
      LAYOUT_NAMES.meta,
      LAYOUT_NAMES.inputs,
      LAYOUT_NAMES.tiers,
      LAYOUT_NAMES.segments,
    ]) {
      const ref = out.names.get(name)!.text; // 'Discount model'!$A$13:$E$15
      const { from, to } = parseRange(ref.split("!")[1]);
      const rows: SheetCell[][] = [];
      for (let r = from.row; r <= to.row; r++) {
        const row: SheetCell[] = [];
        for (let c = from.col; c <= to.col; c++)
          row.push(out.sheet.getCell(r, c).value as SheetCell);
        rows.push(row);
      }
      values[name] = rows;
    }
    expect(modelFromSheetValues(values)).toEqual({ ok: true, model });
  });
});

describe("writeXlsx helpers", () => {
  it.each([
    ["Discount model", "Discount model"],
    ["a/b:c*d?[e]", "a b c d e"],
    ["x".repeat(40), `${"x".repeat(30)}…`],
    ["''", "Sheet"],
  ])("the sheet is named sanitiseSheetName(%j) = %j", (input, expected) =>
    expect(sanitiseSheetName(input)).toBe(expected)
  );

  it("quotes sheet names with apostrophes and text constants with quotes", () => {
    expect(
      definedNameFormula({ name: "n", refersTo: { range: "B2:C3" }, hidden: true }, "Bob's")
    ).toBe("'Bob''s'!$B$2:$C$3");
    expect(
      definedNameFormula({ name: "n", refersTo: { value: 'say "hi"' }, hidden: true }, "S")
    ).toBe('"say ""hi"""');
    expect(definedNameFormula({ name: "n", refersTo: { value: true }, hidden: true }, "S")).toBe(
      "TRUE"
    );
  });

  it("adds to an existing <definedNames> instead of writing a second one", () => {
    const xml =
      '<workbook><sheets><sheet/></sheets><definedNames><definedName name="a">1</definedName></definedNames></workbook>';
    expect(insertDefinedNames(xml, '<definedName name="b">2</definedName>')).toBe(
      '<workbook><sheets><sheet/></sheets><definedNames><definedName name="a">1</definedName><definedName name="b">2</definedName></definedNames></workbook>'
    );
  });
});

describe("writeXlsx data sheets (rows written as XML after ExcelJS's first row)", () => {
  /** More rows than one text chunk holds, so the rows arrive at the zip writer in several pieces. */
  const ROWS = 4503;
  const rows = Array.from({ length: ROWS }, (_, i) => [
    i % 7 === 0 ? ` ${i} & <b> "$&"` : `S${i}`,
    i * 1.5,
    i % 2 === 0,
    i % 5 === 0 ? null : i,
  ]);
  const dataPlan = {
    ...plan,
    dataSheets: [
      {
        name: "Stores",
        header: ["store", "sales, $", "listed", "stock"],
        rows,
        numberFormats: [null, "#,##0.00", null, "0"],
        columnWidths: [{ column: "A", width: 80 }],
      },
    ],
  };
  let sheet: ExcelJS.Worksheet;
  let sheetXml: string;
  beforeAll(async () => {
    const bytes = await writeXlsx(dataPlan);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    sheet = workbook.getWorksheet("Stores")!;
    sheetXml = await (
      await JSZip.loadAsync(bytes)
    )
      .file("xl/worksheets/sheet2.xml")!
      .async("string");
  });

  it("holds every row, text escaped and kept as written, numbers, booleans and blanks", () => {
    expect(sheet.rowCount).toBe(ROWS + 1);
    for (const i of [0, 1, 1999, 2000, 2001, 4095, ROWS - 1]) {
      const row = sheet.getRow(i + 2);
      expect([1, 2, 3, 4].map((c) => row.getCell(c).value)).toEqual(rows[i]);
    }
  });

  it("gives later rows the style (number format) of the first one and widens the dimension", () => {
    expect(sheet.getCell(ROWS + 1, 2).numFmt).toBe("#,##0.00");
    expect(sheet.getCell(ROWS + 1, 2).numFmt).toBe(sheet.getCell(2, 2).numFmt);
    expect(sheetXml).toContain(`<dimension ref="A1:D${ROWS + 1}"/>`);
  });
});
