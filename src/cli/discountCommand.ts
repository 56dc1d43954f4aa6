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
import { CliIo, EXIT } from "./io";
import { writeWorkbook } from "./options";
import {
  commandError,
  readBuildCommand,
  readSolveCommand,
  runSubcommand,
  textTable,
  type ModelReader,
} from "./modelCommand";
import {
  buildDiscountSheetPlan,
  optimiseDiscounts,
  validateDiscountModel,
  type DiscountModelInput,
  type DiscountSheetPlanOptions,
  type DiscountSolution,
} from "../core/discount";
import { writeXlsx } from "../export/writeXlsx";
import { activeLocale, t } from "../core/i18n";
import { formatAmount, formatPercent } from "../core/numberFormat";

const COMMAND = "mkt discount";
const READER: ModelReader<DiscountModelInput> = {
  command: COMMAND,
  invalid: (path) => t("cli.discount.invalidModel", { path }),
  validate: validateDiscountModel,
};
/** "mkt discount: …". */
const say = (message: string) => commandError(COMMAND, message);

const money = (x: number) => formatAmount(x, 0, activeLocale());
const percent = (x: number, digits = 1) => formatPercent(x, digits, activeLocale());

function printSolution(model: DiscountModelInput, s: DiscountSolution, io: CliIo): void {
  if (s.status === "infeasible") {
    io.out(t("cli.discount.infeasible", { name: model.name }));
    io.out(s.message);
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
      constraints: binding.length > 0 ? binding.join("; ") : t("cli.discount.bindingNone"),
    })
  );
  io.out(t("cli.model.certificate", { explanation: s.certificate.explanation }));
}

async function solve(args: readonly string[], io: CliIo): Promise<number> {
  const { model, json } = await readSolveCommand(READER, args, io);
  if (model === null) return EXIT.usage;
  const solution = optimiseDiscounts(model);
  if (json) io.out(JSON.stringify({ name: model.name, currency: model.currency, ...solution }));
  else printSolution(model, solution, io);
  return solution.status === "optimal" ? EXIT.ok : EXIT.calcError;
}

async function build(args: readonly string[], io: CliIo): Promise<number> {
  const { model, out, solve: solveFirst, force } = await readBuildCommand(READER, args, io);
  if (model === null) return EXIT.usage;
  // The sheet speaks the command's language (--lang, else LANG): labels, notes, sheet name.
  const language = activeLocale();
  let planOptions: DiscountSheetPlanOptions = { language };
  let code: number = EXIT.ok;
  if (solveFirst) {
    const solution = optimiseDiscounts(model);
    if (solution.status === "optimal") {
      planOptions = {
        language,
        discounts: solution.discounts,
        note: t("cli.discount.noteOptimal", {
          profit: Math.round(solution.profit),
          currency: model.currency,
          explanation: solution.certificate.explanation,
        }),
      };
    } else {
      // Still write the sheet (zero discounts) so the user can inspect the floors, but say why and exit 3.
      io.err(say(t("cli.discount.writtenWithZeros", { reason: solution.message })));
      planOptions = {
        language,
        note: t("cli.discount.noteInfeasible", { reason: solution.message }),
      };
      code = EXIT.calcError;
    }
  }
  const bytes = await writeXlsx(buildDiscountSheetPlan(model, planOptions));
  const written = await writeWorkbook(io, say, out, bytes, force);
  if (written !== EXIT.ok) return written;
  io.out(
    planOptions.discounts
      ? t("cli.discount.wroteSolved", { path: out })
      : t("cli.discount.wrote", { path: out })
  );
  return code;
}

export async function runDiscountCommand(args: readonly string[], io: CliIo): Promise<number> {
  return runSubcommand(COMMAND, t("cli.discount.usage"), { solve, build }, args, io);
}
