/**
 * Customer response to a TM action (formulas.md §3): the participation rate of
 * the active customer base (AKB), the share of new customers in sales and the
 * relative growth of the AKB.
 */
import { CalcError, calcError } from "../errors";
import { MESSAGES } from "../messages";
import { shareOfWhole } from "./ratio";

/** Participation rate = participants of the TM action / customers in the AKB (§3). */
export function participationRate(
  participants: number,
  activeCustomers: number
): number | CalcError {
  return shareOfWhole(participants, activeCustomers, "participants", "active_customers");
}

/** Share of new customers in the sales structure (§3) = their sales / total sales. */
export function newCustomerShare(newCustomerSales: number, totalSales: number): number | CalcError {
  return shareOfWhole(newCustomerSales, totalSales, "new_customer_sales", "total_sales");
}

/**
 * Relative growth of the active customer base (§3) = (customers who bought now
 * − customers who bought before) / customers who bought before. Both are whole
 * counts, so the difference is exact (no noise to read as 0); the absolute
 * growth is the plain difference.
 */
export function akbGrowth(activeNow: number, activeBefore: number): number | CalcError {
  if (activeBefore === 0) return calcError("DIV0", MESSAGES.mustExceed("active_before", 0));
  return (activeNow - activeBefore) / activeBefore;
}
