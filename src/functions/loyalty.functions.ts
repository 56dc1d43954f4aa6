/**
 * Excel custom functions for loyalty programmes (formulas.md §8). Each wrapper hands its raw arguments
 * to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import {
  ENGAGEMENT_RATE_ENTRY,
  REDEMPTION_RATE_ENTRY,
  REPEAT_RATE_ENTRY,
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
