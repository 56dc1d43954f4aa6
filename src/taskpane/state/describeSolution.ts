/**
 * Turns the engine's DiscountSolution into what the result card says: profit
 * before and after, the uplift, one line per tier, which floors bind, and the
 * certificate of global optimality in plain words. Pure, so the card's text is
 * tested without a browser.
 */
import type { DiscountSolution } from "../../core/discount";
import { activeLocale, render, t } from "../../core/i18n";
import {
  formatMoney as formatMoneyIn,
  formatNumber,
  formatPercent as formatPercentIn,
} from "../../core/numberFormat";

/** Money and shares in the pane's language. */
const formatMoney = (value: number, currency: string, digits = 0) =>
  formatMoneyIn(value, currency, digits, activeLocale());
const formatPercent = (share: number) => formatPercentIn(share, 1, activeLocale());

export interface TierLine {
  label: string;
  discount: string;
  margin: string;
  minMargin: string;
  floorBinds: boolean;
}

export type SolutionSummary =
  | {
      status: "optimal";
      profitBefore: string;
      profitAfter: string;
      uplift: string;
      tiers: TierLine[];
      bindingFloors: string[];
      certificate: string[];
    }
  | { status: "infeasible"; message: string };

/** Grid steps are shares (0.0005); people read them as percentage points. */
function points(step: number): string {
  return formatNumber(Number((step * 100).toPrecision(3)), activeLocale());
}

/**
 * The optimality gap as the end of a sentence: whole money units when large,
 * cents when small, and "even 0.01 more" when below a cent.
 */
export function gapInWords(gap: number, currency: string): string {
  if (gap >= 100) return t("pane.result.gapAbove", { amount: formatMoney(gap, currency) });
  if (gap >= 0.01) return t("pane.result.gapAbove", { amount: formatMoney(gap, currency, 2) });
  return t("pane.result.gapBelowCent", { amount: formatMoney(0.01, currency, 2) });
}

export function describeSolution(solution: DiscountSolution, currency: string): SolutionSummary {
  if (solution.status === "infeasible") {
    return {
      status: "infeasible",
      message: t("pane.result.infeasible", { tier: solution.tierLabel, reason: solution.message }),
    };
  }
  const sign = solution.uplift >= 0 ? "+" : "−";
  const tiers = solution.tiers.map((t) => ({
    label: t.label,
    discount: formatPercent(t.discount),
    margin: formatPercent(t.margin),
    minMargin: formatPercent(t.minMargin),
    floorBinds: t.floorBinds,
  }));
  const { certificate } = solution;
  // Plain words first; the engine's technical explanation follows for those who want the method.
  const certificateLines = [
    t("pane.result.certificate", {
      step: points(certificate.gridStep),
      gap: gapInWords(certificate.gapBound, currency),
    }),
    render(activeLocale(), certificate.explanation),
  ].filter((line) => line.trim() !== "");
  return {
    status: "optimal",
    profitBefore: formatMoney(solution.baseline, currency),
    profitAfter: formatMoney(solution.profit, currency),
    uplift: t("pane.result.upliftValue", {
      sign,
      amount: formatMoney(Math.abs(solution.uplift), currency),
      share: formatPercent(Math.abs(solution.upliftShare)),
    }),
    tiers,
    bindingFloors: solution.tiers.filter((t) => t.floorBinds).map((t) => t.label),
    certificate: certificateLines,
  };
}
