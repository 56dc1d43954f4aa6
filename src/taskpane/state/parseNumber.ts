/**
 * Reads what a person typed into a numeric field of the pane. Shares and
 * margins may be typed either as a fraction ("0.2") or as a percentage
 * ("20%"): that is how people type them into Excel, so the pane accepts both.
 * A blank is reported as blank, never turned into 0 (a real 0 and "nothing
 * typed" are different answers).
 */

export type ParsedNumber =
  { ok: true; value: number } | { ok: false; reason: "blank" | "notNumber" };

export function parseNumber(text: string): ParsedNumber {
  // Spaces (also no-break and thin spaces) are thousands separators in many locales.
  let s = text.replace(/[\s\u00a0\u202f]/g, "");
  if (s === "") return { ok: false, reason: "blank" };
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  // A single comma with no dot is a decimal comma ("0,25", "1,5") unless it is
  // followed by exactly three digits after a non-zero integer part ("1,200").
  if (/^[-+]?\d*,\d+$/.test(s) && !/^[-+]?[1-9]\d{0,2},\d{3}$/.test(s)) s = s.replace(",", ".");
  else s = s.replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return { ok: false, reason: "notNumber" };
  const value = Number(s) * scale;
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: "notNumber" };
}

/** Shows a number in a field without float noise (0.30000000000000004 -> "0.3"). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(12)));
}
