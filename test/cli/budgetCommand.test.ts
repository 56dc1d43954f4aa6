/** `mkt budget solve|build` run in-process against the shipped examples. */
import { promises as fs } from "fs";
import { join } from "path";
import { tmpdir } from "os";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { runBudgetCommand } from "../../src/cli/budgetCommand";
import { main, nodeIo } from "../../src/cli/mkt";
import type { CliIo } from "../../src/cli/io";
import { fakeIo } from "./fakeIo";
import { budgetSheetRows } from "../../src/core/budget";
import { activeLocale, setLocale } from "../../src/core/i18n";

const EXAMPLES = join(__dirname, "../../examples");
const example = (f: string) => join(EXAMPLES, f);

async function exampleWith(patch: (raw: Record<string, unknown>) => void): Promise<string> {
  const raw = JSON.parse(await fs.readFile(example("s-curve-regions.json"), "utf8"));
  patch(raw);
  return JSON.stringify(raw);
}

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describe("mkt budget solve", () => {
  it("prints one JSON object with the reference's output fields and exits 0", async () => {
    const { io, out } = fakeIo();
    const code = await runBudgetCommand(
      ["solve", "--input", example("s-curve-regions.json"), "--json"],
      io
    );
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const j = JSON.parse(out[0]);
    expect(j).toMatchObject({ status: "optimal", name: "Regional launch budget", budget: 400000 });
    expect(j.channels.map((c: { label: string }) => c.label)).toEqual([
      "North",
      "South",
      "Capital",
      "Online",
    ]);
    for (const c of j.channels)
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(["spend", "response", "profit", "marginalReturn"])
      );
    expect(j.totalProfit).toBeGreaterThan(j.currentProfit);
    expect(j.certificate).toMatchObject({
      upperBound: expect.any(Number),
      gapBound: expect.any(Number),
      explanation: expect.stringMatching(/No split within the bounds and the budget/),
    });
    expect(j.certificate.gapBound).toBeLessThanOrEqual(1e-6 * j.totalProfit);
  });

  it("prints a table for people", async () => {
    const { io, out } = fakeIo();
    expect(await runBudgetCommand(["solve", "--input", example("h1-trade-budget.json")], io)).toBe(
      0
    );
    const text = out.join("\n");
    expect(text).toMatch(/^H1 trade budget \(KZT\): optimal split of 12,000,000/);
    expect(text).toMatch(/Retail chains\s+5,695,339\s+3,000,000/);
    expect(text).toMatch(/at today's spends 5,276,523 \(\+1,376,845\)/);
    expect(text).toMatch(/^Certificate: Global optimum by branch and bound/m);
  });

  it("exits 3 with the reason when infeasible (JSON still printed)", async () => {
    const bad = await exampleWith((raw) => {
      raw.budget = 10000;
      for (const c of (raw.channels as Record<string, unknown>[]).slice(0, 3)) delete c.current;
    });
    const { io, out } = fakeIo({ "bad.json": bad });
    expect(await runBudgetCommand(["solve", "--input", "bad.json", "--json"], io)).toBe(3);
    expect(JSON.parse(out[0])).toMatchObject({ status: "infeasible", reason: "min-above-budget" });
  });

  it("exits 2 for invalid input, naming each field and rule", async () => {
    const bad = await exampleWith((raw) => {
      raw.currency = "";
      (raw.channels as Record<string, unknown>[])[1].margin = 0;
    });
    const { io, out, err } = fakeIo({ "bad.json": bad });
    expect(await runBudgetCommand(["solve", "--input", "bad.json", "--json"], io)).toBe(2);
    expect(err).toEqual([
      "mkt budget: bad.json is not a valid budget model:",
      "  currency must not be empty",
      "  channels[1].margin must be > 0 (got 0)",
    ]);
    expect(JSON.parse(out[0]).status).toBe("invalid");
  });

  it("exits 2 when the input cannot be read", async () => {
    const { io, err } = fakeIo();
    expect(await runBudgetCommand(["solve", "--input", "/nonexistent/x.json"], io)).toBe(2);
    expect(err[0]).toMatch(/cannot read \/nonexistent\/x.json/);
  });

  it.each([
    [[], /missing subcommand/],
    [["plan"], /unknown subcommand plan/],
    [["solve"], /solve needs --input FILE.json/],
    [["solve", "--input"], /--input needs a file name/],
    [["solve", "--input", "x.json", "--out", "y"], /unknown option --out/],
    [["build", "--input", "x.json"], /build needs --input FILE.json and --out FILE.xlsx/],
    [["build", "--input", "x.json", "--out", "y.csv"], /--out must name an .xlsx file/],
  ])("usage mistake %p exits 2", async (args, message) => {
    const { io, err } = fakeIo();
    expect(await runBudgetCommand(args, io)).toBe(2);
    expect(err.join("\n")).toMatch(message);
  });

  it("is reachable through the mkt dispatcher", async () => {
    const { io, out } = fakeIo();
    expect(await main(["budget", "--help"], io)).toBe(0);
    expect(out.join("\n")).toMatch(/mkt budget build/);
  });
});

describe("mkt budget build", () => {
  it("writes an .xlsx with the Solver names and, with --solve, the optimal spends", async () => {
    const { io, out, written } = fakeIo();
    const args = [
      "build",
      "--input",
      example("s-curve-regions.json"),
      "--out",
      "b.xlsx",
      "--solve",
    ];
    expect(await runBudgetCommand(args, io)).toBe(0);
    expect(out[0]).toBe("wrote b.xlsx (decision cells hold the optimal spends)");
    const bytes = written.get("b.xlsx") as Uint8Array;
    const sheet = await workbook(bytes);
    const R = budgetSheetRows(4);
    const spend = [0, 1, 2, 3].map((i) => sheet.getCell(`B${R.decision(i)}`).value as number);
    expect(spend[0]).toBeCloseTo(208182, 0);
    expect(spend[2]).toBe(0);
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    expect(xml).toMatch(
      new RegExp(
        `<definedName name="mkt_objective" localSheetId="0" hidden="1">'Budget model'!\\$B\\$${R.objective}</definedName>`
      )
    );
    expect(xml).toMatch(
      /<definedName name="solver_adj" localSheetId="0" hidden="1">'Budget model'!\$B\$19:\$B\$22<\/definedName>/
    );
  });

  it("--lang (read by mkt for every command) is the sheet's language too", async () => {
    const { io, written } = fakeIo();
    const args = [
      "--lang",
      "ru",
      "budget",
      "build",
      "--input",
      example("h1-trade-budget.json"),
      "--out",
      "r.xlsx",
    ];
    try {
      expect(await main(args, io)).toBe(0);
      expect(activeLocale()).toBe("ru");
    } finally {
      setLocale("en");
    }
    const sheet = await workbook(written.get("r.xlsx") as Uint8Array);
    expect(String(sheet.getCell("A1").value)).toBe("Распределение бюджета: H1 trade budget");
  });

  it("an unknown --lang is a usage mistake", async () => {
    const { io, err } = fakeIo();
    expect(await main(["--lang", "de", "budget", "solve", "--input", "x.json"], io)).toBe(2);
    expect(err.join("\n")).toMatch(/--lang must be en, ru or kk/);
  });

  it("without --solve the spend cells hold the minimums", async () => {
    const { io, written } = fakeIo();
    expect(
      await runBudgetCommand(
        ["build", "--input", example("h1-trade-budget.json"), "--out", "m.xlsx"],
        io
      )
    ).toBe(0);
    const sheet = await workbook(written.get("m.xlsx") as Uint8Array);
    const R = budgetSheetRows(2);
    expect([0, 1].map((i) => sheet.getCell(`B${R.decision(i)}`).value)).toEqual([0, 500000]);
  });

  it("with --solve on an infeasible model writes the sheet at the minimums and exits 3", async () => {
    const bad = await exampleWith((raw) => {
      raw.budget = 10000;
      for (const c of (raw.channels as Record<string, unknown>[]).slice(0, 3)) delete c.current;
    });
    const { io, err, written } = fakeIo({ "bad.json": bad });
    expect(
      await runBudgetCommand(["build", "--input", "bad.json", "--out", "x.xlsx", "--solve"], io)
    ).toBe(3);
    expect(err.join("\n")).toMatch(/minimum spends add up to 20,000 EUR/);
    expect(written.has("x.xlsx")).toBe(true);
  });

  describe("never replaces an existing file unless --force is given", () => {
    let dir: string;
    beforeEach(async () => {
      dir = await fs.mkdtemp(join(tmpdir(), "mkt-budget-build-"));
    });
    afterEach(async () => {
      await fs.rm(dir, { recursive: true, force: true });
    });

    it("refuses, exits 2 and leaves the user's file byte for byte", async () => {
      const target = join(dir, "plan.xlsx");
      await fs.writeFile(target, "the user's own workbook");
      const err: string[] = [];
      const io: CliIo = { ...nodeIo, out: () => undefined, err: (l) => err.push(l) };
      const code = await runBudgetCommand(
        ["build", "--input", example("h1-trade-budget.json"), "--out", target],
        io
      );
      expect(code).toBe(2);
      expect(err.join("\n")).toMatch(/already exists; nothing was written \(pass --force/);
      expect(await fs.readFile(target, "utf8")).toBe("the user's own workbook");
    });

    it("replaces it with --force", async () => {
      const target = join(dir, "plan.xlsx");
      await fs.writeFile(target, "old");
      const io: CliIo = { ...nodeIo, out: () => undefined, err: () => undefined };
      const args = [
        "build",
        "--input",
        example("h1-trade-budget.json"),
        "--out",
        target,
        "--force",
      ];
      expect(await runBudgetCommand(args, io)).toBe(0);
      expect((await fs.readFile(target)).subarray(0, 2).toString()).toBe("PK");
    });
  });
});
