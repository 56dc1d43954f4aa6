/**
 * Renders a catalogue entry's native twin into a plain Excel formula for given
 * arguments: each `{name}` becomes a cell reference or literal, `{name.first_row}`
 * becomes the first row of a range reference (used to build a column of ones
 * that keeps MMULT-based twins linear in the number of rows). An omitted
 * optional argument takes the entry's alternative formula for that case, or
 * its declared default as a literal. The result is invariant English with ","
 * separators and no leading "=", ready for `range.formulas` after adding "=".
 */
import { CatalogueEntry } from "./entry";

/** How a default or literal value is written in a formula. */
export function formulaLiteral(value: number | string | boolean): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `"${value.replace(/"/g, '""')}"`;
}

const A1_RANGE = /^(.*!)?(\$?[A-Z]{1,3})(\$?)(\d+):(\$?[A-Z]{1,3})\$?\d+$/;

/** "Sheet1!$B$2:$D$100" → "Sheet1!$B$2:$D$2"; a single cell stays itself. */
export function firstRowOf(reference: string): string {
  const m = A1_RANGE.exec(reference);
  if (!m) return reference;
  const [, sheet = "", startCol, rowDollar, startRow, endCol] = m;
  return `${sheet}${startCol}${rowDollar}${startRow}:${endCol}${rowDollar}${startRow}`;
}

/**
 * `refs` maps argument names to cell references or formula literals; a name
 * that is missing (or undefined) is omitted. Returns null when the entry has
 * no twin, or a required argument is missing.
 */
export function renderTwin(
  entry: CatalogueEntry,
  refs: Readonly<Record<string, string | undefined>>
): string | null {
  if (!entry.twin) return null;
  let template = entry.twin.template;
  const values: Record<string, string> = {};
  for (const arg of entry.args) {
    const ref = refs[arg.name];
    if (ref !== undefined && ref !== "") {
      values[arg.name] = ref;
      continue;
    }
    if (!arg.optional) return null;
    const alternative = entry.twin.omitted?.[arg.name];
    if (alternative !== undefined) template = alternative;
    else if (arg.default !== undefined) values[arg.name] = formulaLiteral(arg.default);
  }
  return fillTemplate(template, (name, firstRow) => {
    const value = values[name];
    return value === undefined ? undefined : firstRow ? firstRowOf(value) : value;
  });
}

/** A twin template's placeholders: `{name}`, or `{name.first_row}` for a range's first row. */
const PLACEHOLDER = /\{([a-z_]+)(\.first_row)?\}/g;

/**
 * The one reader of twin templates: replaces each placeholder with
 * `fill(name, firstRow)`; null when `fill` has nothing for one of them. Used
 * for real references (renderTwin) and for the help pages (argument names).
 */
export function fillTemplate(
  template: string,
  fill: (name: string, firstRow: boolean) => string | undefined
): string | null {
  let missing = false;
  const formula = template.replace(PLACEHOLDER, (_, name: string, firstRow?: string) => {
    const value = fill(name, firstRow !== undefined);
    if (value === undefined) missing = true;
    return value ?? "";
  });
  return missing ? null : formula;
}

/** A template with its placeholders shown as argument names, for help text. */
export function templateWithNames(template: string): string {
  return fillTemplate(template, (name, firstRow) => (firstRow ? `${name}.first_row` : name))!;
}
