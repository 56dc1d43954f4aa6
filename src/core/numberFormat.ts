/**
 * The one rule for showing money, shares and counts: the Excel number-format
 * codes every sheet plan uses, and the same figures as text for the pane's
 * result card and the command line. Shares are fractions (0.25 is 25%).
 * Display text follows the reader's language (a Locale of core/i18n: "1,200.5"
 * in English, "1 200,5" in Russian and Kazakh; "30%" or "30 %" as CLDR has
 * it), English when none is given.
 */
import type { Locale } from "./i18n/locale";

/** Excel number formats (invariant codes: "," groups thousands, "." is the decimal point). */
export const NUMBER_FORMATS = {
  /** Whole money units: totals and profits. */
  money: "#,##0",
  /** Money with cents: prices and unit costs. */
  moneyCents: "#,##0.00",
  /** Shares as inputs and results: 12.5%. */
  percent: "0.0%",
  /** Axis ticks of a share: 5%, 10%. */
  percentWhole: "0%",
  /** Decisions Solver changes in small steps: 13.84%. */
  percentFine: "0.00%",
  /** Whole counts: stores, orders, respondents. */
  count: "#,##0",
  /**
   * Quantities typed as inputs, which may have a fraction: units per order, units
   * a day. Excel's General shows 5 as "5" and 5.25 as "5.25" (as typed, in the
   * reader's decimal sign); "#,##0.##" would show "5." in Excel, and no single
   * format code can group thousands yet drop an unused decimal point.
   */
  quantity: "General",
  /** Computed quantities with one decimal, so a column lines up: 20.9 units, 3.5 months. */
  oneDecimal: "#,##0.0",
  /** Coefficients such as an elasticity. */
  ratio: "0.00",
  /**
   * TRUE/FALSE results. Excel shows a logical as TRUE or FALSE (ИСТИНА/ЛОЖЬ in a
   * Russian Excel) whatever the format. LibreOffice (7.4, by a run of the POSM
   * and survey exports with General instead) does the same for a formula's
   * logical; a logical stored as a constant it shows as 1 or 0 under General.
   * This code is LibreOffice's own boolean format, which it shows in the
   * reader's language (ИСТИНА in ru), so a flag cell reads alike in both
   * programs whether it holds a formula or a value.
   */
  flag: '"TRUE";"TRUE";"FALSE"',
  /** Excel's text format: what is typed (or written) stays text, never a date or number. */
  text: "@",
  /**
   * A formula that answers a word (a label copied from the inputs, a check's
   * verdict): General, never the text format "@", in which Excel turns the
   * formula into plain text once the user edits the cell.
   */
  wordFormula: "General",
  /**
   * A word beside a figure (the ROMI band right of the ROMI, a unit right of
   * its value): "_0" in the text section leaves the width of one digit before
   * it, so "75.0%" and "good" read as two cells, not "75.0%good" (LibreOffice
   * renders it so too). Not the text format "@": Excel turns a formula in a
   * "@" cell into text once the user edits it.
   */
  wordAfterFigure: "General;-General;General;_0@",
} as const;

/**
 * `code` for a figure cell whose formula may answer a word instead ("no growth",
 * "never"): the text section "* @" fills the room before the word with spaces,
 * so it sits at the cell's right edge like the figures above and below it, not
 * against the figure of the column to its left ("2.00no growth").
 */
export function figureOrWord(code: string): string {
  return `${code};-${code};${code};* @`;
}

const DEFAULT_LOCALE: Locale = "en";

/** Messages repeat a user's figure: 12 significant digits hide float noise (0.30000000000000004) and keep every typed digit. */
const SIGNIFICANT_DIGITS = 12;
/** Beyond 10^15 (and below 10^-6) a figure reads better as 1.8E308 than as 309 digits. */
const SCIENTIFIC_ABOVE = 1e15;
const SCIENTIFIC_BELOW = 1e-6;

const formats = new Map<string, Intl.NumberFormat>();

/**
 * Some engines ship no number symbols for Kazakh (Chromium formats "kk" as
 * 1,200.5, the English way; Node's full ICU gives CLDR's 1 200,5). Kazakh
 * writes numbers as Russian does (space groups, comma decimals), so where the
 * engine has no Kazakh symbols its figures are formatted the Russian way.
 */
let kazakhFormatting: string | undefined;
function intlLocale(locale: Locale): string {
  if (locale !== "kk") return locale;
  kazakhFormatting ??= new Intl.NumberFormat("kk").format(1.5) === "1,5" ? "kk" : "ru";
  return kazakhFormatting;
}

/** Intl formatters are costly to create and the pane formats hundreds of figures per render. */
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    formats.set(key, format);
  }
  return format;
}

/**
 * A figure as a person types it into a cell in that language: no float noise,
 * no thousands separators (Excel's General format; "1,200" typed into a
 * Russian Excel is 1.2), the locale's decimal sign ("0.25", "0,25").
 * "grouped" adds the language's thousands separators (12,000,000 / 12 000 000)
 * for the pane's money fields, where the pane's parseNumber reads them back.
 */
export function formatNumber(
  value: number,
  locale: Locale = DEFAULT_LOCALE,
  grouping: "ungrouped" | "grouped" = "ungrouped"
): string {
  if (!Number.isFinite(value)) return String(value);
  const size = Math.abs(value);
  const scientific = size >= SCIENTIFIC_ABOVE || (size > 0 && size < SCIENTIFIC_BELOW);
  return numberFormat(locale, {
    maximumSignificantDigits: SIGNIFICANT_DIGITS,
    useGrouping: grouping === "grouped",
    notation: scientific ? "scientific" : "standard",
  }).format(value);
}

/** A number with `digits` decimals and grouped thousands: 3,470,000 (en), 3 470 000 (ru). */
export function formatAmount(value: number, digits = 0, locale: Locale = DEFAULT_LOCALE): string {
  return numberFormat(locale, {
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
  locale: Locale = DEFAULT_LOCALE
): string {
  const code = currency.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(code)) {
    try {
      return numberFormat(locale, {
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

/** A share as a percentage with exactly `digits` decimals, so a column lines up: 0.138 -> "13.8%" (en), "13,8 %" (ru). */
export function formatPercent(share: number, digits = 1, locale: Locale = DEFAULT_LOCALE): string {
  return numberFormat(locale, {
    style: "percent",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(share);
}

/** A share with at most `digits` decimals, trailing zeros dropped: 0.3 -> "30%", 0.13846 -> "13.85%". */
export function formatPercentShort(
  share: number,
  digits = 2,
  locale: Locale = DEFAULT_LOCALE
): string {
  return numberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
  }).format(share);
}
