/**
 * Excel custom functions for advertising response models (formulas.md §10). Each wrapper hands its raw arguments
 * to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import { ADBUDG_ENTRY, VIDALE_WOLFE_ENTRY } from "../core/catalogue/responseModels";
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
