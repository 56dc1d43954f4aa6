/**
 * Excel custom functions for distribution (docs/methods.md §2), ranges in the
 * style of SUMIF. Each wrapper hands its raw arguments to its catalogue entry (the shared coercion, then one core function) and maps
 * the outcome through `toExcelResult`. Parameters are `any` on purpose: Excel
 * then passes cell values untouched and the entry's declarations decide what a
 * blank, a text or an out-of-range value means. The build appends
 * `CustomFunctions.associate` for every function in this file.
 */
import {
  CLEAN_DIST_ENTRY,
  NUMERIC_DIST_ENTRY,
  WEIGHTED_DIST_ENTRY,
} from "../core/catalogue/distribution";
import { evaluate } from "../core/catalogue/entry";
import { toExcelResult } from "./toExcelError";

/**
 * Numeric distribution: the share of stores selling the category that carry our product.
 * @customfunction NUMERIC_DIST
 * @param {any[][]} carries One cell per store: TRUE/FALSE, 1/0 or a non-negative stock or sales figure (positive means the store carries the product); a blank cell means it does not.
 * @param {any[][]} [sells_category] Optional range of the same shape: whether the store sells the category at all (TRUE/FALSE, 1/0 or a positive figure); omitted means every listed store does.
 * @returns {any} A fraction from 0 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#numeric_dist
 */
export function NUMERIC_DIST(carries: any[][], sells_category?: any[][]): any {
  return toExcelResult(evaluate(NUMERIC_DIST_ENTRY, [carries, sells_category]));
}

/**
 * Weighted distribution: the share of the whole category's sales made in the stores that carry our product.
 * @customfunction WEIGHTED_DIST
 * @param {any[][]} category_sales One cell per store: the category's sales (all brands, competitors included), in money or units; 0 or more, blank counts as 0.
 * @param {any[][]} carries Same shape as category_sales: TRUE/FALSE, 1/0 or a non-negative stock or sales figure (positive means the store carries the product); a blank cell means it does not.
 * @returns {any} A fraction from 0 to 1 (format as %), close in meaning to a market share.
 * @helpurl https://localhost:3000/help/functions.html#weighted_dist
 */
export function WEIGHTED_DIST(category_sales: any[][], carries: any[][]): any {
  return toExcelResult(evaluate(WEIGHTED_DIST_ENTRY, [category_sales, carries]));
}

/**
 * Clean distribution: the share of stores where the product was present in every period of the window.
 * @customfunction CLEAN_DIST
 * @param {any[][]} presence Stores in rows, periods (visits or months) in columns: TRUE/FALSE, 1/0 or a non-negative stock figure (positive means present); a blank cell in a filled row means absent.
 * @returns {any} A fraction from 0 to 1 (format as %).
 * @helpurl https://localhost:3000/help/functions.html#clean_dist
 */
export function CLEAN_DIST(presence: any[][]): any {
  return toExcelResult(evaluate(CLEAN_DIST_ENTRY, [presence]));
}
