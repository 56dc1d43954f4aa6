/**
 * Loyalty rates (docs/methods.md §8) and the value of keeping customers. The
 * programme rates, the conversion rate and the retention rate are shares of a
 * whole; a redemption rate below 20% means the programme does not work.
 * Customer lifetime value is the relationship-marketing article's gain of
 * loyalty, in the simple Gupta-Lehmann form.
 */
import { CalcError, calcError } from "../errors";
import { MESSAGES } from "../messages";
import { difference } from "./difference";
import { shareOfWhole } from "./ratio";

/** Redemption rate = bonuses used to pay for later purchases / bonuses issued. */
export function redemptionRate(bonusesRedeemed: number, bonusesIssued: number): number | CalcError {
  return shareOfWhole(bonusesRedeemed, bonusesIssued, "bonuses_redeemed", "bonuses_issued");
}

/** Engagement rate = customers who earned or spent points / programme members. */
export function engagementRate(
  engagedCustomers: number,
  programmeMembers: number
): number | CalcError {
  return shareOfWhole(engagedCustomers, programmeMembers, "engaged_customers", "programme_members");
}

/** Repeat customer rate = customers who bought more than once / all customers. */
export function repeatRate(repeatCustomers: number, totalCustomers: number): number | CalcError {
  return shareOfWhole(repeatCustomers, totalCustomers, "repeat_customers", "total_customers");
}

/** Conversion rate = visitors who converted (bought, signed up) / all visitors. */
export function conversionRate(conversions: number, visitors: number): number | CalcError {
  return shareOfWhole(conversions, visitors, "conversions", "visitors");
}

/**
 * Retention rate = (customers at the end − new customers) / customers at the
 * start: the customers of the start still there at the end. New customers
 * above the end count, or more kept than there were, mean the three counts do
 * not describe one period: #NUM!.
 */
export function retentionRate(
  customersEnd: number,
  newCustomers: number,
  customersStart: number
): number | CalcError {
  if (newCustomers > customersEnd)
    return calcError("NUM", MESSAGES.exceeds("new_customers", "customers_end"));
  // Whole counts: the difference is exact.
  return shareOfWhole(
    customersEnd - newCustomers,
    customersStart,
    "customers_end − new_customers",
    "customers_start"
  );
}

/**
 * Customer lifetime value, Gupta and Lehmann's simple form: a margin m earned
 * at the end of every period the customer stays, kept with probability r each
 * period, discounted at i: Σ_{t≥1} m·r^t/(1+i)^t = m·r/(1+i−r). The series
 * converges only when r < 1 + i; a customer kept for ever (r = 1) with no
 * discounting (i = 0) has no finite value: #NUM!. The first period's margin
 * is not included (add it for m·(1+i)/(1+i−r)).
 */
export function customerLifetimeValue(
  margin: number,
  retention: number,
  discountRate: number
): number | CalcError {
  const denominator = difference(1 + discountRate, retention);
  if (denominator <= 0) return calcError("NUM", MESSAGES.noFiniteLifetime());
  return (margin * retention) / denominator;
}
