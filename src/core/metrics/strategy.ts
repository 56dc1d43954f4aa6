/**
 * Marketing strategy indicators (docs/methods.md §7): cost per lead, break-even
 * volume, market volume, ARPU, churn, brand awareness, cost per click and the
 * loyalty index. Arguments arrive coerced and within their declared bounds:
 * leads, users, clicks, respondents and total are declared > 0 (0 is #DIV/0!
 * from the coercion), so only conditions over several arguments are checked here.
 */
import { CalcError, calcError } from "../errors";
import { MESSAGES } from "../messages";
import { shareOfWhole } from "./ratio";
import { difference } from "./difference";

/** Cost per lead = acquisition costs / clients with contacts. */
export function costPerLead(acquisitionCost: number, leads: number): number | CalcError {
  return acquisitionCost / leads;
}

/** Sales volume needed (units) = (target profit + fixed costs) / (unit price − unit variable cost). */
export function breakevenUnits(
  targetProfit: number,
  fixedCosts: number,
  unitPrice: number,
  unitVariableCost: number
): number | CalcError {
  const contribution = difference(unitPrice, unitVariableCost);
  if (contribution === 0) return calcError("DIV0", MESSAGES.equalPriceAndCost());
  if (contribution < 0) return calcError("NUM", MESSAGES.neverBreaksEven());
  return (targetProfit + fixedCosts) / contribution;
}

/** Market volume = domestic production + imports − exports; negative is impossible. */
export function marketVolume(
  domesticProduction: number,
  imports: number,
  exports: number
): number | CalcError {
  // Exact on purpose: a volume is a sum, not a denominator, and its native twin
  // (production + imports - exports) must agree with it to the last digit.
  const volume = domesticProduction + imports - exports;
  if (volume < 0) return calcError("NUM", MESSAGES.marketNegative());
  return volume;
}

/** ARPU = revenue / number of users. */
export function averageRevenuePerUser(revenue: number, users: number): number | CalcError {
  return revenue / users;
}

/** Churn = users lost in the period / total users in the period. */
export function churnRate(usersLost: number, totalUsers: number): number | CalcError {
  return shareOfWhole(usersLost, totalUsers, "users_lost", "total_users");
}

/** Brand awareness = respondents who know the brand / all respondents of the survey. */
export function brandAwareness(awareRespondents: number, respondents: number): number | CalcError {
  return shareOfWhole(awareRespondents, respondents, "aware_respondents", "respondents");
}

/** CPC = amount spent / number of clicks. */
export function costPerClick(spend: number, clicks: number): number | CalcError {
  return spend / clicks;
}

/**
 * Loyalty index = share loyal − share disloyal (§7). With `total` the first two
 * are counts (90 and 60 of 300 → 10%); without it (total = 1) they are shares.
 */
export function loyaltyIndex(loyal: number, disloyal: number, total: number): number | CalcError {
  // Shares that fill the total up to float noise (0.1 + 0.2 against 0.3) do not exceed it.
  if (difference(loyal + disloyal, total) > 0) return calcError("NUM", MESSAGES.loyaltyExceeds());
  return (loyal - disloyal) / total;
}
