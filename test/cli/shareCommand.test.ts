/**
 * `mkt share` against real files in a temporary folder: it writes OUT, never
 * IN (not even through another name for the same file), refuses an existing
 * OUT without --force, and says what it changed and what it left.
 */
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main, nodeIo } from "../../src/cli/mkt";
import type { CliIo } from "../../src/cli/io";
import { sampleShareWorkbook } from "../export/sampleShareWorkbook";

let dir: string;
let input: string;
const lines: { out: string[]; err: string[] } = { out: [], err: [] };
const io: CliIo = { ...nodeIo, out: (l) => lines.out.push(l), err: (l) => lines.err.push(l) };

beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "mkt-share-"));
  input = join(dir, "in.xlsx");
  await fs.writeFile(input, await sampleShareWorkbook());
  lines.out = [];
  lines.err = [];
});
afterEach(() => fs.rm(dir, { recursive: true, force: true }));

describe("mkt share", () => {
  it("writes the converted workbook and reports the changes; IN is untouched", async () => {
    const original = await fs.readFile(input);
    const out = join(dir, "out.xlsx");
    expect(await main(["share", "--input", input, "--out", out], io)).toBe(0);
    expect((await fs.readFile(input)).equals(original)).toBe(true);
    expect((await fs.readFile(out)).length).toBeGreaterThan(0);
    expect(lines.out.join("\n")).toMatch(/changed 12 cells on Calc \(12\)/);
    expect(lines.out.join("\n")).toMatch(/MKT\.CPL ×3/);
    expect(await fs.readdir(dir)).toEqual(["in.xlsx", "out.xlsx"]); // no temporary file left
  });

  it("refuses an existing OUT without --force and replaces it with --force", async () => {
    const out = join(dir, "out.xlsx");
    await fs.writeFile(out, "the user's own workbook");
    expect(await main(["share", "--input", input, "--out", out], io)).toBe(2);
    expect(await fs.readFile(out, "utf8")).toBe("the user's own workbook");
    expect(lines.err.join("\n")).toMatch(/already exists; nothing was written \(pass --force/);
    expect(await main(["share", "--input", input, "--out", out, "--force"], io)).toBe(0);
    expect(await fs.readFile(out, "utf8")).not.toBe("the user's own workbook");
  });

  it.each([
    ["the same name", (d: string) => join(d, "in.xlsx")],
    ["the same file through a link", (d: string) => join(d, "link.xlsx")],
  ])("never writes over IN, not even with --force: %s", async (_, outPath) => {
    await fs.symlink(input, join(dir, "link.xlsx"));
    const original = await fs.readFile(input);
    expect(await main(["share", "--input", input, "--out", outPath(dir), "--force"], io)).toBe(2);
    expect((await fs.readFile(input)).equals(original)).toBe(true);
    expect(lines.err.join("\n")).toMatch(/--out names the input file/);
  });

  it.each([
    [["share"], /share needs --input IN.xlsx and --out OUT.xlsx/],
    [["share", "--input", "a.xlsx", "--out", "b.csv"], /--out must name an .xlsx or .xlsm file/],
    [["share", "--input", "a.xlsm", "--out", "b.xlsx"], /same extension/],
    [["share", "--input", "a.xlsx", "--out"], /--out needs a file name/],
    [["share", "--input", "a.xlsx", "--out", "b.xlsx", "--fast"], /unknown option --fast/],
  ])("usage error %j", async (args, message) => {
    expect(await main(args, io)).toBe(2);
    expect(lines.err.join("\n")).toMatch(message);
  });

  it("says so when IN is not a workbook, and writes nothing", async () => {
    await fs.writeFile(input, "not a zip");
    const out = join(dir, "out.xlsx");
    expect(await main(["share", "--input", input, "--out", out], io)).toBe(2);
    expect(lines.err.join("\n")).toMatch(/is not a readable workbook/);
    await expect(fs.stat(out)).rejects.toThrow();
  });
});
