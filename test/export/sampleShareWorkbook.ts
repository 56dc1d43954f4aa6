/**
 * A workbook as Excel would save one that uses the add-in: MKT calls nested,
 * across a sheet whose quoted name holds apostrophes and spaces, over ranges,
 * in a filled-down (shared) column, in an array formula, in the saved-file
 * spelling; plus stand-ins for parts that must be carried untouched.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A workbook as Excel would save one that uses the add-in, with parts we must not touch. */
export async function sampleShareWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const inputs = wb.addWorksheet("Q1 'plan' data");
  inputs.addRow(["spend", "clicks", "leads"]);
  for (let i = 0; i < 5; i++) inputs.addRow([1000 + 100 * i, 20 + i, 5 + i]);
  const calc = wb.addWorksheet("Calc");
  calc.getCell("A1").value = {
    formula: "MKT.CPL(MKT.CPC('Q1 ''plan'' data'!A2,'Q1 ''plan'' data'!B2),'Q1 ''plan'' data'!C2)",
    result: 10,
  };
  calc.getCell("A2").value = {
    formula: "IF('Q1 ''plan'' data'!A2>0,MKT.ROMI(2000,'Q1 ''plan'' data'!A2,),\"none\")",
    result: 1,
  };
  calc.getCell("A3").value = { formula: "SUM('Q1 ''plan'' data'!A2:A6)", result: 6000 };
  calc.getCell("A4").value = { formula: '"MKT.ROMI(1,2)"&"!"', result: "MKT.ROMI(1,2)!" };
  calc.getCell("A5").value = { formula: "_xldudf_MKT_CPL(10,4)", result: 2.5 };
  calc.getCell("A6").value = { formula: "MKT.INFLUENCE_COEF({5;4;3;0;0})", result: 2.4 };
  calc.getCell("A7").value = {
    formula: "MKT.WEIGHTED_DIST('Q1 ''plan'' data'!A2:A6,'Q1 ''plan'' data'!B2:B6)",
    result: 1,
  };
  // A column filled down: Excel saves it as one shared formula.
  calc.fillFormula(
    "C2:C6",
    "MKT.CPC('Q1 ''plan'' data'!A2,'Q1 ''plan'' data'!B2)",
    [50, 50, 50, 50, 50]
  );
  calc.fillFormula("D2:D6", "'Q1 ''plan'' data'!A2*2", [1, 2, 3, 4, 5]);
  // An array formula over E1:F1 (ExcelJS's types leave out shareType "array", which it writes).
  calc.getCell("E1").value = {
    formula: "MKT.CPL(A1,2)*{1,2}",
    shareType: "array",
    ref: "E1:F1",
    result: 1,
  } as unknown as ExcelJS.CellValue;
  calc.getCell("F1").value = 2;
  calc.getCell("G1").value = "a label";
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(bytes);
  // Stand-ins for parts Excel would hold: a chart, a pivot cache, macros.
  zip.file(
    "xl/charts/chart1.xml",
    '<?xml version="1.0"?><c:chartSpace xmlns:c="x">MKT.ROMI(1,2)</c:chartSpace>'
  );
  zip.file("xl/pivotCache/pivotCacheDefinition1.xml", "<pivotCacheDefinition/>");
  zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 255]));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
