/**
 * Every message a catalogue function (its argument coercion in args.ts, its
 * metric in metrics/, its catalogue entry) can return with an error value, in one
 * place so the wording stays consistent and can be reviewed (or translated)
 * together. Messages name the argument as the user sees it in Excel and say
 * what to type instead. Excel shows the text only with #VALUE! and #N/A; the
 * command line and the logs show it for every code.
 */

/** A number as a user would type it: no float noise, no exponent for ordinary values. */
export function showNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(12)));
}

function percent(value: number): string {
  return `${showNumber(value * 100)}%`;
}

function cell(row: number, col: number): string {
  return `row ${row + 1}, column ${col + 1}`;
}

export const MESSAGES = {
  // --- arguments -----------------------------------------------------------
  missing: (name: string) => `${name} is required`,
  textForNumber: (name: string, text: string) =>
    `${name} must be a number, not the text "${text.length > 40 ? text.slice(0, 40) + "…" : text}"`,
  booleanForNumber: (name: string, value: boolean) =>
    `${name} must be a number, not ${value ? "TRUE" : "FALSE"}`,
  notANumber: (name: string) => `${name} must be a number`,
  notFinite: (name: string) => `${name} must be a finite number`,
  shareOutOfRange: (name: string, value: number) =>
    value > 1 && value <= 100
      ? `${name} is a share between 0 and 1: type ${percent(value / 100)} or ${showNumber(value / 100)}, not ${showNumber(value)}`
      : `${name} is a share between 0 and 1 (0% to 100%): type 25% or 0.25, not ${showNumber(value)}`,
  notWhole: (name: string, value: number) =>
    `${name} must be a whole number, not ${showNumber(value)}`,
  mustExceed: (name: string, min: number) => `${name} must be greater than ${showNumber(min)}`,
  zeroForOptional: (name: string, min: number, fallback: number | string | boolean) =>
    `${name} must be greater than ${showNumber(min)}; if its cell is blank (some desktop Excel builds pass a blank as 0), leave the argument out to use the default ${typeof fallback === "number" ? showNumber(fallback) : String(fallback)}`,
  mustBeAtLeast: (name: string, min: number) =>
    min === 0 ? `${name} must not be negative` : `${name} must be at least ${showNumber(min)}`,
  mustBeBelow: (name: string, max: number) => `${name} must be less than ${showNumber(max)}`,
  mustBeAtMost: (name: string, max: number) => `${name} must be at most ${showNumber(max)}`,
  notAChoice: (name: string, text: string, choices: readonly string[]) =>
    `${name} must be one of ${choices.map((c) => `"${c}"`).join(", ")}, not "${text}"`,
  notABoolean: (name: string) => `${name} must be TRUE or FALSE`,

  // --- ranges --------------------------------------------------------------
  ragged: (name: string) => `${name} must be a rectangular range (every row the same length)`,
  shapesDiffer: (a: string, b: string, shapeA: string, shapeB: string) =>
    `${a} and ${b} must be ranges of the same shape (${shapeA} and ${shapeB})`,
  cellText: (name: string, row: number, col: number, text: string) =>
    `${name} must hold numbers, TRUE/FALSE or blanks; ${cell(row, col)} holds the text "${text.length > 40 ? text.slice(0, 40) + "…" : text}"`,
  cellBoolean: (name: string, row: number, col: number) =>
    `${name} must hold figures; ${cell(row, col)} holds TRUE/FALSE`,
  cellNegative: (name: string, row: number, col: number, value: number) =>
    `${name} must not hold negative figures; ${cell(row, col)} holds ${showNumber(value)}`,
  cellNotFinite: (name: string, row: number, col: number) =>
    `${name} must hold finite numbers; ${cell(row, col)} does not`,
  cellUnreadable: (name: string, row: number, col: number) =>
    `${name}: ${cell(row, col)} holds a value that is neither a number, TRUE/FALSE nor blank`,
  scoreOutOfScale: (name: string, row: number, col: number, value: number) =>
    `${name} holds survey scores from 0 to 5; ${cell(row, col)} holds ${showNumber(value)}`,
  noRows: (name: string) => `${name} has no non-blank rows`,
  sumNotFinite: (name: string) =>
    `the sum of ${name} is too large for Excel to hold (above 1.8E+308): divide the figures by 1,000 or 1,000,000 first`,

  // --- results -------------------------------------------------------------
  resultNotFinite: () =>
    `the result is too large for Excel to hold; check the magnitudes of the arguments`,
  exceeds: (part: string, whole: string) => `${part} cannot exceed ${whole}`,
  noSalesGrowth: () =>
    `units_now equals units_before: there are no extra units to spread the cost over`,
  salesFell: () =>
    `units_now is below units_before: the cost per extra unit is undefined when sales did not grow`,
  neverPaysBack: () =>
    `POSM never pays back: the monthly profit from the uplift (monthly_unit_uplift × unit_profit) does not exceed monthly_placement_cost`,
  noPosmCost: () =>
    `the POSM costs nothing (placement and production costs are both 0), so there is nothing to return on`,
  noOrdinaryProfit: () =>
    `the ordinary year's profit is 0 (baseline_daily_units × unit_profit), so the increment has no base`,
  discountAtMargin: () =>
    `discount must be below gross_margin: at or above the margin every extra unit loses money, no sales lift can make up for it`,
  neverBreaksEven: () =>
    `unit_price does not exceed unit_variable_cost: every unit sold loses money, so no volume reaches the target`,
  equalPriceAndCost: () =>
    `unit_price equals unit_variable_cost: each unit contributes 0, so the volume is undefined`,
  marketNegative: () =>
    `exports exceed domestic_production + imports: the market volume would be negative`,
  loyaltyExceeds: () =>
    `loyal + disloyal cannot exceed total (without total they are shares: type 30% or 0.3)`,
  noFiniteLifetime: () =>
    `retention_rate must be below 1 + discount_rate: a customer kept every period (100%) with no discounting (0%) has no finite lifetime value`,
  minAboveMax: () => `min_response must not exceed max_response`,
  noSteadyState: () =>
    `with no effective advertising (spend × response_rate = 0) and no decay (decay_rate = 0) sales never settle to a steady state`,
  noDistributionBase: (name: string) =>
    `${name}: the denominator is 0 (no stores to measure against)`,
} as const;
