/**
 * Merchandising and POSM economics (docs/methods.md §4.2, §4.3).
 *
 * Decision (§4.2): the article's net-profit line mixes a monthly first term
 * with a whole-period second term; the product takes the whole placement
 * period, net profit = months × (uplift × unit profit − monthly placement cost)
 * − production cost. This agrees with the payback formula: profit ≥ 0 exactly
 * when months ≥ payback. When the monthly profit from the uplift does not exceed
 * the monthly placement cost, POSM never pays back: #NUM!, never a negative
 * number of months.
 */
import { CalcError, calcError } from "../errors";
import { MESSAGES } from "../messages";
import { difference } from "./difference";

/** Monthly contribution of a placement: uplift × unit profit − monthly placement cost. */
function monthlyMargin(
  monthlyUnitUplift: number,
  unitProfit: number,
  monthlyPlacementCost: number
): number {
  // Read as 0 when the two cancel up to float noise, so that "breaks even every month"
  // is never a payback of 10^19 months, and POSM_PROFIT agrees with POSM_PAYBACK.
  return difference(monthlyUnitUplift * unitProfit, monthlyPlacementCost);
}

/** Net profit from a permanent POSM over the placement period (§4.2, Decision). */
export function posmProfit(
  monthlyUnitUplift: number,
  unitProfit: number,
  monthlyPlacementCost: number,
  placementMonths: number,
  productionCost: number
): number {
  return (
    placementMonths * monthlyMargin(monthlyUnitUplift, unitProfit, monthlyPlacementCost) -
    productionCost
  );
}

/** Profitability (§4.2) = net profit / POSM costs (placement over the period + production). */
export function posmRoi(
  monthlyUnitUplift: number,
  unitProfit: number,
  monthlyPlacementCost: number,
  placementMonths: number,
  productionCost: number
): number | CalcError {
  const costs = monthlyPlacementCost * placementMonths + productionCost;
  if (costs === 0) return calcError("DIV0", MESSAGES.noPosmCost());
  // Costs that overflowed would turn any profit into a confident 0% return.
  if (!Number.isFinite(costs)) return calcError("NUM", MESSAGES.resultNotFinite());
  return (
    posmProfit(
      monthlyUnitUplift,
      unitProfit,
      monthlyPlacementCost,
      placementMonths,
      productionCost
    ) / costs
  );
}

/** Payback in months (§4.2) = production cost / (uplift × unit profit − monthly placement cost). */
export function posmPayback(
  productionCost: number,
  monthlyUnitUplift: number,
  unitProfit: number,
  monthlyPlacementCost: number
): number | CalcError {
  const margin = monthlyMargin(monthlyUnitUplift, unitProfit, monthlyPlacementCost);
  // An overflowed margin (uplift × unit profit above 1.8e308) would read as "pays back in 0 months".
  if (!Number.isFinite(margin)) return calcError("NUM", MESSAGES.resultNotFinite());
  // Nothing produced and no monthly loss: nothing to pay back, profit is >= 0 from the start.
  if (productionCost === 0 && margin >= 0) return 0;
  if (margin <= 0) return calcError("NUM", MESSAGES.neverPaysBack());
  return productionCost / margin;
}

/**
 * Monthly profit of temporary POSM (§4.3) = profit from the monthly sales
 * increase − monthly material kit cost − monthly placement cost. No payback:
 * temporary POSM must pay for itself within the month.
 */
export function tempPosmProfit(
  monthlyUnitUplift: number,
  unitProfit: number,
  monthlyKitCost: number,
  monthlyPlacementCost: number
): number {
  return monthlyUnitUplift * unitProfit - monthlyKitCost - monthlyPlacementCost;
}
