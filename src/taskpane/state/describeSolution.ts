/**
 * Turns the engine's DiscountSolution into what the result card says: profit
 * before and after, the uplift, one line per tier, which floors bind, and the
 * certificate of global optimality in plain words. Pure, so the card's text is
 * tested without a browser.
 */
import type { DiscountSolution } from "../../core/discount";
import { formatMoney, formatPercent } from "../../core/numberFormat";

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
  return `${Number((step * 100).toPrecision(3))} percentage points`;
}

/**
 * The optimality gap as the end of a sentence: whole money units when large,
 * cents when small, and "even 0.01 more" when below a cent.
 */
export function gapInWords(gap: number, currency: string): string {
  if (gap >= 100) return `more than ${formatMoney(gap, currency)} above it`;
  if (gap >= 0.01) return `more than ${formatMoney(gap, currency, 2)} above it`;
  return `even ${formatMoney(0.01, currency, 2)} more`;
}

export function describeSolution(solution: DiscountSolution, currency: string): SolutionSummary {
  if (solution.status === "infeasible") {
    return {
      status: "infeasible",
      message: `No discounts satisfy tier "${solution.tierLabel}": ${solution.message}`,
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
    `This is the best plan, not just a good one: every tier's discount was checked on a grid of ${points(certificate.gridStep)}, ` +
      `and no other choice of discounts can earn ${gapInWords(certificate.gapBound, currency)}.`,
    certificate.explanation,
  ].filter((line) => line.trim() !== "");
  return {
    status: "optimal",
    profitBefore: formatMoney(solution.baseline, currency),
    profitAfter: formatMoney(solution.profit, currency),
    uplift: `${sign}${formatMoney(Math.abs(solution.uplift), currency)} (${sign}${formatPercent(Math.abs(solution.upliftShare))})`,
    tiers,
    bindingFloors: solution.tiers.filter((t) => t.floorBinds).map((t) => t.label),
    certificate: certificateLines,
  };
}
