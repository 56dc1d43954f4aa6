/**
 * Excel custom functions for merchandising and POSM (docs/methods.md §4). Each wrapper hands its raw arguments
 * to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import {
  POSM_PAYBACK_ENTRY,
  POSM_PROFIT_ENTRY,
  POSM_ROI_ENTRY,
  TEMP_POSM_PROFIT_ENTRY,
} from "../core/catalogue/posm";
import { evaluate } from "../core/catalogue/entry";
import { toExcelResult } from "./toExcelError";

/**
 * Net profit from a permanent POSM (rack, fridge, display) over its placement period.
 * @customfunction POSM_PROFIT
 * @param {any} monthly_unit_uplift Extra units sold per month thanks to the POSM (vs. comparable stores without it); any value, negative if sales fell.
 * @param {any} unit_profit Profit per unit sold, in money; 0 or more.
 * @param {any} monthly_placement_cost What the placement costs per month (fee to the store, service), in money; 0 or more.
 * @param {any} placement_months Months the POSM stays in place (its warranty or real service life); 0 or more.
 * @param {any} production_cost One-off production cost of the POSM, in money; 0 or more.
 * @returns {any} Money; negative means the POSM does not pay back within the period.
 * @helpurl https://localhost:3000/help/functions.html#posm_profit
 */
export function POSM_PROFIT(
  monthly_unit_uplift: any,
  unit_profit: any,
  monthly_placement_cost: any,
  placement_months: any,
  production_cost: any
): any {
  return toExcelResult(
    evaluate(POSM_PROFIT_ENTRY, [
      monthly_unit_uplift,
      unit_profit,
      monthly_placement_cost,
      placement_months,
      production_cost,
    ])
  );
}

/**
 * Profitability of a permanent POSM: its net profit over its costs (placement for the period plus production).
 * @customfunction POSM_ROI
 * @param {any} monthly_unit_uplift Extra units sold per month thanks to the POSM (vs. comparable stores without it); any value, negative if sales fell.
 * @param {any} unit_profit Profit per unit sold, in money; 0 or more.
 * @param {any} monthly_placement_cost What the placement costs per month (fee to the store, service), in money; 0 or more.
 * @param {any} placement_months Months the POSM stays in place (its warranty or real service life); 0 or more.
 * @param {any} production_cost One-off production cost of the POSM, in money; 0 or more.
 * @returns {any} A fraction (format as %); negative means a loss.
 * @helpurl https://localhost:3000/help/functions.html#posm_roi
 */
export function POSM_ROI(
  monthly_unit_uplift: any,
  unit_profit: any,
  monthly_placement_cost: any,
  placement_months: any,
  production_cost: any
): any {
  return toExcelResult(
    evaluate(POSM_ROI_ENTRY, [
      monthly_unit_uplift,
      unit_profit,
      monthly_placement_cost,
      placement_months,
      production_cost,
    ])
  );
}

/**
 * Months a permanent POSM needs to pay back its production cost from the extra monthly profit.
 * @customfunction POSM_PAYBACK
 * @param {any} production_cost One-off production cost of the POSM, in money; 0 or more.
 * @param {any} monthly_unit_uplift Extra units sold per month thanks to the POSM (vs. comparable stores without it); any value, negative if sales fell.
 * @param {any} unit_profit Profit per unit sold, in money; 0 or more.
 * @param {any} monthly_placement_cost What the placement costs per month (fee to the store, service), in money; 0 or more.
 * @returns {any} Months; optimal when at most the POSM's warranty or real service life.
 * @helpurl https://localhost:3000/help/functions.html#posm_payback
 */
export function POSM_PAYBACK(
  production_cost: any,
  monthly_unit_uplift: any,
  unit_profit: any,
  monthly_placement_cost: any
): any {
  return toExcelResult(
    evaluate(POSM_PAYBACK_ENTRY, [
      production_cost,
      monthly_unit_uplift,
      unit_profit,
      monthly_placement_cost,
    ])
  );
}

/**
 * Monthly profit of temporary POSM (wobblers, flags, shelf talkers): the uplift's profit minus the kit and placement costs.
 * @customfunction TEMP_POSM_PROFIT
 * @param {any} monthly_unit_uplift Extra units sold per month thanks to the POSM (vs. comparable stores without it); any value, negative if sales fell.
 * @param {any} unit_profit Profit per unit sold, in money; 0 or more.
 * @param {any} monthly_kit_cost Cost of the material kit per month, in money; 0 or more.
 * @param {any} monthly_placement_cost What the placement costs per month (fee to the store, service), in money; 0 or more.
 * @returns {any} Money per month; it must be positive, temporary POSM has to pay for itself within the month.
 * @helpurl https://localhost:3000/help/functions.html#temp_posm_profit
 */
export function TEMP_POSM_PROFIT(
  monthly_unit_uplift: any,
  unit_profit: any,
  monthly_kit_cost: any,
  monthly_placement_cost: any
): any {
  return toExcelResult(
    evaluate(TEMP_POSM_PROFIT_ENTRY, [
      monthly_unit_uplift,
      unit_profit,
      monthly_kit_cost,
      monthly_placement_cost,
    ])
  );
}
