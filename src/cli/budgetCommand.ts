/**
 * `mkt budget solve|build`: the budget-allocation engine from a terminal.
 *   mkt budget solve --input FILE.json [--json]
 *       the optimal split as a table for people, or (--json) one JSON object
 *       with status, channels (spend, response, profit, marginal return),
 *       totalProfit, currentProfit and certificate (docs/budget-engine.md).
 *   mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force] [--lang en|ru|kk]
 *       the Solver-ready worksheet as a real .xlsx; --solve puts the optimal
 *       spends in the decision cells.
 * Exit codes: 0 optimal (or built), 3 infeasible (the JSON still printed,
 * with the reason), 2 usage mistakes and invalid input (one message per field).
 */
import { CliIo, EXIT } from "./io";
import {
  buildBudgetSheetPlan,
  optimiseBudget,
  validateBudgetModel,
  type BudgetModelInput,
  type BudgetSheetPlanOptions,
  type BudgetSolution,
} from "../core/budget";
import { isSheetLanguage, SHEET_LANGUAGES } from "../core/sheet/sheetText";
import { writeXlsx } from "../export/writeXlsx";
import { formatAmount } from "../core/numberFormat";
import {
  parseArgs,
  readModelFile,
  runSubcommand,
  textTable,
  UsageError,
  writeWorkbook,
  type ModelReader,
} from "./modelCommand";

const COMMAND = "mkt budget";
const USAGE = [
  "usage: mkt budget solve --input FILE.json [--json]",
  "       mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force] [--lang en|ru|kk]",
  "       (build never replaces an existing file unless --force is given)",
].join("\n");
const VALUE_OPTIONS = new Map([
  ["--input", "a file name"],
  ["--out", "a file name"],
  ["--lang", "a language (en, ru or kk)"],
]);
const READER: ModelReader<BudgetModelInput> = {
  command: COMMAND,
  noun: "budget model",
  validate: validateBudgetModel,
};

const money = (x: number) => formatAmount(x, 0);
/** Marginal returns are profit per unit of money: two decimals read as "0.23 per 1 spent". */
const perUnit = (x: number) => formatAmount(x, 2);

function printSolution(model: BudgetModelInput, s: BudgetSolution, io: CliIo): void {
  if (s.status === "infeasible") {
    io.out(`${model.name}: infeasible`);
    io.out(s.message);
    return;
  }
  io.out(`${model.name} (${model.currency}): optimal split of ${money(model.budget)}`);
  const rows = [["Channel", "Spend", "Current", "Response", "Profit", "Marginal return", "Bound"]];
  for (const c of s.channels) {
    rows.push([
      c.label,
      money(c.spend),
      c.currentSpend === null ? "" : money(c.currentSpend),
      money(c.response),
      money(c.profit),
      perUnit(c.marginalReturn),
      c.atBound ?? "",
    ]);
  }
  for (const line of textTable(rows)) io.out(line);
  io.out(
    `Total spend ${money(s.totalSpend)} of ${money(model.budget)}; total profit ${money(s.totalProfit)}` +
      (s.currentProfit === null
        ? ""
        : `; at today's spends ${money(s.currentProfit)} (${s.totalProfit >= s.currentProfit ? "+" : ""}${money(s.totalProfit - s.currentProfit)})`)
  );
  io.out(`Certificate: ${s.certificate.explanation}`);
}

async function solve(args: readonly string[], io: CliIo): Promise<number> {
  const { flags, values } = parseArgs(args, new Set(["--input", "--json"]), VALUE_OPTIONS);
  const input = values.get("--input");
  if (input === undefined) throw new UsageError("solve needs --input FILE.json");
  const model = await readModelFile(READER, input, io, flags.has("--json"));
  if (model === null) return EXIT.usage;
  const solution = optimiseBudget(model);
  if (flags.has("--json"))
    io.out(
      JSON.stringify({
        name: model.name,
        currency: model.currency,
        budget: model.budget,
        spendAll: model.spendAll,
        ...solution,
      })
    );
  else printSolution(model, solution, io);
  return solution.status === "optimal" ? EXIT.ok : EXIT.calcError;
}

async function build(args: readonly string[], io: CliIo): Promise<number> {
  const { flags, values } = parseArgs(
    args,
    new Set(["--input", "--out", "--solve", "--force", "--lang"]),
    VALUE_OPTIONS
  );
  const input = values.get("--input");
  const out = values.get("--out");
  if (input === undefined || out === undefined)
    throw new UsageError("build needs --input FILE.json and --out FILE.xlsx");
  if (!out.toLowerCase().endsWith(".xlsx"))
    throw new UsageError(`--out must name an .xlsx file (got ${out})`);
  const lang = values.get("--lang") ?? "en";
  if (!isSheetLanguage(lang))
    throw new UsageError(`--lang must be one of ${SHEET_LANGUAGES.join(", ")} (got ${lang})`);
  const model = await readModelFile(READER, input, io, false);
  if (model === null) return EXIT.usage;
  const planOptions: BudgetSheetPlanOptions = { language: lang };
  let code: number = EXIT.ok;
  if (flags.has("--solve")) {
    const solution = optimiseBudget(model);
    if (solution.status === "optimal") {
      planOptions.spend = solution.channels.map((c) => c.spend);
      planOptions.note = `The spend cells hold the MKT optimiser's global optimum (profit ${money(solution.totalProfit)} ${model.currency}). ${solution.certificate.explanation}`;
    } else {
      // Still write the sheet (at the minimum spends) so the user can inspect it, but say why and exit 3.
      io.err(`${COMMAND}: ${solution.message} The sheet was written with the minimum spends.`);
      planOptions.note = `The MKT optimiser found no feasible split: ${solution.message}`;
      code = EXIT.calcError;
    }
  }
  const bytes = await writeXlsx(buildBudgetSheetPlan(model, planOptions));
  if (!(await writeWorkbook(COMMAND, out, bytes, flags.has("--force"), io))) return EXIT.usage;
  io.out(`wrote ${out}${planOptions.spend ? " (decision cells hold the optimal spends)" : ""}`);
  return code;
}

export async function runBudgetCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runSubcommand(COMMAND, USAGE, { solve, build }, args, io);
}
