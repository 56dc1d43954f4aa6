/**
 * Excel custom functions for marketing strategy indicators (docs/methods.md §7). Each wrapper hands its raw arguments
 * to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import {
  ARPU_ENTRY,
  BRAND_AWARENESS_ENTRY,
  BREAKEVEN_UNITS_ENTRY,
  CHURN_RATE_ENTRY,
  CPC_ENTRY,
  CPL_ENTRY,
  LOYALTY_INDEX_ENTRY,
  MARKET_VOLUME_ENTRY,
} from "../core/catalogue/strategy";
import { evaluate } from "../core/catalogue/entry";
import { toExcelResult } from "./toExcelError";

/**
 * Cost per lead: acquisition costs per client who left contacts.
 * @customfunction CPL
 * @param {any} acquisition_cost Acquisition costs, in money; 0 or more.
 * @param {any} leads Clients with contacts; a whole number greater than 0.
 * @returns {any} Money per lead.
 * @helpurl https://localhost:3000/help/functions.html#cpl
 */
export function CPL(acquisition_cost: any, leads: any): any {
  return toExcelResult(evaluate(CPL_ENTRY, [acquisition_cost, leads]));
}

/**
 * Units that must be sold to reach a target profit after fixed costs.
 * @customfunction BREAKEVEN_UNITS
 * @param {any} target_profit Profit to reach, in money; 0 or more (0 gives the break-even volume).
 * @param {any} fixed_costs Fixed costs of the period, in money; 0 or more.
 * @param {any} unit_price Price per unit, in money; 0 or more.
 * @param {any} unit_variable_cost Variable cost per unit, in money; 0 or more.
 * @returns {any} Units.
 * @helpurl https://localhost:3000/help/functions.html#breakeven_units
 */
export function BREAKEVEN_UNITS(
  target_profit: any,
  fixed_costs: any,
  unit_price: any,
  unit_variable_cost: any
): any {
  return toExcelResult(
    evaluate(BREAKEVEN_UNITS_ENTRY, [target_profit, fixed_costs, unit_price, unit_variable_cost])
  );
}

/**
 * Domestic market volume: domestic production plus imports minus exports.
 * @customfunction MARKET_VOLUME
 * @param {any} domestic_production Domestic production, in units or money; 0 or more.
 * @param {any} imports Imports, same unit; 0 or more.
 * @param {any} exports Exports, same unit; 0 or more.
 * @returns {any} Market volume in the unit of the arguments.
 * @helpurl https://localhost:3000/help/functions.html#market_volume
 */
export function MARKET_VOLUME(domestic_production: any, imports: any, exports: any): any {
  return toExcelResult(evaluate(MARKET_VOLUME_ENTRY, [domestic_production, imports, exports]));
}

/**
 * Average revenue per user.
 * @customfunction ARPU
 * @param {any} revenue Revenue of the period, in money; 0 or more.
 * @param {any} users Number of users; a whole number greater than 0.
 * @returns {any} Money per user.
 * @helpurl https://localhost:3000/help/functions.html#arpu
 */
export function ARPU(revenue: any, users: any): any {
  return toExcelResult(evaluate(ARPU_ENTRY, [revenue, users]));
}

/**
 * Churn: the share of users lost in the period.
 * @customfunction CHURN_RATE
 * @param {any} users_lost Users lost in the period; a whole number, 0 or more.
 * @param {any} total_users Total users in the period; a whole number greater than 0.
 * @returns {any} A fraction from 0 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#churn_rate
 */
export function CHURN_RATE(users_lost: any, total_users: any): any {
  return toExcelResult(evaluate(CHURN_RATE_ENTRY, [users_lost, total_users]));
}

/**
 * Brand awareness: the share of survey respondents who know the brand.
 * @customfunction BRAND_AWARENESS
 * @param {any} aware_respondents Respondents who know the brand; a whole number, 0 or more.
 * @param {any} respondents All respondents of the survey; a whole number greater than 0.
 * @returns {any} A fraction from 0 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#brand_awareness
 */
export function BRAND_AWARENESS(aware_respondents: any, respondents: any): any {
  return toExcelResult(evaluate(BRAND_AWARENESS_ENTRY, [aware_respondents, respondents]));
}

/**
 * Cost per click: the amount spent per click.
 * @customfunction CPC
 * @param {any} spend Amount spent, in money; 0 or more.
 * @param {any} clicks Number of clicks; a whole number greater than 0.
 * @returns {any} Money per click.
 * @helpurl https://localhost:3000/help/functions.html#cpc
 */
export function CPC(spend: any, clicks: any): any {
  return toExcelResult(evaluate(CPC_ENTRY, [spend, clicks]));
}

/**
 * Loyalty index: the share of loyal customers minus the share of disloyal ones.
 * @customfunction LOYALTY_INDEX
 * @param {any} loyal Loyal customers: a count (with total) or a share (without total, type 30% or 0.3); 0 or more.
 * @param {any} disloyal Disloyal customers, in the same form as loyal; 0 or more.
 * @param {any} [total] Optional number of customers surveyed; greater than 0. Omit it when loyal and disloyal are shares.
 * @returns {any} A fraction from −1 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#loyalty_index
 */
export function LOYALTY_INDEX(loyal: any, disloyal: any, total?: any): any {
  return toExcelResult(evaluate(LOYALTY_INDEX_ENTRY, [loyal, disloyal, total]));
}
