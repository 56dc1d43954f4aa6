/**
 * Promotions (docs/methods.md §5, §6): the "long-lasting effect" of a promo as the
 * growth of the year's net profit over an ordinary year, the equivalent
 * discount of a "buy N, get M free" offer, and the sales lift a discount needs
 * to keep gross profit unchanged.
 */
import { CalcError, calcError } from "../errors";
import { MESSAGES } from "../messages";
import { difference } from "./difference";

/** The article's year: 12 months, whatever the number of months after the promo. */
export const MONTHS_PER_YEAR = 12;

export interface PromoYear {
  /** Vsale(year) = baseline daily units × days per month × 12. */
  readonly ordinaryYearUnits: number;
  /** Inc(year) = Vsale(year) × unit profit. */
  readonly ordinaryYearProfit: number;
  /** Vsale(PromoYear) = Vsale(year) + promo days × (promo daily units − baseline daily units). */
  readonly promoYearUnits: number;
  /** VsaleConvPers(year) = converted buyers × monthly units per buyer × months after the promo. */
  readonly convertedBuyerUnits: number;
  /** WholeVsale(year) = converted buyers' units + Vsale(PromoYear). */
  readonly wholeYearUnits: number;
  /** WholeInc(year) − promo cost. */
  readonly netProfit: number;
}

/** The article's step-by-step scheme (docs/methods.md, "Worked examples": the promotion). */
export function promoYear(
  baselineDailyUnits: number,
  unitProfit: number,
  promoDays: number,
  promoDailyUnits: number,
  convertedBuyers: number,
  monthlyUnitsPerBuyer: number,
  promoCost: number,
  monthsAfter: number,
  daysPerMonth: number
): PromoYear {
  const ordinaryYearUnits = baselineDailyUnits * daysPerMonth * MONTHS_PER_YEAR;
  const ordinaryYearProfit = ordinaryYearUnits * unitProfit;
  const promoYearUnits = ordinaryYearUnits + promoDays * (promoDailyUnits - baselineDailyUnits);
  const convertedBuyerUnits = convertedBuyers * monthlyUnitsPerBuyer * monthsAfter;
  const wholeYearUnits = convertedBuyerUnits + promoYearUnits;
  const netProfit = wholeYearUnits * unitProfit - promoCost;
  return {
    ordinaryYearUnits,
    ordinaryYearProfit,
    promoYearUnits,
    convertedBuyerUnits,
    wholeYearUnits,
    netProfit,
  };
}

/**
 * Incremental volume (§5) = (net profit of the promo year − Inc(year)) / Inc(year):
 * the annual growth of profit earned thanks to the campaign, as a fraction.
 */
export function promoIncrement(...args: Parameters<typeof promoYear>): number | CalcError {
  const [, , promoDays, , , , , , daysPerMonth] = args; // promoYear's arguments, in its order
  // The article's year is 12 months of days_per_month days; a promo cannot outlast it.
  const daysPerYear = daysPerMonth * MONTHS_PER_YEAR;
  if (promoDays > daysPerYear)
    return calcError("NUM", MESSAGES.promoLongerThanYear(promoDays, daysPerYear));
  const year = promoYear(...args);
  if (year.ordinaryYearProfit === 0) return calcError("DIV0", MESSAGES.noOrdinaryProfit());
  return (year.netProfit - year.ordinaryYearProfit) / year.ordinaryYearProfit;
}

/** Equivalent discount of "buy N, get M free" (§6) = M / (N + M): 12 items for the price of 10 is 2/12. */
export function bundleDiscount(buyQty: number, freeQty: number): number | CalcError {
  if (buyQty + freeQty === 0)
    return calcError("DIV0", MESSAGES.mustExceed("buy_qty + free_qty", 0));
  // Stable form: when N + M overflows (both near 1.8e308) halve both first. Halving
  // numbers that large is exact, and M / (N + M) is unchanged by the common factor;
  // the plain form would divide by ∞ and answer 0 where the answer is, e.g., 0.5.
  const [buy, free] = Number.isFinite(buyQty + freeQty)
    ? [buyQty, freeQty]
    : [buyQty / 2, freeQty / 2];
  return free / (buy + free);
}

/**
 * Sales lift that keeps gross profit unchanged after a discount (§6):
 * discount / (gross margin − discount); 10% off a 30% margin needs +50% units.
 */
export function breakevenLift(discount: number, grossMargin: number): number | CalcError {
  // A margin equal to the discount up to float noise (1 − 0.7 against 0.3) is "at the margin".
  const headroom = difference(grossMargin, discount);
  if (headroom <= 0) return calcError("NUM", MESSAGES.discountAtMargin());
  return discount / headroom;
}
