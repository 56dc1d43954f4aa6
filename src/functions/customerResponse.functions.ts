/**
 * Excel custom functions for customer response (docs/methods.md §3). Each wrapper hands its raw arguments
 * to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import {
  AKB_GROWTH_ENTRY,
  NEW_CUSTOMER_SHARE_ENTRY,
  PARTICIPATION_RATE_ENTRY,
} from "../core/catalogue/customerResponse";
import { evaluate } from "../core/catalogue/entry";
import { toExcelResult } from "./toExcelError";

/**
 * Share of the active customer base (customers who bought in the period) that took part in the TM action.
 * @customfunction PARTICIPATION_RATE
 * @param {any} participants Customers who took part in the action; a whole number, 0 or more.
 * @param {any} active_customers Customers in the active base (AKB) for the period; a whole number greater than 0.
 * @returns {any} A fraction from 0 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#participation_rate
 */
export function PARTICIPATION_RATE(participants: any, active_customers: any): any {
  return toExcelResult(evaluate(PARTICIPATION_RATE_ENTRY, [participants, active_customers]));
}

/**
 * Share of new customers in the sales structure: their sales over total sales.
 * @customfunction NEW_CUSTOMER_SHARE
 * @param {any} new_customer_sales Sales to new customers in the period, in money; 0 or more.
 * @param {any} total_sales Total sales in the period, in money; greater than 0.
 * @returns {any} A fraction from 0 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#new_customer_share
 */
export function NEW_CUSTOMER_SHARE(new_customer_sales: any, total_sales: any): any {
  return toExcelResult(evaluate(NEW_CUSTOMER_SHARE_ENTRY, [new_customer_sales, total_sales]));
}
/**
 * Relative growth of the active customer base (AKB): customers who bought now against before.
 * @customfunction AKB_GROWTH
 * @param {any} active_now Customers who bought in the current period (the AKB now); a whole number, 0 or more.
 * @param {any} active_before Customers who bought in the period compared against; a whole number greater than 0.
 * @returns {any} A fraction, −1 or more (format as %); negative when the base shrank.
 * @helpurl https://localhost:3000/help/functions.html#akb_growth
 */
export function AKB_GROWTH(active_now: any, active_before: any): any {
  return toExcelResult(evaluate(AKB_GROWTH_ENTRY, [active_now, active_before]));
}
