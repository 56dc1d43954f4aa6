/**
 * Trade-marketing campaign economics (docs/methods.md §1): ROMI and its rating,
 * unit ROI, sales lift per cost, cost per extra unit, TM cost share.
 * Arguments arrive already coerced and within their declared bounds (see the
 * catalogue): a denominator is declared > 0, so its 0 is #DIV/0! before these
 * functions run. They check only what depends on several arguments together,
 * and return a CalcError rather than an impossible number.
 */
import { CalcError, calcError } from "../errors";
import { Language } from "../language";
import { MESSAGES } from "../messages";
import { difference } from "./difference";

/**
 * ROMI = (incremental gross profit - marketing investment) / marketing investment (§1.3),
 * with incremental gross profit = incremental revenue × gross margin
 * (Decision: gross_margin defaults to 1, the first argument then being gross profit already).
 */
export function romi(
  incrementalRevenue: number,
  marketingCost: number,
  grossMargin: number
): number | CalcError {
  return (incrementalRevenue * grossMargin - marketingCost) / marketingCost;
}

/** The article's ROMI bands (§1.3), lower bounds inclusive, as fractions. */
export const ROMI_BAND_LOWER_BOUNDS = [0.3, 0.5, 0.8, 2] as const;

/** Band names per language, from "below acceptable" to "outstanding". */
export const ROMI_BAND_TEXT: Readonly<
  Record<Language, readonly [string, string, string, string, string]>
> = {
  en: ["below acceptable", "acceptable", "good", "excellent", "outstanding"],
  ru: ["ниже приемлемого", "приемлемый", "хороший", "отличный", "выдающийся"],
  kk: ["қолайлыдан төмен", "қолайлы", "жақсы", "өте жақсы", "ерекше"],
};

/**
 * The article's verbal rating of a ROMI: below 30% below acceptable, 30%-50%
 * acceptable, 50%-80% good, 80%-200% excellent, 200% and above outstanding.
 * Each band includes its lower bound (30% exactly is acceptable).
 */
export function romiRating(romiValue: number, language: string): string {
  const texts = ROMI_BAND_TEXT[language as Language] ?? ROMI_BAND_TEXT.en;
  let band = 0;
  for (const lower of ROMI_BAND_LOWER_BOUNDS) if (romiValue >= lower) band++;
  return texts[band];
}

/** Unit ROI (§1.4): ((D - C) × K_s - I) / I, as a fraction (the article's × 100% is the % format). */
export function unitRoi(
  unitRevenue: number,
  unitCost: number,
  unitsSold: number,
  investment: number
): number | CalcError {
  return ((unitRevenue - unitCost) * unitsSold - investment) / investment;
}

/** Real sales increment per currency unit of TM cost (§1.1): (V_n - V_(n-1)) / C_tm. */
export function salesLiftPerCost(
  salesNow: number,
  salesBefore: number,
  tmCost: number
): number | CalcError {
  return (salesNow - salesBefore) / tmCost;
}

/**
 * Cost of an additional unit sold (§1.2): C_tm / (V_n - V_(n-1)), in units.
 * Undefined when sales did not grow: equal volumes are #DIV/0!, a fall is #NUM!.
 */
export function costPerExtraUnit(
  unitsNow: number,
  unitsBefore: number,
  tmCost: number
): number | CalcError {
  const extra = difference(unitsNow, unitsBefore);
  if (extra === 0) return calcError("DIV0", MESSAGES.noSalesGrowth());
  if (extra < 0) return calcError("NUM", MESSAGES.salesFell());
  return tmCost / extra;
}

/** Share of TM costs in the additional turnover (§1.5); at most 10% is good. */
export function tmCostShare(tmCost: number, additionalTurnover: number): number | CalcError {
  return tmCost / additionalTurnover;
}
