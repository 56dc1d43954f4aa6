/** `mkt discount solve|build` run in-process against the shipped examples. */
import { promises as fs } from "fs";
import { join } from "path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { runDiscountCommand } from "../../src/cli/discountCommand";
import { main, nodeIo } from "../../src/cli/mkt";
import { setLocale } from "../../src/core/i18n";
import { tmpdir } from "os";
import type { CliIo } from "../../src/cli/io";
import { fakeIo } from "./fakeIo";
import {
  discountSheetRows,
  tierFigures,
  validateDiscountModel,
  type DiscountModelInput,
} from "../../src/core/discount";
import { fieldErrorText } from "../../src/core/fieldValidation";

const EXAMPLES = join(__dirname, "../../examples");

const example = (f: string) => join(EXAMPLES, f);

function loadModel(raw: unknown): DiscountModelInput {
  const result = validateDiscountModel(JSON.stringify(raw));
  if (!result.ok) throw new Error(result.errors.map((e) => fieldErrorText(e)).join("; "));
  return result.model;
}

describe("mkt discount solve", () => {
  it("prints one JSON object for the article sample and exits 0", async () => {
    const { io, out } = fakeIo();
    expect(
      await runDiscountCommand(["solve", "--input", example("sockets.json"), "--json"], io)
    ).toBe(0);
    expect(out).toHaveLength(1);
    const j = JSON.parse(out[0]);
    expect(j.status).toBe("optimal");
    expect(j.discounts[0]).toBe(0);
    expect(j.discounts[1]).toBeCloseTo(0.138, 3);
    expect(j.discounts[2]).toBeCloseTo(0.181, 3);
    expect(j.baseline).toBeCloseTo(3_470_000, 6);
    expect(j.uplift / j.baseline).toBeCloseTo(0.064, 3);
    expect(j.tiers).toHaveLength(3);
    expect(j.certificate).toMatchObject({
      gridStep: 0.001,
      method: expect.any(String),
      gapBound: expect.any(Number),
    });
  });

  it("prints a table for people", async () => {
    const { io, out } = fakeIo();
    expect(await runDiscountCommand(["solve", "--input", example("sockets.json")], io)).toBe(0);
    const text = out.join("\n");
    expect(text).toMatch(/Tier\s+Discount\s+Units/);
    expect(text).toMatch(/10-49\s+13\.8\d%/);
    expect(text).toMatch(/baseline 3,470,000/);
    expect(text).toMatch(/Certificate: /);
    expect(text).toMatch(/Binding: .*no discount on tier "1-9" \(lower bound 0\)/);
    expect(text).not.toMatch(/interior optimum/);
  });

  it("small orders get no discount because of the order cost (the example)", async () => {
    const { io, out } = fakeIo();
    expect(
      await runDiscountCommand(["solve", "--input", example("small-orders.json"), "--json"], io)
    ).toBe(0);
    const j = JSON.parse(out[0]);
    expect(j.discounts[0]).toBe(0);
    expect(j.discounts[1]).toBeGreaterThan(0.3);
    // Not a knife edge: at no discount the tier clears its floor by points, not by rounding.
    const t0 = j.tiers[0];
    expect(t0.floorBinds).toBe(false);
    expect(t0.margin - t0.minMargin).toBeGreaterThan(0.02);
    expect(j.baselineViolations).toEqual([]);
    // Without the order cost the same tier would get a deep discount ...
    const raw = JSON.parse(await fs.readFile(example("small-orders.json"), "utf8"));
    const free = fakeIo({ "k0.json": JSON.stringify({ ...raw, orderCost: 0 }) });
    await runDiscountCommand(["solve", "--input", "k0.json", "--json"], free.io);
    const deep = JSON.parse(free.out[0]).discounts[0];
    expect(deep).toBeGreaterThan(0.2);
    // ... which earns more at this order cost too (orders do not change, so K shifts
    // the profit by a constant), but the order cost drags its margin under the floor.
    const model = loadModel(raw);
    const atDeep = tierFigures(model, 0, deep);
    expect(atDeep.profit).toBeGreaterThan(t0.profit);
    expect(atDeep.floorSlack).toBeLessThan(0);
  });

  it("split feasible region (the example): the small tier's discount lies on the far piece", async () => {
    const { io, out } = fakeIo();
    expect(
      await runDiscountCommand(["solve", "--input", example("split-region.json"), "--json"], io)
    ).toBe(0);
    const j = JSON.parse(out[0]);
    expect(j.discounts[0]).toBeGreaterThan(0.4);
    expect(j.tiers[0].floorBinds).toBe(true);
    expect(j.certificate.floorRoots).toBeGreaterThanOrEqual(3);
  });

  it("says plainly when the no-discount baseline breaks a tier's floor (table and --json)", async () => {
    const raw = JSON.parse(await fs.readFile(example("split-region.json"), "utf8"));
    raw.tiers[0].minMargin = 0.125; // baseline margin 12%: only discounts near 34.75% meet it
    const files = { "b.json": JSON.stringify(raw) };
    const json = fakeIo(files);
    expect(await runDiscountCommand(["solve", "--input", "b.json", "--json"], json.io)).toBe(0);
    const j = JSON.parse(json.out[0]);
    expect(j.status).toBe("optimal");
    expect(j.baselineViolations).toEqual([{ tierIndex: 0, tierLabel: "1-9 cans" }]);
    const people = fakeIo(files);
    expect(await runDiscountCommand(["solve", "--input", "b.json"], people.io)).toBe(0);
    expect(people.out.join("\n")).toMatch(
      /The no-discount baseline breaks the minimum margin of tier "1-9 cans"/
    );
    const plain = fakeIo();
    await runDiscountCommand(["solve", "--input", example("sockets.json")], plain.io);
    expect(plain.out.join("\n")).not.toMatch(/baseline breaks/);
  });

  it("exits 3 with the JSON naming the tier when infeasible", async () => {
    const raw = JSON.parse(await fs.readFile(example("sockets.json"), "utf8"));
    raw.tiers[2].minMargin = 0.95;
    const { io, out } = fakeIo({ "bad.json": JSON.stringify(raw) });
    expect(await runDiscountCommand(["solve", "--input", "bad.json", "--json"], io)).toBe(3);
    expect(JSON.parse(out[0])).toMatchObject({
      status: "infeasible",
      tierIndex: 2,
      tierLabel: "50+",
    });
  });

  it('refuses a model whose total profit overflows (never "Total profit ∞" with exit 0)', async () => {
    const raw = JSON.parse(await fs.readFile(example("sockets.json"), "utf8"));
    for (const tier of raw.tiers) Object.assign(tier, { orders: 8e299, unitsPerOrder: 1e4 });
    Object.assign(raw, { listPrice: 1e4, unitCost: 0, maxDiscount: 0.01 });
    const { io, err, out } = fakeIo({ "huge.json": JSON.stringify(raw) });
    expect(await runDiscountCommand(["solve", "--input", "huge.json"], io)).toBe(2);
    expect(err.join("\n")).toMatch(/the total \w+ over all tiers overflows/);
    expect(out.join("\n")).not.toMatch(/Infinity|∞/);
  });

  it("exits 2 for invalid input, listing every message", async () => {
    const raw = JSON.parse(await fs.readFile(example("sockets.json"), "utf8"));
    raw.segments[0].shares[2] = 0.05;
    raw.listPrice = 0;
    const { io, err, out } = fakeIo({ "bad.json": JSON.stringify(raw) });
    expect(await runDiscountCommand(["solve", "--input", "bad.json", "--json"], io)).toBe(2);
    expect(err.join("\n")).toMatch(/listPrice must be > 0/);
    expect(err.join("\n")).toMatch(/tiers\[2\]\.shares do not sum to 1 \(0\.95\)/);
    expect(JSON.parse(out[0]).status).toBe("invalid");
  });

  it.each([
    [["solve"], /needs --input/],
    [["solve", "--input"], /--input needs a file name/],
    [["solve", "--input", "x.json", "--fast"], /unknown option --fast/],
    [["frobnicate"], /unknown subcommand frobnicate/],
    [[], /missing subcommand/],
    [["build", "--input", "x.json"], /build needs --input FILE.json and --out FILE.xlsx/],
    [["build", "--input", "x.json", "--out", "x.csv"], /--out must name an .xlsx file/],
  ])("usage mistake %j exits 2", async (args, message) => {
    const { io, err } = fakeIo();
    expect(await runDiscountCommand(args, io)).toBe(2);
    expect(err.join("\n")).toMatch(message);
  });

  it("exits 2 when the input file cannot be read", async () => {
    const { io, err } = fakeIo();
    expect(await runDiscountCommand(["solve", "--input", "/nonexistent/model.json"], io)).toBe(2);
    expect(err[0]).toMatch(/cannot read \/nonexistent\/model.json/);
  });

  it("is reachable through the mkt dispatcher", async () => {
    const { io, out } = fakeIo();
    expect(
      await main(["discount", "solve", "--input", example("sockets.json"), "--json"], io)
    ).toBe(0);
    expect(JSON.parse(out[0]).status).toBe("optimal");
  });
});

describe("mkt discount build", () => {
  it("writes an .xlsx with the Solver names and, with --solve, the optimal discounts", async () => {
    const { io, out, written } = fakeIo();
    expect(
      await runDiscountCommand(
        ["build", "--input", example("sockets.json"), "--out", "o.xlsx", "--solve"],
        io
      )
    ).toBe(0);
    expect(out[0]).toMatch(/wrote o.xlsx/);
    const bytes = written.get("o.xlsx") as Uint8Array;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const d = [25, 26, 27].map((r) => wb.worksheets[0].getCell(`B${r}`).value as number);
    expect(d[0]).toBe(0);
    expect(d[1]).toBeCloseTo(0.138, 3);
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    expect(xml).toMatch(
      /<definedName name="solver_opt" localSheetId="0" hidden="1">'Discount model'!\$B\$32<\/definedName>/
    );
    const notes = wb.worksheets[0]
      .getColumn("D")
      .values.filter((v) => typeof v === "string") as string[];
    expect(notes.some((n) => /global optimum \(profit 3,692,951 KZT\)/.test(n))).toBe(true);
  });

  it.each<[string, string, string, RegExp]>([
    [
      "ru",
      "Модель скидок",
      "Как найти решение",
      /глобальный оптимум оптимизатора MKT \(прибыль 3\s692\s951 KZT\)/,
    ],
    [
      "kk",
      "Жеңілдіктер моделі",
      "Шешімді қалай табуға болады",
      /жаһандық оңтайлы шешімі тұр \(пайда 3\s692\s951 KZT\)/,
    ],
  ])(
    "--lang %s writes the sheet's words in that language, formulas unchanged",
    async (language, sheetName, heading, note) => {
      const { io, written } = fakeIo();
      const args = ["discount", "build", "--input", example("sockets.json"), "--solve", "--out"];
      try {
        expect(await main([...args, "l.xlsx", "--lang", language], io, {})).toBe(0);
      } finally {
        setLocale("en"); // main() sets the process's language; the other tests expect English
      }
      expect(await main([...args, "e.xlsx"], io, {})).toBe(0);
      const load = async (file: string) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(written.get(file) as Uint8Array) as unknown as ArrayBuffer);
        return wb.worksheets[0];
      };
      const [sheet, englishSheet] = [await load("l.xlsx"), await load("e.xlsx")];
      expect(sheet.name).toBe(sheetName);
      const texts = (ws: ExcelJS.Worksheet) => {
        const found: string[] = [];
        ws.eachRow((row) =>
          row.eachCell((cell) => typeof cell.value === "string" && found.push(cell.value))
        );
        return found;
      };
      expect(texts(sheet)).toContain(heading);
      expect(texts(sheet).some((t) => note.test(t))).toBe(true);
      const formulas = (ws: ExcelJS.Worksheet) => {
        const found: string[] = [];
        ws.eachRow((row) =>
          row.eachCell((cell) => cell.formula && found.push(`${cell.address}=${cell.formula}`))
        );
        return found;
      };
      expect(formulas(sheet).length).toBeGreaterThan(50);
      expect(formulas(sheet)).toEqual(formulas(englishSheet));
    }
  );

  it("without --solve leaves the decision cells at zero", async () => {
    const { io, written } = fakeIo();
    expect(
      await runDiscountCommand(
        ["build", "--input", example("split-region.json"), "--out", "s.xlsx"],
        io
      )
    ).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(written.get("s.xlsx") as Uint8Array) as unknown as ArrayBuffer);
    const rows = discountSheetRows(3, 2, 51);
    expect([0, 1, 2].map((t) => wb.worksheets[0].getCell(`B${rows.decision(t)}`).value)).toEqual([
      0, 0, 0,
    ]);
  });

  it("with --solve on an infeasible model writes the sheet with zero discounts and exits 3", async () => {
    const raw = JSON.parse(await fs.readFile(example("sockets.json"), "utf8"));
    raw.tiers[0].minMargin = 0.95;
    const { io, err, written } = fakeIo({ "bad.json": JSON.stringify(raw) });
    expect(
      await runDiscountCommand(["build", "--input", "bad.json", "--out", "b.xlsx", "--solve"], io)
    ).toBe(3);
    expect(err.join("\n")).toMatch(/"1-9"/);
    expect(written.has("b.xlsx")).toBe(true);
  });

  describe("never replaces an existing file unless --force is given", () => {
    let dir: string;
    beforeEach(async () => {
      dir = await fs.mkdtemp(join(tmpdir(), "mkt-build-"));
    });
    afterEach(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    it("refuses, exits 2 and leaves the user's file byte for byte", async () => {
      const target = join(dir, "report.xlsx");
      await fs.writeFile(target, "the user's own workbook");
      const err: string[] = [];
      const io: CliIo = { ...nodeIo, out: () => undefined, err: (l) => err.push(l) };
      const code = await runDiscountCommand(
        ["build", "--input", example("sockets.json"), "--out", target],
        io
      );
      expect(code).toBe(2);
      expect(err.join("\n")).toMatch(/already exists; nothing was written \(pass --force/);
      expect(await fs.readFile(target, "utf8")).toBe("the user's own workbook");
    });

    it("replaces it with --force", async () => {
      const target = join(dir, "report.xlsx");
      await fs.writeFile(target, "old");
      const io: CliIo = { ...nodeIo, out: () => undefined, err: () => undefined };
      const code = await runDiscountCommand(
        ["build", "--input", example("sockets.json"), "--out", target, "--force"],
        io
      );
      expect(code).toBe(0);
      const bytes = await fs.readFile(target);
      expect(bytes.subarray(0, 2).toString()).toBe("PK"); // an .xlsx is a zip
    });

    it("writes a new file without --force", async () => {
      const target = join(dir, "new.xlsx");
      const io: CliIo = { ...nodeIo, out: () => undefined, err: () => undefined };
      expect(
        await runDiscountCommand(["build", "--input", example("sockets.json"), "--out", target], io)
      ).toBe(0);
      expect((await fs.stat(target)).size).toBeGreaterThan(1000);
    });
  });
});
