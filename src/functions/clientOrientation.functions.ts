/**
 * Excel custom functions for the client-orientation model (docs/methods.md §9). Each wrapper hands its raw arguments
 * to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import {
  HYPOTHESIS_CONFIRMED_ENTRY,
  INFLUENCE_COEF_ENTRY,
  SERVICE_EFFECT_ENTRY,
} from "../core/catalogue/clientOrientation";
import { evaluate } from "../core/catalogue/entry";
import { toExcelResult } from "./toExcelError";

/**
 * Extra visitors (or checks) per day a new service brings: daily visitors × target group's traffic share × influence coefficient.
 * @customfunction SERVICE_EFFECT
 * @param {any} daily_visitors Current average visitors per day (N_cl); 0 or more.
 * @param {any} traffic_share The target group's share of the traffic (p_t), from 0 to 1 (type 10% or 0.1); add the shares when the group has two.
 * @param {any} influence_coef Influence coefficient on visit frequency (q_f) or on checks (q_ch), from 0 to 5.
 * @returns {any} Extra visitors (with q_f) or extra checks (with q_ch) per day.
 * @helpurl https://localhost:3000/help/functions.html#service_effect
 */
export function SERVICE_EFFECT(daily_visitors: any, traffic_share: any, influence_coef: any): any {
  return toExcelResult(
    evaluate(SERVICE_EFFECT_ENTRY, [daily_visitors, traffic_share, influence_coef])
  );
}

/**
 * Overall influence coefficient of a service for a group: the sum of the group's scores over the number of respondents.
 * @customfunction INFLUENCE_COEF
 * @param {any[][]} scores The group's survey answers on the 0-5 scale, one cell per respondent; blank cells are not respondents.
 * @returns {any} A coefficient from 0 to 5.
 * @helpurl https://localhost:3000/help/functions.html#influence_coef
 */
export function INFLUENCE_COEF(scores: any[][]): any {
  return toExcelResult(evaluate(INFLUENCE_COEF_ENTRY, [scores]));
}

/**
 * Whether a service hypothesis is confirmed for a group: answers of 4 and 5 make up more than half of the answers.
 * @customfunction HYPOTHESIS_CONFIRMED
 * @param {any[][]} scores The group's survey answers on the 0-5 scale, one cell per respondent; blank cells are not respondents.
 * @param {any} [threshold] Optional share of 4-5 answers that must be exceeded, greater than 0 and at most 1; default 0.5 (the article's 50%).
 * @returns {any} TRUE when the hypothesis is confirmed for the group, FALSE when it is not relevant there.
 * @helpurl https://localhost:3000/help/functions.html#hypothesis_confirmed
 */
export function HYPOTHESIS_CONFIRMED(scores: any[][], threshold?: any): any {
  return toExcelResult(evaluate(HYPOTHESIS_CONFIRMED_ENTRY, [scores, threshold]));
}
