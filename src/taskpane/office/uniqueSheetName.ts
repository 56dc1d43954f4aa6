/**
 * Chooses the name of a new worksheet so that it never collides with a sheet
 * the user already has: "Discounts - <product>", then "… (2)", "… (3)", ….
 * Excel's rules: at most 31 characters, none of \ / ? * [ ] :, not blank, not
 * starting or ending with an apostrophe, and names compare case-insensitively.
 * Pure (no Office.js), so it is tested directly.
 */

export const MAX_SHEET_NAME_LENGTH = 31;

export function sanitiseSheetName(name: string): string {
  const cleaned = name
    .replace(/[\\/?*[\]:]/g, " ")
    // Control characters cannot be part of a sheet name.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  const base = cleaned === "" ? "Discounts" : cleaned;
  // "History" is reserved by Excel.
  if (base.toLowerCase() === "history") return "History model";
  return truncate(base, MAX_SHEET_NAME_LENGTH);
}

/** Cuts to `max` characters, marking the cut with "…" so a shortened name reads as one. */
function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = sanitiseSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = truncate(base, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
