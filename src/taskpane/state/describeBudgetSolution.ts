/**
 * Turns the budget engine's solution into what the result card says: profit
 * at today's spends and at the optimum, the change, the spend and marginal
 * return of each channel, and the certificate in plain words ("proved optimal
 * within 0.0001% of profit"). Pure, so the card's text is tested in Node; it
 * is computed at render time, so it follows the pane's language.
 */
import type { BudgetModelInput, BudgetSolution } from "../../core/budget";
import { GAP_SCALE_FLOOR } from "../../core/budget/optimise";
import { activeLocale, render, t } from "../../core/i18n";
import { formatAmount, formatMoney, formatPercentShort } from "../../core/numberFormat";
import { gapInWords } from "./describeSolution";

export interface ChannelLine {
  label: string;
  spend: string;
  today: string | null;
  /** Profit per one more unit of money: two decimals ("0.23"). */
  marginal: string;
  atBound: "min" | "max" | null;
}

export type BudgetSummary =
  | {
      status: "optimal";
      profitBefore: string | null;
      profitAfter: string;
      change: string | null;
      spent: string;
      currency: string;
      channels: ChannelLine[];
      /** The certificate in one plain sentence. */
      certificate: string;
      /** The engine's own account of the method, for those who want it. */
      explanation: string;
    }
  | { status: "infeasible"; message: string };

/** Certificates are stated no finer than this share (0.0001%): below it the figure is noise to a reader. */
const SHARE_FLOOR = 1e-6;

/**
 * The gap as a share of profit, rounded UP to two significant digits, so the
 * sentence never claims more than was proved. Relative to at least
 * GAP_SCALE_FLOOR money units, as the engine's own stopping rule.
 */
export function provedShare(gap: number, profit: number): string {
  const share = Math.max(gap / Math.max(Math.abs(profit), GAP_SCALE_FLOOR), SHARE_FLOOR);
  const step = 10 ** (Math.floor(Math.log10(share)) - 1);
  return formatPercentShort(Math.ceil(share / step - 1e-9) * step, 8, activeLocale());
}

export function describeBudgetSolution(
  solution: BudgetSolution,
  model: BudgetModelInput
): BudgetSummary {
  const locale = activeLocale();
  // The optimiser's sentences are data: rendered here, so the card follows the pane's language.
  if (solution.status === "infeasible")
    return { status: "infeasible", message: render(locale, solution.message) };
  const money = (x: number) => formatMoney(x, model.currency, 0, locale);
  const amount = (x: number) => formatAmount(x, 0, locale);
  const { certificate, currentProfit, totalProfit } = solution;
  const change =
    currentProfit === null
      ? null
      : `${totalProfit >= currentProfit ? "+" : "−"}${money(Math.abs(totalProfit - currentProfit))}`;
  const words = {
    share: provedShare(certificate.gapBound, totalProfit),
    gap: gapInWords(certificate.gapBound, model.currency),
  };
  return {
    status: "optimal",
    profitBefore: currentProfit === null ? null : money(currentProfit),
    profitAfter: money(totalProfit),
    change,
    spent: t("pane.budget.result.spentValue", {
      spend: money(solution.totalSpend),
      budget: amount(model.budget),
    }),
    currency: model.currency,
    // In the table the currency is said once, in its caption: the columns must fit the pane.
    channels: solution.channels.map((c) => ({
      label: c.label,
      spend: amount(c.spend),
      today: c.currentSpend === null ? null : amount(c.currentSpend),
      // Rounded first, so a return of −0.001 shows as 0.00, not −0.00.
      marginal: formatAmount(Math.round(c.marginalReturn * 100) / 100 || 0, 2, locale),
      atBound: c.atBound,
    })),
    certificate: certificate.reachedTarget
      ? t("pane.budget.result.proved", words)
      : t("pane.budget.result.notProved", words),
    explanation: render(locale, certificate.explanation),
  };
}
