/**
 * The one rule for worksheet names, used by the task pane (a new sheet beside
 * the user's) and the .xlsx writer (the only sheet of a new file). Excel's
 * rules: at most 31 characters, none of : \ / ? * [ ], not blank, not starting
 * or ending with an apostrophe, "History" reserved (numbered, as a taken
 * name is: "History (2)"), and names compare
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

/**
 * A cut at a word boundary must keep at least this share of the room, else the
 * name is cut inside its last word: "Survey - Mall services…" reads better than
 * "Survey - Mall services surv…", but "Distribution…" would lose a long single
 * word entirely ("Distribution - Supercalifragil…" keeps more of what the user typed).
 */
const MIN_WORD_CUT_SHARE = 2 / 3;

/** What may not end a shortened name before its "…": spaces and separators ("Paint, …", "Promo - …"). */
const TRAILING_SEPARATORS = /[\s,;.\-–—(&+]+$/u;

/**
 * Cuts to `max` code units, marking the cut with "…" so a shortened name reads
 * as one; the cut falls between words where that keeps enough of the name.
 */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = max - 1;
  const head = truncateText(text, room);
  // `head` ends at a word boundary when the text goes on with a space.
  const atBoundary = /\s/u.test(text.charAt(head.length));
  const lastSpace = atBoundary ? head.length : head.search(/\s\S*$/u);
  const byWord = lastSpace >= 0 ? head.slice(0, lastSpace).replace(TRAILING_SEPARATORS, "") : "";
  const kept = byWord.length >= room * MIN_WORD_CUT_SHARE ? byWord : head.trimEnd();
  return `${kept}…`;
}

/** The name without what Excel forbids, before any cut to length. */
function cleanSheetName(name: string, fallback: string): string {
  const cleaned = name
    .replace(FORBIDDEN_SHEET_CHARACTERS, " ")
    // Control characters cannot be part of a sheet name.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  return cleaned === "" ? fallback : cleaned;
}

/**
 * Names Excel keeps for itself (lower case): "History" is the change-tracking
 * sheet's. A reserved name counts as taken, so it is numbered like any taken
 * name ("History (2)"): a rule with no words to translate, that reads the same
 * in every language of the workbook.
 */
const RESERVED_SHEET_NAMES: readonly string[] = ["history"];

/** A valid sheet name as close to `name` as Excel allows. */
export function sanitiseSheetName(name: string, fallback = FALLBACK_SHEET_NAME): string {
  return uniqueSheetName(name, [], fallback);
}

/**
 * A valid name that no sheet in `existing` has: "Name", then "Name (2)", "Name (3)", ….
 * A numbered name is cut from the whole name, not from the already shortened one,
 * so it too ends between words where it can.
 */
export function uniqueSheetName(
  wanted: string,
  existing: readonly string[],
  fallback = FALLBACK_SHEET_NAME
): string {
  const taken = new Set([...RESERVED_SHEET_NAMES, ...existing.map((n) => n.toLowerCase())]);
  const whole = cleanSheetName(wanted, fallback);
  const base = shorten(whole, MAX_SHEET_NAME_LENGTH);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = shorten(whole, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
