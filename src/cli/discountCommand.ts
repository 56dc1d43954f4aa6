/**
 * `mkt discount solve|build`: the discount-optimisation engine from a terminal.
 *   mkt discount solve --input FILE.json [--json]
 *       the optimum as a table for people, or (--json) one JSON object with
 *       status, discounts, profit, baseline, uplift, tiers and certificate.
 *   mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]
 *       the Solver-ready worksheet as a real .xlsx; --solve puts the optimal
 *       discounts in the decision cells.
 * Exit codes: 0 optimal (or built), 3 infeasible (the JSON still printed,
 * naming the tier), 2 usage mistakes and invalid input (one message per field).
 */
import { CliIo, EXIT, FileExistsError } from "./io";
import {
  buildDiscountSheetPlan,
  optimiseDiscounts,
  validateDiscountModel,
  type DiscountModelInput,
  type DiscountSheetPlanOptions,
  type DiscountSolution,
} from "../core/discount";
import { writeXlsx } from "../export/writeXlsx";
import { formatAmount, formatPercent } from "../core/numberFormat";

const USAGE = [
  "usage: mkt discount solve --input FILE.json [--json]",
  "       mkt discount build --input FILE.json --out FILE.xlsx [--solve] [--force]",
  "       (build never replaces an existing file unless --force is given)",
].join("\n");

interface ParsedArgs {
  flags: Set<string>;
  values: Map<string, string>;
}

const VALUE_OPTIONS = new Set(["--input", "--out"]);

class UsageError extends Error {}

function parseArgs(args: readonly string[], allowed: ReadonlySet<string>): ParsedArgs {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!allowed.has(arg)) throw new UsageError(`unknown option ${arg}`);
    if (VALUE_OPTIONS.has(arg)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith("--"))
        throw new UsageError(`${arg} needs a file name`);
      values.set(arg, value);
      i++;
    } else flags.add(arg);
  }
  return { flags, values };
}

/** The validated model, or null after printing why not (to stderr; with `json`, also one JSON object to stdout). */
async function readModel(
  path: string,
  io: CliIo,
  json: boolean
): Promise<DiscountModelInput | null> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    io.err(`mkt discount: cannot read ${path}: ${(error as Error).message}`);
    if (json)
      io.out(
        JSON.stringify({
          status: "invalid",
          errors: [{ path: "", message: `cannot read ${path}` }],
        })
      );
    return null;
  }
  const result = validateDiscountModel(text);
  if (!result.ok) {
    io.err(`mkt discount: ${path} is not a valid discount model:`);
    for (const e of result.errors) io.err(`  ${e.message}`);
    if (json) io.out(JSON.stringify({ status: "invalid", errors: result.errors }));
    return null;
  }
  return result.model;
}

const money = (x: number) => formatAmount(x, 0);
const percent = formatPercent;

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  return rows.map((r) =>
    r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join("  ")
  );
}

function printSolution(model: DiscountModelInput, s: DiscountSolution, io: CliIo): void {
  if (s.status === "infeasible") {
    io.out(`${model.name}: infeasible`);
    io.out(s.message);
    return;
  }
  io.out(`${model.name} (${model.currency}): optimal discounts`);
  const rows = [
    ["Tier", "Discount", "Units", "Revenue", "Profit", "Margin", "Min margin", "Floor"],
  ];
  for (const t of s.tiers) {
    rows.push([
      t.label,
      percent(t.discount, 2),
      money(t.units),
      money(t.revenue),
      money(t.profit),
      percent(t.margin),
      percent(t.minMargin),
      t.floorBinds ? "binds" : "ok",
    ]);
  }
  for (const line of table(rows)) io.out(line);
  io.out(
    `Total profit ${money(s.profit)}; no-discount baseline ${money(s.baseline)}; uplift ${money(s.uplift)} (${s.uplift >= 0 ? "+" : ""}${percent(s.upliftShare)})`
  );
  if (s.baselineViolations.length > 0) {
    const names = s.baselineViolations.map(
      (v) => `"${v.tierLabel}" (${percent(model.tiers[v.tierIndex].minMargin)})`
    );
    const tiers = names.length === 1 ? `tier ${names[0]}` : `tiers ${names.join(", ")}`;
    io.out(
      `Note: The no-discount baseline breaks the minimum margin of ${tiers}; the uplift is still measured against it.`
    );
  }
  io.out(
    `Binding: ${s.bindingConstraints.length > 0 ? s.bindingConstraints.join("; ") : "none (every discount lies strictly between 0 and the maximum, above its margin floor and apart from its neighbours)"}`
  );
  io.out(`Certificate: ${s.certificate.explanation}`);
}

async function solve(args: readonly string[], io: CliIo): Promise<number> {
  const { flags, values } = parseArgs(args, new Set(["--input", "--json"]));
  const input = values.get("--input");
  if (input === undefined) throw new UsageError("solve needs --input FILE.json");
  const model = await readModel(input, io, flags.has("--json"));
  if (model === null) return EXIT.usage;
  const solution = optimiseDiscounts(model);
  if (flags.has("--json"))
    io.out(JSON.stringify({ name: model.name, currency: model.currency, ...solution }));
  else printSolution(model, solution, io);
  return solution.status === "optimal" ? EXIT.ok : EXIT.calcError;
}

async function build(args: readonly string[], io: CliIo): Promise<number> {
  const { flags, values } = parseArgs(args, new Set(["--input", "--out", "--solve", "--force"]));
  const input = values.get("--input");
  const out = values.get("--out");
  if (input === undefined || out === undefined)
    throw new UsageError("build needs --input FILE.json and --out FILE.xlsx");
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`--out must name an .xlsx file (got ${out})`);
  const model = await readModel(input, io, false);
  if (model === null) return EXIT.usage;
  let planOptions: DiscountSheetPlanOptions = {};
  let code: number = EXIT.ok;
  if (flags.has("--solve")) {
    const solution = optimiseDiscounts(model);
    if (solution.status === "optimal") {
      planOptions = {
        discounts: solution.discounts,
        note: `The discount cells hold the MKT optimiser's global optimum (profit ${money(solution.profit)} ${model.currency}). ${solution.certificate.explanation}`,
      };
    } else {
      // Still write the sheet (zero discounts) so the user can inspect the floors, but say why and exit 3.
      io.err(`mkt discount: ${solution.message} The sheet was written with zero discounts.`);
      planOptions = { note: `The MKT optimiser found no feasible discounts: ${solution.message}` };
      code = EXIT.calcError;
    }
  }
  const bytes = await writeXlsx(buildDiscountSheetPlan(model, planOptions));
  try {
    await io.writeFile(out, bytes, { overwrite: flags.has("--force") });
  } catch (error) {
    if (error instanceof FileExistsError) {
      io.err(
        `mkt discount: ${out} already exists; nothing was written (pass --force to replace it)`
      );
      return EXIT.usage;
    }
    io.err(`mkt discount: cannot write ${out}: ${(error as Error).message}`);
    return EXIT.usage;
  }
  io.out(
    `wrote ${out}${planOptions.discounts ? " (decision cells hold the optimal discounts)" : ""}`
  );
  return code;
}

export async function runDiscountCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  try {
    if (sub === "solve") return await solve(rest, io);
    if (sub === "build") return await build(rest, io);
    if (sub === "--help" || sub === "-h") {
      io.out(USAGE);
      return EXIT.ok;
    }
    throw new UsageError(sub === undefined ? "missing subcommand" : `unknown subcommand ${sub}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`mkt discount: ${error.message}`);
    io.err(USAGE);
    return EXIT.usage;
  }
}
