/**
 * Reads what a person typed into a numeric field of the pane, the way their
 * language writes numbers. Shares and margins may be typed either as a
 * fraction ("0.2") or as a percentage ("20%", "20 %"): that is how people
 * type them into Excel, so the pane accepts both. A blank is reported as
 * blank, never turned into 0 (a real 0 and "nothing typed" are different
 * answers).
 *
 * Russian and Kazakh write "1 200,50" (spaces group thousands, the comma is
 * the decimal sign), so there "1,200" is 1.2; a dot is read as a decimal sign
 * too, since many people type one. English groups with commas ("1,200" is
 * 1200); a lone comma not followed by exactly three digits ("0,25") is still
 * read as a decimal comma, as typed by someone whose Office is English but
 * whose habit is not.
 */
import type { Locale } from "../../core/i18n";
import { formatNumber as formatIn } from "../../core/numberFormat";

export type ParsedNumber =
  { ok: true; value: number } | { ok: false; reason: "blank" | "notNumber" };

/** Spaces, no-break and narrow no-break spaces: Intl and Excel group thousands with them in ru and kk. */
const SPACES = /[\s\u00a0\u202f]/g;
const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

/** "1,200" (en) or "1200,5" (ru, kk) as JavaScript's "1200" or "1200.5"; null when it is no number in that locale. */
function normalise(s: string, locale: Locale): string | null {
  if (locale === "en") {
    // A single comma with no dot is a decimal comma ("0,25", "1,5") unless it is
    // followed by exactly three digits after a non-zero integer part ("1,200").
    if (/^[-+]?\d*,\d+$/.test(s) && !/^[-+]?[1-9]\d{0,2},\d{3}$/.test(s))
      return s.replace(",", ".");
    // Otherwise commas group thousands, in groups of three only ("1,234,567.5").
    return /,(?!\d{3}(\D|$))/.test(s) ? null : s.replace(/,/g, "");
  }
  // One decimal sign at most, a comma or a dot; spaces were the grouping.
  const signs = s.match(/[.,]/g) ?? [];
  return signs.length > 1 ? null : s.replace(",", ".");
}

export function parseNumber(text: string, locale: Locale = "en"): ParsedNumber {
  let s = text.replace(SPACES, "");
  if (s === "") return { ok: false, reason: "blank" };
  let scale = 1;
  if (s.endsWith("%")) {
    scale = 0.01;
    s = s.slice(0, -1);
  }
  const plain = normalise(s, locale);
  if (plain === null || !PLAIN_NUMBER.test(plain)) return { ok: false, reason: "notNumber" };
  const value = Number(plain) * scale;
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: "notNumber" };
}

/** Shows a number in a field as the user would type it: no float noise (0.30000000000000004 -> "0.3"), the locale's decimal sign. */
export function formatNumber(value: number, locale: Locale = "en"): string {
  return formatIn(value, locale);
}

/** As formatNumber, with thousands grouped (12,000,000; 12 000 000): budgets in the millions stay readable, and read back. */
export function formatGroupedNumber(value: number, locale: Locale = "en"): string {
  return formatIn(value, locale, "grouped");
}
