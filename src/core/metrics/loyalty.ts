/**
 * Loyalty programme rates (formulas.md §8). All three are shares of a whole;
 * a redemption rate below 20% means the programme does not work.
 */
import { CalcError } from "../errors";
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
