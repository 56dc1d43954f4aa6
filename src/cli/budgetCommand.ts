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
import type { CliIo } from "./io";
import {
  buildBudgetSheetPlan,
  optimiseBudget,
  validateBudgetModel,
  type BudgetModelInput,
  type BudgetSolution,
} from "../core/budget";
import { activeLocale, render, t } from "../core/i18n";
import { formatAmount } from "../core/numberFormat";
import { money, runModelCommand, textTable, type ModelCommand } from "./modelCommand";

const COMMAND = "mkt budget";

/** Marginal returns are profit per unit of money: two decimals read as "0.23 per 1 spent". */
const perUnit = (x: number) => formatAmount(x, 2, activeLocale());

function printSolution(model: BudgetModelInput, s: BudgetSolution, io: CliIo): void {
  if (s.status === "infeasible") {
    io.out(t("cli.budget.infeasible", { name: model.name }));
    io.out(render(activeLocale(), s.message));
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

const BUDGET: ModelCommand<BudgetModelInput, BudgetSolution> = {
  command: COMMAND,
  usage: () => t("cli.budget.usage"),
  invalid: (path) => t("cli.budget.invalidModel", { path }),
  validate: validateBudgetModel,
  optimise: (model) => optimiseBudget(model),
  jsonFields: ({ name, currency, budget, spendAll }) => ({ name, currency, budget, spendAll }),
  print: printSolution,
  optimum(model, solution) {
    const { totalProfit: profit, certificate } = solution;
    const note = t("cli.budget.noteOptimal", {
      profit,
      currency: model.currency,
      explanation: certificate.explanation,
    });
    return { values: solution.channels.map((c) => c.spend), note };
  },
  // Still written, at the minimum spends.
  unsolved: (reason) => ({
    warning: t("cli.budget.writtenAtMinimums", { reason }),
    note: t("cli.budget.noteInfeasible", { reason }),
  }),
  plan: (model, { language, values, note }) =>
    buildBudgetSheetPlan(model, { language, spend: values, note }),
  wrote: (path, solved) => t(solved ? "cli.budget.wroteSolved" : "cli.budget.wrote", { path }),
};

export function runBudgetCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runModelCommand(BUDGET, args, io);
}
