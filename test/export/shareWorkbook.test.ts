/**
 * shareWorkbook edits only the formula text (and cached value) of the cells
 * that change: every other zip entry is byte for byte the same, every other
 * cell element is the same text, shared formulas stay consistent, array
 * formulas are converted in place, and the workbook recalculates on load.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { sampleShareWorkbook } from "./sampleShareWorkbook";
import {
  markFullCalcOnLoad,
  shareWorkbook,
  xmlEscape,
  xmlUnescape,
} from "../../src/export/shareWorkbook";

async function entries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) out.set(name, await file.async("uint8array"));
  return out;
}

const cells = (xml: string) =>
  new Map(
    [...xml.matchAll(/<c\b[^>]*?r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((m) => [
      m[1],
      m[0],
    ])
  );

describe("shareWorkbook", () => {
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  let report: Awaited<ReturnType<typeof shareWorkbook>>["report"];
  beforeAll(async () => {
    const input = await sampleShareWorkbook();
    const result = await shareWorkbook(input);
    before = await entries(input);
    after = await entries(result.bytes!);
    report = result.report;
  });
  const text = (m: Map<string, Uint8Array>, name: string) => new TextDecoder().decode(m.get(name));
  const calcPart = "xl/worksheets/sheet2.xml";

  it("carries every other part byte for byte", () => {
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) {
      if (report.parts.includes(name)) continue;
      expect({ name, same: Buffer.from(after.get(name)!).equals(Buffer.from(bytes)) }).toEqual({
        name,
        same: true,
      });
    }
    expect([...report.parts].sort()).toEqual([calcPart, "xl/workbook.xml"].sort());
  });

  it("changes only the cells that call MKT functions, dropping their cached values", () => {
    const was = cells(text(before, calcPart));
    const now = cells(text(after, calcPart));
    const changed = [...was.keys()].filter((k) => was.get(k) !== now.get(k)).sort();
    expect(changed).toEqual(
      ["A1", "A2", "A5", "A6", "A7", "C2", "C3", "C4", "C5", "C6", "E1", "F1"].sort()
    );
    for (const key of changed) {
      expect(now.get(key)).not.toMatch(/<v>/);
      expect(now.get(key)).not.toMatch(/MKT/);
    }
    expect(now.get("A4")).toBe(was.get("A4")); // MKT text inside a string literal is not a call
    expect(report.cells).toEqual({ Calc: changed.length });
    expect(report.functions).toMatchObject({ CPL: 3, CPC: 6, ROMI: 1 });
  });

  it("keeps a filled-down column shared: the master converted, the children pointing at it", () => {
    const now = cells(text(after, calcPart));
    expect(now.get("C2")).toMatch(/<f t="shared" ref="C2:C6" si="0">IF\(/);
    for (const child of ["C3", "C4", "C5", "C6"])
      expect(now.get(child)).toMatch(/<f t="shared" si="0"\/>/);
  });

  it("writes a twin that needs array evaluation as a one-cell array formula", () => {
    const now = cells(text(after, calcPart));
    expect(now.get("A6")).toMatch(/<f t="array" ref="A6">/);
    expect(now.get("E1")).toMatch(/<f t="array" ref="E1:F1">/);
  });

  it("marks the workbook for recalculation on load and changes nothing else in it", () => {
    const was = text(before, "xl/workbook.xml");
    const now = text(after, "xl/workbook.xml");
    expect(now).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    expect(now.replace(/<calcPr\b[^>]*\/>/, "")).toBe(was.replace(/<calcPr\b[^>]*\/>/, ""));
  });

  it("writes nothing for a workbook without MKT calls", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = { formula: "1+1", result: 2 };
    const result = await shareWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(result.bytes).toBeNull();
  });
});

describe("markFullCalcOnLoad", () => {
  it.each([
    [
      '<workbook><sheets/><calcPr calcId="191029"/></workbook>',
      '<workbook><sheets/><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>',
    ],
    [
      '<workbook><calcPr fullCalcOnLoad="0"/></workbook>',
      '<workbook><calcPr fullCalcOnLoad="1"/></workbook>',
    ],
    [
      "<workbook><sheets></sheets><definedNames></definedNames></workbook>",
      '<workbook><sheets></sheets><definedNames></definedNames><calcPr fullCalcOnLoad="1"/></workbook>',
    ],
  ])("%s", (input, expected) => expect(markFullCalcOnLoad(input)).toBe(expected));
});

describe("xml text", () => {
  it("round-trips formula text with entities", () => {
    const formula = `IF(A1<>"a&b",'It''s'!B2>1,"<")`;
    expect(xmlUnescape(xmlEscape(formula))).toBe(formula);
    expect(xmlUnescape("&#x41;&#66;&quot;&apos;")).toBe(`AB"'`);
  });
});
