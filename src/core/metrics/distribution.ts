/**
 * Distribution metrics (docs/methods.md §2) over ranges, in the style of SUMIF:
 * numeric distribution (share of stores carrying the product), weighted
 * distribution (share of the category's sales made in those stores) and clean
 * distribution (share of stores where the product was present in every period).
 *
 * Decision (docs/methods.md §2.3): a store "carries" the product when its cell is
 * TRUE, 1 or any positive stock/sales figure; FALSE, 0 and a blank cell mean it
 * does not. Rows whose cells are all blank are skipped, as SUM skips blanks.
 *
 * Blanks on the web (null) and on desktop builds that send 0: WEIGHTED_DIST and
 * NUMERIC_DIST with sells_category give the same result either way (a blank
 * sales cell adds nothing, a blank yes/no cell means no). NUMERIC_DIST without
 * sells_category and CLEAN_DIST do not: a row left blank is skipped on the web
 * but arrives as 0s on such a desktop build, where it counts as a store that
 * does not carry the product (was never present). No rule can tell that 0 from
 * a typed one, so the help tells users to select exactly the store rows.
 */
import { CalcError, calcError } from "../errors";
import { Grid } from "../args";
import { MESSAGES } from "../messages";

function shape(g: Grid): string {
  return `${g.rows}×${g.cols}`;
}

function sameShape(a: Grid, b: Grid, aName: string, bName: string): CalcError | null {
  if (a.rows === b.rows && a.cols === b.cols) return null;
  return calcError("VALUE", MESSAGES.shapesDiffer(aName, bName, shape(a), shape(b)));
}

/**
 * Numeric distribution DN (§2.1) = stores selling the category that carry our
 * product / stores selling the category. Without `sellsCategory` (an empty
 * grid) every non-blank row of `carries` is a store that sells the category.
 */
export function numericDistribution(carries: Grid, sellsCategory: Grid): number | CalcError {
  let stores = 0;
  let carrying = 0;
  const c = carries.values;
  if (sellsCategory.rows === 0) {
    const blank = carries.blank;
    for (let i = 0; i < c.length; i++) {
      stores += 1 - blank[i];
      carrying += c[i]; // 0 or 1; a blank cell holds 0
    }
  } else {
    const mismatch = sameShape(carries, sellsCategory, "carries", "sells_category");
    if (mismatch) return mismatch;
    const s = sellsCategory.values;
    for (let i = 0; i < c.length; i++) {
      stores += s[i];
      carrying += s[i] * c[i];
    }
  }
  if (stores === 0)
    return calcError(
      "DIV0",
      MESSAGES.noDistributionBase(sellsCategory.rows === 0 ? "carries" : "sells_category")
    );
  return carrying / stores;
}

/**
 * Weighted distribution WD (§2.3) = category sales (all brands) in the stores
 * that carry our product / category sales in all stores. Always in [0, 1]:
 * sales are non-negative (the coercion rejects negative cells) and the carried
 * sum adds a subset of the same terms in the same order.
 */
export function weightedDistribution(categorySales: Grid, carries: Grid): number | CalcError {
  const mismatch = sameShape(categorySales, carries, "category_sales", "carries");
  if (mismatch) return mismatch;
  const s = categorySales.values;
  const c = carries.values;
  let total = 0;
  let carried = 0;
  for (let i = 0; i < s.length; i++) {
    const sales = s[i];
    total += sales;
    // Flag cells are exactly 0 or 1 (see Grid): multiplying keeps the loop free
    // of mispredicted jumps on a shuffled TRUE/FALSE column.
    carried += sales * c[i];
  }
  // Cells are finite, but their sum can pass Number.MAX_VALUE: total = Infinity would
  // make a carried share of 1e308 / Infinity = 0 (a finite wrong answer).
  if (!Number.isFinite(total)) return calcError("NUM", MESSAGES.sumNotFinite("category_sales"));
  if (total === 0) return calcError("DIV0", MESSAGES.noDistributionBase("category_sales"));
  // Summation order is identical for both sums, so carried <= total holds exactly.
  return carried / total;
}

/**
 * Clean (consistent) distribution (§2.2): stores in rows, periods (visits,
 * months) in columns. A store counts when its row is not entirely blank; it is
 * clean when the product was present (TRUE, 1 or a positive figure) in every
 * period of the window. A blank cell in a counted row means "absent".
 */
export function cleanDistribution(presence: Grid): number | CalcError {
  const { rows, cols, values, blank } = presence;
  let stores = 0;
  let clean = 0;
  for (let r = 0, k = 0; r < rows; r++) {
    let present = 0;
    let filled = 0;
    for (let col = 0; col < cols; col++, k++) {
      filled += 1 - blank[k];
      present += values[k]; // 0 or 1
    }
    // Counted without jumps: a filled row is a store; all periods present makes it
    // clean (present === cols implies the row is filled, cols being at least 1).
    stores += +(filled > 0);
    clean += +(present === cols);
  }
  if (stores === 0) return calcError("DIV0", MESSAGES.noRows("presence"));
  return clean / stores;
}
