/**
 * Real engines on generated workbooks. Each workbook holds MKT formulas as a
 * user builds them — nested calls, calls inside IF, references to a sheet
 * whose quoted name holds spaces and apostrophes, ranges, an omitted optional
 * argument, literals, an array constant, and columns filled down (saved as
 * shared formulas). Before conversion HyperFormula computes it with the MKT
 * functions as a plugin; after `shareWorkbook`, the file is read back by
 * ExcelJS (an independent reader, which expands shared formulas itself) and
 * computed by plain HyperFormula, and LibreOffice Calc recalculates it on
 * load: every cell agrees with the add-in's value to 1e-9, with no error cell.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { promises as fs } from "fs";
import { HyperFormula } from "hyperformula";
import { tmpdir } from "os";
import { join } from "path";
import { shareWorkbook } from "../../src/export/shareWorkbook";
import { shiftFormula } from "../../src/core/formula/shift";
import { mktEngine } from "../support/mktPlugin";

const TOLERANCE = 1e-9;
const DATA = "Q1 'plan' data";
const D = "'Q1 ''plan'' data'!";
const WORKBOOKS = 4;

interface Generated {
  readonly data: (number | boolean)[][];
  /** Calc sheet formulas (no "="), row by row; shared columns are filled down. */
  readonly calc: string[][];
  readonly shared: readonly { column: string; master: string }[];
}

/** Column formulas filled down from row 2, written as row 2's text. */
const COLUMNS = [
  { column: "A", master: `MKT.CPC(${D}A2,${D}B2)` },
  { column: "B", master: `MKT.CPL(MKT.CPC(${D}A2,${D}B2)*${D}B2, ${D}C2)` },
  { column: "C", master: `IF(${D}A2>0,MKT.ROMI(${D}D2*10,${D}A2,${D}F2),0)` },
];

function moveDown(formula: string, rows: number): string {
  return formula.replace(/!([A-F])2\b/g, (_, c: string) => `!${c}${2 + rows}`);
}

const generated: fc.Arbitrary<Generated> = fc
  .integer({ min: 3, max: 12 })
  .chain((n) =>
    fc.array(
      fc.tuple(
        fc.integer({ min: 100, max: 100000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 100 }),
        fc.double({ min: 0, max: 10000, noNaN: true }),
        fc.oneof(fc.constantFrom(0, 1), fc.boolean(), fc.integer({ min: 0, max: 9 })),
        fc.double({ min: 0.05, max: 0.9, noNaN: true })
      ),
      { minLength: n, maxLength: n }
    )
  )
  .map((rows) => {
    const last = rows.length + 1;
    const calc: string[][] = [
      [
        `MKT.WEIGHTED_DIST(${D}D2:D${last},${D}E2:E${last})`,
        `MKT.NUMERIC_DIST(${D}E2:E${last})`,
        `MKT.CLEAN_DIST(${D}E2:F${last})`,
        `MKT.POSM_PAYBACK(3000,${D}B2+100,1.5,100)`,
        `SUM(A2:A${last})+MKT.BREAKEVEN_LIFT(0.1,0.4)`,
        "MKT.INFLUENCE_COEF({5;4;3;0;0})",
      ],
    ];
    rows.forEach((_, i) => calc.push(COLUMNS.map((c) => moveDown(c.master, i))));
    return { data: rows.map((r) => [...r]), calc, shared: COLUMNS };
  });

const column = (i: number) => String.fromCharCode(65 + i);

async function writeWorkbook(g: Generated): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const data = wb.addWorksheet(DATA);
  g.data.forEach((row, r) =>
    row.forEach((v, c) => (data.getCell(`${column(c)}${r + 2}`).value = v))
  );
  const calc = wb.addWorksheet("Calc");
  g.calc[0].forEach((f, c) => (calc.getCell(`${column(c)}1`).value = { formula: f, result: 0 }));
  const last = g.calc.length;
  for (const { column: col, master } of g.shared)
    calc.fillFormula(`${col}2:${col}${last}`, master, () => 0);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The add-in's values: the original formulas, MKT functions computed by the plugin. */
function valuesBefore(g: Generated): unknown[][] {
  const hf = mktEngine(
    {
      [DATA]: [[], ...g.data],
      Calc: g.calc.map((row) => row.map((f) => `=${f}`)),
    },
    { useArrayArithmetic: true }
  );
  return hf.getSheetValues(hf.getSheetId("Calc")!);
}

/**
 * The converted file as ExcelJS reads it: the Calc sheet's formulas. A shared
 * child is its master's text moved to the child's cell (shift.ts): ExcelJS's
 * own translation also moves "Q1" inside the quoted sheet name 'Q1 ''plan''
 * data' to "Q2", which Excel and LibreOffice do not.
 */
async function formulasAfter(bytes: Uint8Array): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const calc = wb.getWorksheet("Calc")!;
  const out: string[][] = [];
  calc.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      const master = (cell.value as { sharedFormula?: string }).sharedFormula;
      let formula = cell.formula;
      if (master) {
        const from = calc.getCell(master);
        formula = shiftFormula(from.formula, r - Number(from.row), c - Number(from.col));
      }
      (out[r - 1] ??= [])[c - 1] = `=${formula}`;
    })
  );
  return out;
}

function valuesAfter(g: Generated, formulas: string[][]): unknown[][] {
  const hf = HyperFormula.buildFromSheets(
    { [DATA]: [[], ...g.data], Calc: formulas },
    { licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false }
  );
  return hf.getSheetValues(hf.getSheetId("Calc")!);
}

function expectAgree(label: string, actual: unknown[][], expected: unknown[][]): void {
  expected.forEach((row, r) =>
    row.forEach((want, c) => {
      const got = actual[r]?.[c];
      const where = `${label} Calc!${column(c)}${r + 1}`;
      expect({ where, number: typeof got }).toEqual({ where, number: "number" });
      const scale = Math.max(Math.abs(want as number), Math.abs(got as number), 1e-300);
      expect({
        where,
        close: Math.abs((got as number) - (want as number)) <= TOLERANCE * scale,
      }).toEqual({
        where,
        close: true,
      });
    })
  );
}

const samples = fc.sample(generated, { numRuns: WORKBOOKS, seed: 20261201 });

describe("generated workbooks, before and after mkt share", () => {
  let converted: { g: Generated; bytes: Uint8Array; before: unknown[][] }[];
  beforeAll(async () => {
    converted = [];
    for (const g of samples) {
      const result = await shareWorkbook(await writeWorkbook(g));
      converted.push({ g, bytes: result.bytes!, before: valuesBefore(g) });
    }
  });

  it("the add-in's values are numbers everywhere (the generated inputs are valid)", () => {
    for (const { before } of converted)
      for (const row of before) for (const v of row) expect(typeof v).toBe("number");
  });

  it("plain HyperFormula computes the converted files to the add-in's values (1e-9)", async () => {
    for (const [i, { g, bytes, before }] of converted.entries()) {
      const formulas = await formulasAfter(bytes);
      for (const row of formulas) for (const f of row) expect(f).not.toMatch(/MKT/i);
      expectAgree(`workbook ${i}`, valuesAfter(g, formulas), before);
    }
  });

  it("LibreOffice Calc recalculates the converted files on load: no error cell, the same values", async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), "mkt-share-lo-"));
    try {
      // A private profile that makes Calc recalculate .xlsx files on load, whatever the file says.
      await fs.mkdir(join(dir, "profile", "user"), { recursive: true });
      await fs.writeFile(
        join(dir, "profile", "user", "registrymodifications.xcu"),
        '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item></oor:items>'
      );
      const inputs = await Promise.all(
        converted.map(async ({ bytes }, i) => {
          const path = join(dir, `shared-${i}.xlsx`);
          await fs.writeFile(path, bytes);
          return path;
        })
      );
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "xlsx",
          "--outdir",
          join(dir, "out"),
          ...inputs,
        ],
        { stdio: "pipe", timeout: 150_000 }
      );
      for (const [i, { before }] of converted.entries()) {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(join(dir, "out", `shared-${i}.xlsx`));
        const values: unknown[][] = [];
        wb.getWorksheet("Calc")!.eachRow((row, r) =>
          row.eachCell((cell, c) => {
            const result = (cell.value as { result?: unknown }).result;
            (values[r - 1] ??= [])[c - 1] = result;
          })
        );
        expectAgree(`LibreOffice, workbook ${i}`, values, before);
      }
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
