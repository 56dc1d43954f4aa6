/**
 * `mkt budget solve|build`: the budget-allocation engine from a terminal.
 *   mkt budget solve --input FILE.json [--json]
 *       the optimal split as a table for people, or (--json) one JSON object
 *       with status, channels (spend, response, profit, marginal return),
 *       totalProfit, currentProfit and certificate (docs/budget-engine.md).
 *   mkt budget build --input FILE.json --out FILE.xlsx [--solve] [--force] [--lang en|ru|kk]
 *       the Solver-ready worksheet as a real .xlsx; --solve puts the optimal
 *       spends in the decision cells. --lang (read by mkt for every command)
 *       is also the language of the sheet's labels and notes.
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
import { writeXlsx } from "../export/writeXlsx";
import { activeLocale, t } from "../core/i18n";
import { formatAmount } from "../core/numberFormat";
import {
  commandError,
  readBuildCommand,
  readSolveCommand,
  runSubcommand,
  textTable,
  type ModelReader,
} from "./modelCommand";
import { writeWorkbook } from "./options";

const COMMAND = "mkt budget";
const READER: ModelReader<BudgetModelInput> = {
  command: COMMAND,
  invalid: (path) => t("cli.budget.invalidModel", { path }),
  validate: validateBudgetModel,
};

const money = (x: number) => formatAmount(x, 0, activeLocale());
/** Marginal returns are profit per unit of money: two decimals read as "0.23 per 1 spent". */
const perUnit = (x: number) => formatAmount(x, 2, activeLocale());

function printSolution(model: BudgetModelInput, s: BudgetSolution, io: CliIo): void {
  if (s.status === "infeasible") {
    io.out(t("cli.budget.infeasible", { name: model.name }));
    io.out(s.message);
    return;
  }
  const { name, currency, budget } = model;
  io.out(t("cli.budget.optimal", { name, currency, budget }));
  const columns = [
    "channel",
    "spend",
    "current",
    "response",
    "profit",
    "marginal",
    "bound",
  ] as const;
  const rows = [columns.map((c) => t(`cli.budget.column.${c}`))];
  for (const c of s.channels) {
    rows.push([
      c.label,
      money(c.spend),
      c.currentSpend === null ? "" : money(c.currentSpend),
      money(c.response),
      money(c.profit),
      perUnit(c.marginalReturn),
      c.atBound === null ? "" : t(`cli.budget.bound.${c.atBound}`),
    ]);
  }
  for (const line of textTable(rows)) io.out(line);
  const change =
    s.currentProfit === null
      ? ""
      : t("cli.budget.versusCurrent", {
          current: s.currentProfit,
          change: `${s.totalProfit >= s.currentProfit ? "+" : ""}${money(s.totalProfit - s.currentProfit)}`,
        });
  io.out(t("cli.budget.totals", { spend: s.totalSpend, budget, profit: s.totalProfit }) + change);
  io.out(t("cli.model.certificate", { explanation: s.certificate.explanation }));
}

async function solve(args: readonly string[], io: CliIo): Promise<number> {
  const { model, json } = await readSolveCommand(READER, args, io);
  if (model === null) return EXIT.usage;
  const solution = optimiseBudget(model);
  if (json) {
    const { name, currency, budget, spendAll } = model;
    io.out(JSON.stringify({ name, currency, budget, spendAll, ...solution }));
  } else printSolution(model, solution, io);
  return solution.status === "optimal" ? EXIT.ok : EXIT.calcError;
}

/** The plan's spends and note from a solve: the optimum, or (infeasible) the minimums and why. */
function solvedPlanOptions(
  model: BudgetModelInput,
  io: CliIo
): { options: BudgetSheetPlanOptions; code: number } {
  const solution = optimiseBudget(model);
  if (solution.status === "optimal") {
    const { totalProfit: profit, certificate } = solution;
    const note = t("cli.budget.noteOptimal", {
      profit,
      currency: model.currency,
      explanation: certificate.explanation,
    });
    return { options: { spend: solution.channels.map((c) => c.spend), note }, code: EXIT.ok };
  }
  // Still write the sheet (at the minimum spends) so the user can inspect it, but say why and exit 3.
  io.err(commandError(COMMAND, t("cli.budget.writtenAtMinimums", { reason: solution.message })));
  const note = t("cli.budget.noteInfeasible", { reason: solution.message });
  return { options: { note }, code: EXIT.calcError };
}

async function build(args: readonly string[], io: CliIo): Promise<number> {
  const { model, out, solve: solveFirst, force } = await readBuildCommand(READER, args, io);
  if (model === null) return EXIT.usage;
  const solved = solveFirst ? solvedPlanOptions(model, io) : { options: {}, code: EXIT.ok };
  const options: BudgetSheetPlanOptions = { language: activeLocale(), ...solved.options };
  const code = solved.code;
  const bytes = await writeXlsx(buildBudgetSheetPlan(model, options));
  const say = (message: string) => commandError(COMMAND, message);
  const written = await writeWorkbook(io, say, out, bytes, force);
  if (written !== EXIT.ok) return written;
  io.out(t(options.spend ? "cli.budget.wroteSolved" : "cli.budget.wrote", { path: out }));
  return code;
}

export async function runBudgetCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runSubcommand(COMMAND, t("cli.budget.usage"), { solve, build }, args, io);
}
