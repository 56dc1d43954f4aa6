/**
 * Excel custom functions for loyalty programmes and customer lifetime value (docs/methods.md §8). Each wrapper hands its raw arguments
 * to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import {
  CLV_ENTRY,
  CONVERSION_RATE_ENTRY,
  ENGAGEMENT_RATE_ENTRY,
  REDEMPTION_RATE_ENTRY,
  REPEAT_RATE_ENTRY,
  RETENTION_RATE_ENTRY,
} from "../core/catalogue/loyalty";
import { evaluate } from "../core/catalogue/entry";
import { toExcelResult } from "./toExcelError";

/**
 * Redemption rate: the share of issued bonuses that customers used to pay for later purchases.
 * @customfunction REDEMPTION_RATE
 * @param {any} bonuses_redeemed Bonuses used to pay, in points or money; 0 or more.
 * @param {any} bonuses_issued Bonuses issued, in the same unit; greater than 0.
 * @returns {any} A fraction from 0 to 1 (format as %); below 20% the programme does not work.
 * @helpurl https://localhost:3000/help/functions.html#redemption_rate
 */
export function REDEMPTION_RATE(bonuses_redeemed: any, bonuses_issued: any): any {
  return toExcelResult(evaluate(REDEMPTION_RATE_ENTRY, [bonuses_redeemed, bonuses_issued]));
}

/**
 * Engagement rate: the share of programme members who earned or spent points.
 * @customfunction ENGAGEMENT_RATE
 * @param {any} engaged_customers Members who earned or spent points; a whole number, 0 or more.
 * @param {any} programme_members All programme members; a whole number greater than 0.
 * @returns {any} A fraction from 0 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#engagement_rate
 */
export function ENGAGEMENT_RATE(engaged_customers: any, programme_members: any): any {
  return toExcelResult(evaluate(ENGAGEMENT_RATE_ENTRY, [engaged_customers, programme_members]));
}

/**
 * Repeat customer rate: the share of customers who bought more than once.
 * @customfunction REPEAT_RATE
 * @param {any} repeat_customers Customers who bought more than once; a whole number, 0 or more.
 * @param {any} total_customers All customers of the period; a whole number greater than 0.
 * @returns {any} A fraction from 0 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#repeat_rate
 */
export function REPEAT_RATE(repeat_customers: any, total_customers: any): any {
  return toExcelResult(evaluate(REPEAT_RATE_ENTRY, [repeat_customers, total_customers]));
}
/**
 * Conversion rate: the share of visitors (of a site, a shop, a promotion) who bought or signed up.
 * @customfunction CONVERSION_RATE
 * @param {any} conversions Visitors who converted (bought, ordered, signed up); a whole number, 0 or more.
 * @param {any} visitors All visitors of the period; a whole number greater than 0.
 * @returns {any} A fraction from 0 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#conversion_rate
 */
export function CONVERSION_RATE(conversions: any, visitors: any): any {
  return toExcelResult(evaluate(CONVERSION_RATE_ENTRY, [conversions, visitors]));
}

/**
 * Retention rate: the share of the customers at the start of the period still customers at its end.
 * @customfunction RETENTION_RATE
 * @param {any} customers_end Customers at the end of the period; a whole number, 0 or more.
 * @param {any} new_customers Customers gained during the period (counted in customers_end); a whole number, 0 or more.
 * @param {any} customers_start Customers at the start of the period; a whole number greater than 0.
 * @returns {any} A fraction from 0 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#retention_rate
 */
export function RETENTION_RATE(customers_end: any, new_customers: any, customers_start: any): any {
  return toExcelResult(
    evaluate(RETENTION_RATE_ENTRY, [customers_end, new_customers, customers_start])
  );
}

/**
 * Customer lifetime value: the discounted margins a customer brings while they stay (simple Gupta-Lehmann form).
 * @customfunction CLV
 * @param {any} margin Margin the customer brings each period, in money (revenue minus the cost of serving them); negative for a customer who costs money.
 * @param {any} retention_rate Share of customers kept from one period to the next, e.g. 80% or 0.8; 0 to 1 (MKT.RETENTION_RATE).
 * @param {any} discount_rate Discount rate per period (the cost of money), e.g. 10% or 0.1; 0 to 1, same period as the retention rate.
 * @returns {any} Money per customer: the present value of the margins after the current period.
 * @helpurl https://localhost:3000/help/functions.html#clv
 */
export function CLV(margin: any, retention_rate: any, discount_rate: any): any {
  return toExcelResult(evaluate(CLV_ENTRY, [margin, retention_rate, discount_rate]));
}
