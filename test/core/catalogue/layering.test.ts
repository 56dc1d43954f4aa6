/**
 * The core stays pure: nothing under src/core (the metric engine, the
 * catalogue, the discount model and optimiser, the sheet plans, the A1 helpers)
 * names an Excel, Office, CustomFunctions or DOM identifier, or imports from
 * the wrappers or the task pane, so the CLI and the task pane can share it.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { sourceFiles } from "../../sourceFiles";

const CORE = join(__dirname, "..", "..", "..", "src", "core");

const files = sourceFiles(CORE);

it("scans all of src/core, not a hand-kept list", () => {
  const names = files.map((f) => f.slice(CORE.length + 1).replace(/\\/g, "/"));
  for (const expected of [
    "args.ts",
    "a1.ts",
    "sheet/plan.ts",
    "discount/optimise.ts",
    "metrics/posm.ts",
  ])
    expect(names).toContain(expected);
});

describe.each(files.map((f) => [f.slice(CORE.length + 1), f]))("src/core/%s", (_, file) => {
  const source = readFileSync(file, "utf8");
  // Help text legitimately says "window" or "Excel"; only code counts.
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\/\/.*$/gm, "")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""');

  it("names no host identifier (Excel, Office, CustomFunctions, window, document)", () => {
    expect(code).not.toMatch(/\b(Excel|Office|CustomFunctions|window|document)\s*\./);
  });

  it("imports nothing from the wrappers or the task pane", () => {
    expect(source).not.toMatch(/from\s+["'][^"']*(functions|taskpane)\//);
  });
});

/** Every .ts/.tsx file of the product, bench and scripts. */
const ROOT = join(__dirname, "..", "..", "..");

describe("test code stays out of the product and the benchmarks", () => {
  it.each([
    ["src", /from\s+["'][^"']*\/(test|testkit)\//],
    ["bench", /from\s+["'][^"']*\.\.\/test\//],
  ] as const)("nothing under %s imports what it must not", (dir, forbidden) => {
    const offenders = sourceFiles(join(ROOT, dir)).filter((file) =>
      forbidden.test(readFileSync(file, "utf8"))
    );
    expect(offenders).toEqual([]);
  });

  it("the discount barrel does not export the local optimiser (a test yardstick)", () => {
    const barrel = readFileSync(join(ROOT, "src", "core", "discount", "index.ts"), "utf8");
    expect(barrel).not.toMatch(/localOptimis/);
  });
});
