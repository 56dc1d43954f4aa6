/**
 * Guided sheets at audit scale: `mkt sheet distribution` over 100,000 stores
 * and `mkt sheet survey` over 10,000 answers, each from a CSV file, run as
 * the user runs them (a child `node bin/mkt.js` process, so its time and peak
 * memory are the command's own). Targets: under 10 s and under 1 GB each.
 * Run: npx tsx bench/guidedSheets.bench.ts  (or npm run bench; needs lib/,
 * which `npm install` compiles)
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { csvTable } from "../src/cli/sheetCommand";
import { readDistributionTable } from "../src/core/guided/distribution/table";
import { readSurveyTable } from "../src/core/guided/survey/table";
import type { TableInput } from "../src/core/table/tableImport";

const ROOT = join(__dirname, "..");
const TARGET_SECONDS = 10;
const TARGET_BYTES = 1024 ** 3;

/** A seeded store list: 100,000 stores in 8 groups over 6 months, presence as 1/0, TRUE/FALSE, stock or blank. */
function storeCsv(stores: number): string {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"];
  const lines = [["store", "group", "category_sales", "sells_category", ...months].join(";")];
  for (let i = 0; i < stores; i++) {
    const presence = months.map(() => {
      const x = next();
      return x < 0.15 ? "" : x < 0.35 ? "0" : x < 0.5 ? "ИСТИНА" : String(Math.floor(next() * 40));
    });
    const sales = (next() * 5000).toFixed(2).replace(".", ",");
    lines.push(
      [`S${i}`, `Region ${i % 8}`, sales, next() < 0.9 ? "1" : "0", ...presence].join(";")
    );
  }
  return lines.join("\r\n") + "\r\n";
}

function answersCsv(answers: number): string {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const services = [
    "Mother and child room",
    "Play zone",
    "Cloakroom",
    "Trolleys",
    "Parking",
    "Wi-Fi",
  ];
  const groups = ["Families with small children", "Teenagers", "Office workers", "Pensioners"];
  const lines = [["group", ...services].join(",")];
  for (let i = 0; i < answers; i++)
    lines.push(
      [
        groups[i % groups.length],
        ...services.map(() => (next() < 0.1 ? "" : String(Math.floor(next() * 6)))),
      ].join(",")
    );
  return lines.join("\n") + "\n";
}

function measure(kind: string, csv: string, dir: string): void {
  const input = join(dir, `${kind}.csv`);
  const out = join(dir, `${kind}.xlsx`);
  writeFileSync(input, csv);
  const probe = join(dir, "maxrss.js");
  // Preloaded into the command: prints its peak resident memory (kilobytes) as it exits.
  writeFileSync(
    probe,
    "process.on('exit',()=>require('fs').writeSync(2,'maxrss '+process.resourceUsage().maxRSS+'\\n'));"
  );
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ["--require", probe, join(ROOT, "bin/mkt.js"), "sheet", kind, "--input", input, "--out", out],
    { encoding: "utf8" }
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`mkt sheet ${kind} failed: ${child.stderr}`);
  const bytes = Number(/maxrss (\d+)/.exec(child.stderr)?.[1] ?? 0) * 1024;
  const rows = csv.split("\n").length - 2;
  console.log(
    `mkt sheet ${kind}: ${rows.toLocaleString("en-US")} rows in ${seconds.toFixed(2)} s, peak memory ${(bytes / 1024 ** 2).toFixed(0)} MB, ` +
      `file ${(statSync(out).size / 1024 ** 2).toFixed(1)} MB ` +
      `(targets < ${TARGET_SECONDS} s, < ${TARGET_BYTES / 1024 ** 3} GB: ${seconds < TARGET_SECONDS && bytes < TARGET_BYTES ? "met" : "MISSED"})`
  );
}

/** Runs of each table reader timed; the median and the fastest are printed (the first runs also warm the JIT; the machine may be shared). */
const READER_RUNS = 9;

/**
 * The table reader alone (CSV already parsed), in this process: the part of
 * the command that checks every cell and names the place of each problem.
 */
function measureReader(
  kind: string,
  csv: string,
  read: (table: TableInput) => { ok: boolean }
): void {
  const parsed = csvTable(csv);
  if (!parsed.ok) throw new Error(`${kind}: the bench CSV does not parse`);
  const times: number[] = [];
  for (let k = 0; k < READER_RUNS; k++) {
    const started = process.hrtime.bigint();
    const result = read(parsed.value.table);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    if (!result.ok) throw new Error(`${kind}: the bench table has problems`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(READER_RUNS / 2)];
  const rows = parsed.value.table.rows.length;
  console.log(
    `${kind} table reader: ${rows.toLocaleString("en-US")} rows in ${median.toFixed(3)} s (median of ${READER_RUNS} runs; fastest ${sorted[0].toFixed(3)} s)`
  );
}

export async function run(): Promise<void> {
  if (!readFileSync(join(ROOT, "lib/cli/mkt.js"), "utf8"))
    throw new Error("lib/ is not built: run npm install");
  const dir = mkdtempSync(join(tmpdir(), "mkt-bench-"));
  try {
    const stores = storeCsv(100_000);
    const answers = answersCsv(10_000);
    measureReader("distribution", stores, (table) => readDistributionTable("Bench", table));
    measureReader("survey", answers, (table) => readSurveyTable(table));
    measure("distribution", stores, dir);
    measure("survey", answers, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void run();
