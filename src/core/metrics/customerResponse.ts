/**
 * Customer response to a TM action (formulas.md §3): the participation rate of
 * the active customer base (AKB) and the share of new customers in sales.
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
