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
import type { CliIo } from "./io";
import { money, runModelCommand, textTable, type ModelCommand } from "./modelCommand";
import {
  buildDiscountSheetPlan,
  optimiseDiscounts,
  validateDiscountModel,
  type DiscountModelInput,
  type DiscountSolution,
} from "../core/discount";
import { activeLocale, render, t } from "../core/i18n";
import { formatPercent } from "../core/numberFormat";

const COMMAND = "mkt discount";

const percent = (x: number, digits = 1) => formatPercent(x, digits, activeLocale());

function printSolution(model: DiscountModelInput, s: DiscountSolution, io: CliIo): void {
  if (s.status === "infeasible") {
    io.out(t("cli.discount.infeasible", { name: model.name }));
    io.out(render(activeLocale(), s.message));
    return;
  }
  io.out(t("cli.discount.optimal", { name: model.name, currency: model.currency }));
  const columns = [
    "tier",
    "discount",
    "units",
    "revenue",
    "profit",
    "margin",
    "minMargin",
    "floor",
  ] as const;
  const rows = [columns.map((c) => t(`cli.discount.column.${c}`))];
  for (const tier of s.tiers) {
    rows.push([
      tier.label,
      percent(tier.discount, 2),
      money(tier.units),
      money(tier.revenue),
      money(tier.profit),
      percent(tier.margin),
      percent(tier.minMargin),
      tier.floorBinds ? t("cli.discount.floorBinds") : t("cli.discount.floorOk"),
    ]);
  }
  for (const line of textTable(rows)) io.out(line);
  io.out(
    t("cli.discount.totals", {
      profit: Math.round(s.profit),
      baseline: Math.round(s.baseline),
      uplift: Math.round(s.uplift),
      share: `${s.uplift >= 0 ? "+" : ""}${percent(s.upliftShare)}`,
    })
  );
  if (s.baselineViolations.length > 0) {
    const names = s.baselineViolations.map((v) =>
      t("cli.discount.baselineTier", {
        tier: v.tierLabel,
        margin: percent(model.tiers[v.tierIndex].minMargin),
      })
    );
    io.out(t("cli.discount.baselineBreaks", { count: names.length, tiers: names.join(", ") }));
  }
  const binding = s.bindingConstraints;
  io.out(
    t("cli.discount.binding", {
      constraints:
        binding.length > 0
          ? binding.map((m) => render(activeLocale(), m)).join("; ")
          : t("cli.discount.bindingNone"),
    })
  );
  io.out(t("cli.model.certificate", { explanation: s.certificate.explanation }));
}

const DISCOUNT: ModelCommand<DiscountModelInput, DiscountSolution> = {
  command: COMMAND,
  usage: () => t("cli.discount.usage"),
  invalid: (path) => t("cli.discount.invalidModel", { path }),
  validate: validateDiscountModel,
  optimise: (model) => optimiseDiscounts(model),
  jsonFields: ({ name, currency }) => ({ name, currency }),
  print: printSolution,
  optimum(model, solution) {
    const note = t("cli.discount.noteOptimal", {
      profit: Math.round(solution.profit),
      currency: model.currency,
      explanation: solution.certificate.explanation,
    });
    return { values: solution.discounts, note };
  },
  // Still written, with zero discounts: the user can inspect the floors.
  unsolved: (reason) => ({
    warning: t("cli.discount.writtenWithZeros", { reason }),
    note: t("cli.discount.noteInfeasible", { reason }),
  }),
  plan: (model, { language, values, note }) =>
    buildDiscountSheetPlan(model, { language, discounts: values, note }),
  wrote: (path, solved) => t(solved ? "cli.discount.wroteSolved" : "cli.discount.wrote", { path }),
};

export function runDiscountCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runModelCommand(DISCOUNT, args, io);
}
