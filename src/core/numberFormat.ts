/**
 * The one rule for showing money, shares and counts: the Excel number-format
 * codes every sheet plan uses, and the same figures as text for the pane's
 * result card and the command line. Shares are fractions (0.25 is 25%).
 * Display text is en-US for now; the locale is a parameter so the language
 * work can pass the user's.
 */

/** Excel number formats (invariant codes: "," groups thousands, "." is the decimal point). */
export const NUMBER_FORMATS = {
  /** Whole money units: totals and profits. */
  money: "#,##0",
  /** Money with cents: prices and unit costs. */
  moneyCents: "#,##0.00",
  /** Shares as inputs and results: 12.5%. */
  percent: "0.0%",
  /** Decisions Solver changes in small steps: 13.84%. */
  percentFine: "0.00%",
  /** Whole counts: stores, orders, respondents. */
  count: "#,##0",
  /** Quantities that may have a fraction: units per order. */
  quantity: "#,##0.##",
  /** Coefficients such as an elasticity. */
  ratio: "0.00",
  /** Excel's text format: what is typed (or written) stays text, never a date or number. */
  text: "@",
} as const;

const DEFAULT_LOCALE = "en-US";

/** A number with `digits` decimals and grouped thousands: 3,470,000. */
export function formatAmount(value: number, digits = 0, locale = DEFAULT_LOCALE): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * Money in the model's currency: an ISO code such as "KZT" gets Intl's
 * currency format; anything else the user typed is appended as written.
 * `digits` > 0 for small amounts such as an optimality gap.
 */
export function formatMoney(
  value: number,
  currency: string,
  digits = 0,
  locale = DEFAULT_LOCALE
): string {
  const code = currency.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      return new Intl.NumberFormat(locale, {
        style: "currency",
        currency: code,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
    } catch {
      // Not a currency Intl knows: fall through to the plain format.
    }
  }
  const amount = formatAmount(value, digits, locale);
  return currency.trim() === "" ? amount : `${amount} ${currency.trim()}`;
}

/** A share as a percentage with exactly `digits` decimals: 0.138 -> "13.8%". */
export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}

/** A share with at most `digits` decimals, trailing zeros dropped: 0.3 -> "30%", 0.13846 -> "13.85%". */
export function formatPercentShort(share: number, digits = 2): string {
  return `${Number((share * 100).toFixed(digits))}%`;
}
