/**
 * Excel custom functions for advertising response models (docs/methods.md §10). Each wrapper hands its raw arguments
 * to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import {
  ADBUDG_CALIBRATE_ENTRY,
  ADBUDG_ENTRY,
  ADBUDG_FIT_ENTRY,
  VIDALE_WOLFE_ENTRY,
} from "../core/catalogue/responseModels";
import { evaluate } from "../core/catalogue/entry";
import { toExcelResult } from "./toExcelError";

/**
 * Little's ADBUDG S-curve: the sales response to an advertising spend, between a floor and a saturation ceiling.
 * @customfunction ADBUDG
 * @param {any} spend Advertising spend (A), in money; 0 or more.
 * @param {any} min_response Response with no advertising (the floor), in sales units or money; 0 or more.
 * @param {any} max_response Response at saturation (the ceiling), same unit; at least min_response.
 * @param {any} shape Shape γ; greater than 0 (above 1 gives an S-curve, up to 1 a concave curve).
 * @param {any} half_saturation_spend Spend K at which the response is halfway between floor and ceiling, in money; greater than 0.
 * @returns {any} The response, in the unit of min_response and max_response.
 * @helpurl https://localhost:3000/help/functions.html#adbudg
 */
export function ADBUDG(
  spend: any,
  min_response: any,
  max_response: any,
  shape: any,
  half_saturation_spend: any
): any {
  return toExcelResult(
    evaluate(ADBUDG_ENTRY, [spend, min_response, max_response, shape, half_saturation_spend])
  );
}

/**
 * Vidale-Wolfe steady-state sales: where the pull of advertising on untapped demand balances the decay of sales.
 * @customfunction VIDALE_WOLFE
 * @param {any} spend Advertising spend rate (A), in money per period; 0 or more.
 * @param {any} response_rate Sales response constant r (sales per unit of spend when the market is untapped); 0 or more.
 * @param {any} saturation_sales Saturation level M of sales, in sales units per period; greater than 0.
 * @param {any} decay_rate Decay constant λ: the share of sales lost per period without advertising; 0 or more.
 * @returns {any} Steady-state sales, in the unit of saturation_sales.
 * @helpurl https://localhost:3000/help/functions.html#vidale_wolfe
 */
export function VIDALE_WOLFE(
  spend: any,
  response_rate: any,
  saturation_sales: any,
  decay_rate: any
): any {
  return toExcelResult(
    evaluate(VIDALE_WOLFE_ENTRY, [spend, response_rate, saturation_sales, decay_rate])
  );
}

/**
 * Little's judgemental calibration of ADBUDG: the shape and half-saturation spend through two points on the curve, as a row of two cells.
 * @customfunction ADBUDG_CALIBRATE
 * @param {any} min_response Response with no spend (the floor), in sales units or money; 0 or more.
 * @param {any} max_response Response at saturation (the ceiling), same unit; greater than min_response.
 * @param {any} spend_1 A spend whose response you can state, e.g. today's; greater than 0.
 * @param {any} response_1 The response at spend_1; strictly between min_response and max_response.
 * @param {any} spend_2 A second spend (Little asked for +50%); greater than 0, not spend_1.
 * @param {any} response_2 The response at spend_2; strictly between min_response and max_response.
 * @returns {any[][]} A row of two cells: the shape γ and the half-saturation spend K (money), ready for MKT.ADBUDG.
 * @helpurl https://localhost:3000/help/functions.html#adbudg_calibrate
 */
export function ADBUDG_CALIBRATE(
  min_response: any,
  max_response: any,
  spend_1: any,
  response_1: any,
  spend_2: any,
  response_2: any
): any[][] {
  // An error value is a valid result of an array function too: Excel shows it in the first cell.
  return <any[][]>(
    toExcelResult(
      evaluate(ADBUDG_CALIBRATE_ENTRY, [
        min_response,
        max_response,
        spend_1,
        response_1,
        spend_2,
        response_2,
      ])
    )
  );
}

/**
 * Fits an ADBUDG curve to history by least squares: floor, ceiling, shape and half-saturation spend, as a row of four cells.
 * @customfunction ADBUDG_FIT
 * @param {any[][]} spend Past spends, one per period, in money; 0 or more.
 * @param {any[][]} response The response in the same periods (sales in units or money), same number of cells; 0 or more.
 * @returns {any[][]} A row of four cells: min_response, max_response, shape and half_saturation_spend, ready for MKT.ADBUDG.
 * @helpurl https://localhost:3000/help/functions.html#adbudg_fit
 */
export function ADBUDG_FIT(spend: any[][], response: any[][]): any[][] {
  // An error value is a valid result of an array function too: Excel shows it in the first cell.
  return <any[][]>toExcelResult(evaluate(ADBUDG_FIT_ENTRY, [spend, response]));
}
