/**
 * Customer response to a TM action (docs/methods.md §3): the participation rate of
 * the active customer base (AKB), the share of new customers in sales and the
 * relative growth of the AKB.
 */
import { CalcError } from "../errors";
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
 * growth is the plain difference. active_before is declared > 0: its 0 is
 * #DIV/0! from the coercion, before this runs.
 */
export function akbGrowth(activeNow: number, activeBefore: number): number | CalcError {
  return (activeNow - activeBefore) / activeBefore;
}
