/**
 * Excel custom functions for campaign economics (docs/methods.md §1). Each wrapper hands its raw arguments
 * to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import {
  COST_PER_EXTRA_UNIT_ENTRY,
  ROI_ENTRY,
  ROMI_ENTRY,
  ROMI_RATING_ENTRY,
  SALES_LIFT_PER_COST_ENTRY,
  TM_COST_SHARE_ENTRY,
} from "../core/catalogue/campaign";
import { evaluate } from "../core/catalogue/entry";
import { toExcelResult } from "./toExcelError";

/**
 * Return on marketing investment: incremental gross profit minus the marketing cost, per unit of that cost.
 * @customfunction ROMI
 * @param {any} incremental_revenue Extra revenue the campaign brought, in money (or extra gross profit when gross_margin is omitted); any value, negative if sales fell.
 * @param {any} marketing_cost What the campaign cost, in money; greater than 0.
 * @param {any} [gross_margin] Optional gross margin on the incremental revenue, a share greater than 0 and at most 1 (type 40% or 0.4); default 1.
 * @returns {any} ROMI as a fraction (format as %): 0.5 means the campaign returned its cost plus 50%.
 * @helpurl https://localhost:3000/help/functions.html#romi
 */
export function ROMI(incremental_revenue: any, marketing_cost: any, gross_margin?: any): any {
  return toExcelResult(evaluate(ROMI_ENTRY, [incremental_revenue, marketing_cost, gross_margin]));
}

/**
 * The article's verbal rating of a ROMI: below acceptable, acceptable, good, excellent or outstanding.
 * @customfunction ROMI_RATING
 * @param {any} romi A ROMI as a fraction (type 45% or 0.45), e.g. the result of MKT.ROMI; any value.
 * @param {any} [language] Optional language of the text: "en" (default), "ru" or "kk".
 * @returns {any} The band as text in the chosen language.
 * @helpurl https://localhost:3000/help/functions.html#romi_rating
 */
export function ROMI_RATING(romi: any, language?: any): any {
  return toExcelResult(evaluate(ROMI_RATING_ENTRY, [romi, language]));
}

/**
 * Return on investment of a marketing strategy from unit economics: unit margin times units sold, minus the investment, per unit invested.
 * @customfunction ROI
 * @param {any} unit_revenue Revenue (price) per unit, in money; 0 or more.
 * @param {any} unit_cost Cost per unit, in money; 0 or more.
 * @param {any} units_sold Number of units sold (may be fractional, e.g. tonnes); 0 or more.
 * @param {any} investment Amount invested, in money; greater than 0.
 * @returns {any} ROI as a fraction (format as %); negative means the money was spent ineffectively.
 * @helpurl https://localhost:3000/help/functions.html#roi
 */
export function ROI(unit_revenue: any, unit_cost: any, units_sold: any, investment: any): any {
  return toExcelResult(evaluate(ROI_ENTRY, [unit_revenue, unit_cost, units_sold, investment]));
}

/**
 * Real sales increment per unit of money spent on a trade-marketing activity.
 * @customfunction SALES_LIFT_PER_COST
 * @param {any} sales_now Sales of the current period, in money; 0 or more.
 * @param {any} sales_before Sales of the previous period, in money; 0 or more.
 * @param {any} tm_cost Cost of the TM activity, in money; greater than 0.
 * @returns {any} Extra sales (money) per unit of TM cost; higher is better, negative if sales fell.
 * @helpurl https://localhost:3000/help/functions.html#sales_lift_per_cost
 */
export function SALES_LIFT_PER_COST(sales_now: any, sales_before: any, tm_cost: any): any {
  return toExcelResult(evaluate(SALES_LIFT_PER_COST_ENTRY, [sales_now, sales_before, tm_cost]));
}

/**
 * Cost of each additional unit sold thanks to a trade-marketing activity.
 * @customfunction COST_PER_EXTRA_UNIT
 * @param {any} units_now Units sold in the current period; 0 or more.
 * @param {any} units_before Units sold in the previous period; 0 or more.
 * @param {any} tm_cost Cost of the TM activity, in money; 0 or more.
 * @returns {any} Money per extra unit sold; lower is better.
 * @helpurl https://localhost:3000/help/functions.html#cost_per_extra_unit
 */
export function COST_PER_EXTRA_UNIT(units_now: any, units_before: any, tm_cost: any): any {
  return toExcelResult(evaluate(COST_PER_EXTRA_UNIT_ENTRY, [units_now, units_before, tm_cost]));
}

/**
 * Share of trade-marketing costs in the additional (or total) turnover they brought.
 * @customfunction TM_COST_SHARE
 * @param {any} tm_cost TM costs, in money; 0 or more.
 * @param {any} additional_turnover Additional turnover (or total turnover), in money; greater than 0.
 * @returns {any} A fraction (format as %); at most 10% is good.
 * @helpurl https://localhost:3000/help/functions.html#tm_cost_share
 */
export function TM_COST_SHARE(tm_cost: any, additional_turnover: any): any {
  return toExcelResult(evaluate(TM_COST_SHARE_ENTRY, [tm_cost, additional_turnover]));
}
