/**
 * Input files and output through a pipe, as a user meets them: a byte-order
 * mark from a Windows editor, labels with characters a workbook cannot hold, a
 * flood of invalid entries, ranges from a file or standard input, and output
 * piped into another program (the real `bin/mkt.js` in a child process).
 */
import { promises as fs } from "fs";
import { spawn } from "child_process";
import { join } from "path";
import { runBudgetCommand } from "../../src/cli/budgetCommand";
import { runDiscountCommand } from "../../src/cli/discountCommand";
import { main } from "../../src/cli/mkt";
import { MAX_PRINTED_PROBLEMS } from "../../src/cli/inputFile";
import type { CliIo } from "../../src/cli/io";

const ROOT = join(__dirname, "../..");
const EXAMPLE = join(ROOT, "examples/sockets.json");

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: async (p) => {
      if (p in files) return files[p];
      throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: "ENOENT" });
    },
    readBytes: async () => new Uint8Array(0),
    writeFile: async () => undefined,
  };
  return { io, out, err };
}

const sample = async () => JSON.parse(await fs.readFile(EXAMPLE, "utf8"));

describe("input files", () => {
  it("accepts a UTF-8 byte-order mark (as Notepad writes it)", async () => {
    const { io, out } = fakeIo({ "bom.json": "\ufeff" + (await fs.readFile(EXAMPLE, "utf8")) });
    expect(await runDiscountCommand(["solve", "--input", "bom.json", "--json"], io)).toBe(0);
    expect(JSON.parse(out[0]).status).toBe("optimal");
  });

  // mkt budget reads its model through the same reader (cli/modelCommand.readModelFile).
  it.each(["bom.json", "-"])("mkt budget reads %s as mkt discount does", async (name) => {
    const model = await fs.readFile(join(__dirname, "../../examples/h1-trade-budget.json"), "utf8");
    const { io, out } = fakeIo({ [name]: "\ufeff" + model });
    expect(await runBudgetCommand(["solve", "--input", name, "--json"], io)).toBe(0);
    expect(JSON.parse(out[0]).status).toBe("optimal");
  });

  it("reads the model from standard input with --input -", async () => {
    const { io, out } = fakeIo({ "-": await fs.readFile(EXAMPLE, "utf8") });
    expect(await runDiscountCommand(["solve", "--input", "-", "--json"], io)).toBe(0);
    expect(JSON.parse(out[0]).status).toBe("optimal");
  });

  it.each([
    [
      "U+FFFE",
      "50\ufffe+",
      /tiers\[2\]\.label must not contain the non-character U\+FFFE \(at position 3\)/,
    ],
    ["U+FFFF", "\uffff", /tiers\[2\]\.label must not contain the non-character U\+FFFF/],
    [
      "a bell (U+0007)",
      "50\u0007+",
      /tiers\[2\]\.label must not contain the control character U\+0007/,
    ],
    ["a line break", "50\n+", /tiers\[2\]\.label must be one line: it contains U\+000A/],
    [
      "DEL (U+007F)",
      "50+\u007f",
      /tiers\[2\]\.label must not contain the control character U\+007F/,
    ],
  ])("refuses %s in a label, naming the field", async (_, label, message) => {
    const raw = await sample();
    raw.tiers[2].label = label;
    const { io, err } = fakeIo({ "bad.json": JSON.stringify(raw) });
    expect(await runDiscountCommand(["solve", "--input", "bad.json"], io)).toBe(2);
    expect(err.join("\n")).toMatch(message);
  });

  it("refuses a control character in a segment label and the model name too", async () => {
    const raw = await sample();
    raw.segments[1].label = "B\u0000";
    raw.name = "Sockets\u001b[31m";
    const { io, err } = fakeIo({ "bad.json": JSON.stringify(raw) });
    expect(await runDiscountCommand(["solve", "--input", "bad.json"], io)).toBe(2);
    expect(err.join("\n")).toMatch(
      /segments\[1\]\.label must not contain the control character U\+0000/
    );
    expect(err.join("\n")).toMatch(/name must not contain the control character U\+001B/);
  });

  it(`prints the first ${MAX_PRINTED_PROBLEMS} messages of a flood and how many more`, async () => {
    const raw = await sample();
    raw.tiers = Array.from({ length: 20_000 }, () => ({ label: "x", minQty: -1 }));
    const { io, err } = fakeIo({ "flood.json": JSON.stringify(raw) });
    expect(await runDiscountCommand(["solve", "--input", "flood.json"], io)).toBe(2);
    expect(err.length).toBe(1 + MAX_PRINTED_PROBLEMS + 1);
    expect(err[0]).toMatch(/flood\.json is not a valid discount model/);
    expect(err[1]).toMatch(/tiers must have 1 to 20 entries \(got 20000\)/);
    expect(err.at(-1)).toMatch(/^ {2}\.\.\. and \d+ more/);
  });
});

describe("ranges from a file or standard input", () => {
  const range = JSON.stringify([[100], [50], [0]]);
  const args = (source: string) => ["NUMERIC_DIST", source, "[[1],[1],[0]]"];

  it.each([
    ["@range.json", { "range.json": range }],
    ["@range.json with a byte-order mark", { "range.json": "\ufeff" + range }],
    ["-", { "-": range }],
  ])("reads %s", async (source, files) => {
    const expected = fakeIo({});
    await main(args(range), expected.io);
    const { io, out } = fakeIo(files);
    expect(await main(args(source.split(" ")[0]), io)).toBe(0);
    expect(out).toEqual(expected.out);
  });

  it("names the argument and the file it cannot read", async () => {
    const { io, err } = fakeIo({});
    expect(await main(args("@missing.json"), io)).toBe(2);
    expect(err.join("\n")).toMatch(/: cannot read missing\.json: ENOENT/);
  });

  it("quotes only the start of a file that is not JSON", async () => {
    const { io, err } = fakeIo({ "big.json": "[" + "1,".repeat(100_000) });
    expect(await main(args("@big.json"), io)).toBe(2);
    expect(err.join("\n").length).toBeLessThan(300);
  });
});

describe("output through a pipe", () => {
  /** Runs the real command line in a child process, stdout and stdin being pipes. */
  function run(args: string[], stdin: string): Promise<{ code: number | null; stdout: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [join(ROOT, "bin/mkt.js"), ...args], { cwd: ROOT });
      const chunks: Buffer[] = [];
      child.stdout.on("data", (c: Buffer) => chunks.push(c));
      child.on("error", reject);
      child.on("close", (code) =>
        resolve({ code, stdout: Buffer.concat(chunks).toString("utf8") })
      );
      child.stdin.end(stdin);
    });
  }

  it("delivers all of a JSON answer larger than a pipe's 64 KiB buffer", async () => {
    const raw = await sample();
    raw.tiers = Array.from({ length: 5_000 }, () => ({ label: "x", minQty: -1 }));
    const { code, stdout } = await run(
      ["discount", "solve", "--input", "-", "--json"],
      JSON.stringify(raw)
    );
    expect(stdout.length).toBeGreaterThan(64 * 1024);
    expect(JSON.parse(stdout)).toMatchObject({ status: "invalid" });
    expect(code).toBe(2);
  });
});
