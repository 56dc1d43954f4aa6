/**
 * Number formatting for the pane's result card: money in the model's currency
 * (an ISO code such as "KZT" gets Intl's currency format; anything else the
 * user typed is appended as written) and percentages.
 */

export function formatMoney(value: number, currency: string): string {
  const code = currency.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      return new Intl.NumberFormat("en-US", { style: "currency", currency: code, maximumFractionDigits: 0 }).format(value);
    } catch {
      // Not a currency Intl knows: fall through to the plain format.
    }
  }
  const amount = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(value);
  return currency.trim() === "" ? amount : `${amount} ${currency.trim()}`;
}

export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`;
}
