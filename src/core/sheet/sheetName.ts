/**
 * The one rule for worksheet names, used by the task pane (a new sheet beside
 * the user's) and the .xlsx writer (the only sheet of a new file). Excel's
 * rules: at most 31 characters, none of : \ / ? * [ ], not blank, not starting
 * or ending with an apostrophe, "History" reserved, and names compare
 * case-insensitively. Excel counts UTF-16 code units, so an emoji takes two of
 * the 31; a cut never splits one (a lone surrogate is not text) nor any other
 * user-perceived character (grapheme: a flag, a letter with its accent).
 */

export const MAX_SHEET_NAME_LENGTH = 31;

/** What a name made only of forbidden characters becomes. */
export const FALLBACK_SHEET_NAME = "Sheet";

const FORBIDDEN_SHEET_CHARACTERS = /[\\/?*[\]:]/g;

/** Graphemes of a text; code points where Intl.Segmenter is missing (old hosts). */
function graphemes(text: string): string[] {
  if (typeof Intl !== "undefined" && "Segmenter" in Intl)
    return Array.from(
      new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text),
      (s) => s.segment
    );
  return Array.from(text);
}

/** The longest prefix of whole graphemes within `max` UTF-16 code units. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  for (const g of graphemes(text)) {
    if (out.length + g.length > max) break;
    out += g;
  }
  return out;
}

/** Cuts to `max` code units, marking the cut with "…" so a shortened name reads as one. */
function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${truncateText(text, max - 1).trimEnd()}…`;
}

/** A valid sheet name as close to `name` as Excel allows. */
export function sanitiseSheetName(name: string, fallback = FALLBACK_SHEET_NAME): string {
  const cleaned = name
    .replace(FORBIDDEN_SHEET_CHARACTERS, " ")
    // Control characters cannot be part of a sheet name.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  const base = cleaned === "" ? fallback : cleaned;
  if (base.toLowerCase() === "history") return "History model";
  return shorten(base, MAX_SHEET_NAME_LENGTH);
}

/** A valid name that no sheet in `existing` has: "Name", then "Name (2)", "Name (3)", …. */
export function uniqueSheetName(
  wanted: string,
  existing: readonly string[],
  fallback = FALLBACK_SHEET_NAME
): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = sanitiseSheetName(wanted, fallback);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = shorten(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
