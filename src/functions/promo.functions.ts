/**
 * Excel custom functions for promotions and discounts (docs/methods.md §5, §6). Each wrapper hands its raw arguments
 * to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import {
  BREAKEVEN_LIFT_ENTRY,
  BUNDLE_DISCOUNT_ENTRY,
  PROMO_INCREMENT_ENTRY,
} from "../core/catalogue/promo";
import { evaluate } from "../core/catalogue/entry";
import { toExcelResult } from "./toExcelError";

/**
 * Long-lasting effect of a promo: growth of the year's net profit with the promo over an ordinary year's profit.
 * @customfunction PROMO_INCREMENT
 * @param {any} baseline_daily_units Units sold per ordinary day; 0 or more (the ordinary year's profit must be above 0).
 * @param {any} unit_profit Profit per unit, in money; 0 or more.
 * @param {any} promo_days Number of promo days; a whole number from 0 to the year's days (days_per_month × 12, 360 by default).
 * @param {any} promo_daily_units Units sold per promo day; 0 or more.
 * @param {any} converted_buyers Trial buyers who came back ("converted" buyers); a whole number, 0 or more.
 * @param {any} monthly_units_per_buyer Average units a converted buyer buys per month; 0 or more.
 * @param {any} promo_cost Total cost of the promo, in money; 0 or more.
 * @param {any} [months_after] Optional months of the year after the promo in which converted buyers keep buying; 0 to 12, default 11.
 * @param {any} [days_per_month] Optional days per month for the ordinary year; greater than 0 and at most 31, default 30.
 * @returns {any} A fraction (format as %): 0.11 means the promo year earns 11% more net profit than an ordinary year.
 * @helpurl https://localhost:3000/help/functions.html#promo_increment
 */
export function PROMO_INCREMENT(
  baseline_daily_units: any,
  unit_profit: any,
  promo_days: any,
  promo_daily_units: any,
  converted_buyers: any,
  monthly_units_per_buyer: any,
  promo_cost: any,
  months_after?: any,
  days_per_month?: any
): any {
  return toExcelResult(
    evaluate(PROMO_INCREMENT_ENTRY, [
      baseline_daily_units,
      unit_profit,
      promo_days,
      promo_daily_units,
      converted_buyers,
      monthly_units_per_buyer,
      promo_cost,
      months_after,
      days_per_month,
    ])
  );
}

/**
 * Equivalent per-item discount of a "buy N, get M free" offer.
 * @customfunction BUNDLE_DISCOUNT
 * @param {any} buy_qty Items paid for (N in "buy N, get M free"); a whole number, 0 or more.
 * @param {any} free_qty Items given free (M); a whole number, 0 or more.
 * @returns {any} A fraction (format as %).
 * @helpurl https://localhost:3000/help/functions.html#bundle_discount
 */
export function BUNDLE_DISCOUNT(buy_qty: any, free_qty: any): any {
  return toExcelResult(evaluate(BUNDLE_DISCOUNT_ENTRY, [buy_qty, free_qty]));
}

/**
 * How many more units a discounted product must sell to earn the same gross profit as before the discount.
 * @customfunction BREAKEVEN_LIFT
 * @param {any} discount Discount off the price, a share from 0 to 1 (type 10% or 0.1).
 * @param {any} gross_margin Gross margin before the discount, a share greater than 0 and at most 1 (type 30% or 0.3).
 * @returns {any} The required growth in units as a fraction (format as %): 0.5 means 50% more units.
 * @helpurl https://localhost:3000/help/functions.html#breakeven_lift
 */
export function BREAKEVEN_LIFT(discount: any, gross_margin: any): any {
  return toExcelResult(evaluate(BREAKEVEN_LIFT_ENTRY, [discount, gross_margin]));
}
