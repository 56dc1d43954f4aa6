/**
 * Number formatting for the pane's result card: money in the model's currency
 * (an ISO code such as "KZT" gets Intl's currency format; anything else the
 * user typed is appended as written) and percentages.
 */

/** Whole money units for profits; `digits` > 0 for small amounts such as an optimality gap. */
export function formatMoney(value: number, currency: string, digits = 0): string {
  const code = currency.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      return new Intl.NumberFormat("en-US", {
        style: "currency",
        currency: code,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(value);
    } catch {
      // Not a currency Intl knows: fall through to the plain format.
    }
  }
  const amount = new Intl.NumberFormat("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
  return currency.trim() === "" ? amount : `${amount} ${currency.trim()}`;
}

export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}
