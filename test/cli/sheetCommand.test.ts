/** `mkt sheet KIND` run in-process against the shipped examples and broken inputs. */
import { promises as fs } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { runSheetCommand } from "../../src/cli/sheetCommand";
import { main, nodeIo } from "../../src/cli/mkt";
import { tmpdir } from "os";
import { FileExistsError, type CliIo } from "../../src/cli/io";

const EXAMPLES = join(__dirname, "../../examples");
const example = (f: string) => join(EXAMPLES, f);

function fakeIo(files: Record<string, string> = {}, existing: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array | string>();
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: async (p) => (p in files ? files[p] : fs.readFile(p, "utf8")),
    readBytes: async (p) =>
      p in files ? new TextEncoder().encode(files[p]) : new Uint8Array(await fs.readFile(p)),
    writeFile: async (p, d, options) => {
      if (existing.includes(p) && !options?.overwrite) throw new FileExistsError(p);
      written.set(p, d);
    },
  };
  return { io, out, err, written };
}

async function sheets(bytes: Uint8Array | string | undefined): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes as Uint8Array) as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

describe("mkt sheet", () => {
  it.each([
    ["campaigns", "campaigns.json", ["Campaigns - Q3 trade promotions"]],
    ["promo", "promo.json", ["Promo - Tasting in 5 stores"]],
    ["promo", "promo-groups.json", ["Promo - Tasting in 5 stores"]],
    ["posm", "posm.json", ["POSM - Store equipment 2027"]],
    ["distribution", "distribution.json", ["Distribution - Juice 1L…", "Stores"]],
    ["distribution", "distribution.csv", ["Distribution - distribution", "Stores"]],
    ["survey", "survey.json", ["Survey - Mall services survey", "Answers"]],
    ["survey", "survey.csv", ["Survey - survey", "Answers"]],
  ])("%s from %s writes the sheet (and its data sheet) and exits 0", async (kind, file, names) => {
    const { io, out, written } = fakeIo();
    expect(await runSheetCommand([kind, "--input", example(file), "--out", "m.xlsx"], io)).toBe(0);
    expect(out[0]).toMatch(/^wrote m\.xlsx/);
    expect(await sheets(written.get("m.xlsx"))).toEqual(names);
  });

  it.each([
    [["campaigns"], "needs --input FILE and --out FILE.xlsx"],
    [["budgets", "--input", "x", "--out", "y.xlsx"], "unknown KIND budgets"],
    [["promo", "--input", "x.json", "--out", "y.csv"], "--out must name an .xlsx file"],
    [["promo", "--input", "x.csv", "--out", "y.xlsx"], "promo reads JSON only"],
  ])("usage mistakes exit 2: %j", async (args, message) => {
    const { io, err } = fakeIo();
    expect(await runSheetCommand(args, io)).toBe(2);
    expect(err.join("\n")).toContain(message);
  });

  it("names the field and the rule of a bad JSON input, writes nothing, exits 2", async () => {
    const { io, err, written } = fakeIo({
      "bad.json": JSON.stringify({
        name: "x",
        currency: "KZT",
        options: [{ label: "a", kind: "rack" }],
      }),
    });
    expect(await runSheetCommand(["posm", "--input", "bad.json", "--out", "m.xlsx"], io)).toBe(2);
    expect(err.join("\n")).toContain(
      'options[0].kind must be "permanent" or "temporary" (got "rack")'
    );
    expect(written.size).toBe(0);
  });

  it("gives the line and column of a CSV problem", async () => {
    const csv = "\uFEFFstore;group;category_sales;Jan\r\nA;X;12,5;1\r\nB;X;много;0\r\n";
    const { io, err, written } = fakeIo({ "audit.csv": csv });
    expect(
      await runSheetCommand(["distribution", "--input", "audit.csv", "--out", "m.xlsx"], io)
    ).toBe(2);
    expect(err.join("\n")).toContain(
      'line 3, column category_sales: category_sales must be a number (got "много")'
    );
    expect(written.size).toBe(0);
  });

  it.each([
    ["ru", "строка 1 (заголовки): нет столбцов периодов"],
    ["kk", "1-жол (тақырып жолы): кезең бағандары жоқ"],
    // English last: --lang sets the process's language, and the tests after these expect English.
    ["en", "line 1 (header): no period columns"],
  ])(
    "--lang %s names a header-row problem by its CSV line, in that language",
    async (lang, text) => {
      const { io, err, written } = fakeIo({
        "audit.csv": "store;group;category_sales\r\nA;X;1\r\n",
      });
      const args = [
        "sheet",
        "distribution",
        "--input",
        "audit.csv",
        "--out",
        "m.xlsx",
        "--lang",
        lang,
      ];
      expect(await main(args, io, {})).toBe(2);
      expect(err.join("\n")).toContain(text);
      expect(err.join("\n")).not.toContain("header:");
      expect(written.size).toBe(0);
    }
  );

  it("never replaces an existing file without --force", async () => {
    const { io, err } = fakeIo({}, ["m.xlsx"]);
    const args = ["campaigns", "--input", example("campaigns.json"), "--out", "m.xlsx"];
    expect(await runSheetCommand(args, io)).toBe(2);
    expect(err.join("\n")).toContain(
      "m.xlsx already exists; nothing was written (pass --force to replace it)"
    );
    expect(await runSheetCommand([...args, "--force"], io)).toBe(0);
  });

  it("refuses a language mkt does not speak, through mkt", async () => {
    const { io, err } = fakeIo();
    const args = ["sheet", "promo", "--input", example("promo.json"), "--out", "y.xlsx"];
    expect(await main([...args, "--lang", "de"], io, {})).toBe(2);
    expect(err.join("\n")).toContain("--lang must be en, ru or kk");
  });

  it("is reached through mkt and writes a real file", async () => {
    const dir = await fs.mkdtemp(join(tmpdir(), "mkt-sheet-"));
    const out = join(dir, "promo.xlsx");
    expect(
      await main(
        ["sheet", "promo", "--input", example("promo.json"), "--out", out, "--lang", "ru"],
        nodeIo
      )
    ).toBe(0);
    expect((await fs.stat(out)).size).toBeGreaterThan(1000);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.worksheets[0];
    expect(sheet.name).toMatch(/^Промо - /);
    expect(sheet.getCell("A1").value).toMatch(/^Долгосрочный эффект промоакции: /);
    await fs.rm(dir, { recursive: true });
  });

  it.each([
    ["ru", "distribution", "distribution.csv", ["Дистрибуция - distribution", "Магазины"]],
    ["kk", "survey", "survey.json", ["Сауалнама - Mall services…", "Жауаптар"]],
  ])(
    "--lang %s names the %s sheet and its data sheet in that language",
    async (lang, kind, file, names) => {
      const { io, written, out } = fakeIo();
      expect(
        await main(
          ["sheet", kind, "--input", example(file), "--out", "x.xlsx", "--lang", lang],
          io,
          {}
        )
      ).toBe(0);
      expect((await sheets(written.get("x.xlsx"))).sort()).toEqual([...names].sort());
      // The message names the sheet as the file has it.
      expect(out.join("\n")).toContain(names[0]);
    }
  );
});
