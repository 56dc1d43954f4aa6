/**
 * Renders a catalogue entry's native twin into a plain Excel formula for given
 * arguments (cell references, literals or whole expressions). The result is
 * exact on the function's whole domain: the argument checks of twinGuards.ts
 * come first, then the entry's own error conditions (`twin.checks`), then the
 * template. Placeholders: `{name}` is the argument as the function reads it,
 * `{name.flag}` a yes/no range as 1/0 cells, `{name.first_row}` the first row
 * of a range (a column of ones built from it keeps MMULT-based twins linear in
 * the number of rows). An omitted optional argument takes the entry's
 * alternative formula for that case, or its declared default as a literal
 * (written by the formula-text module).
 * The result is invariant English with "," separators and no leading "=",
 * ready for `range.formulas` after adding "=".
 */
import { formulaLiteral } from "../formulaText";
import { CatalogueEntry } from "./entry";
import { applySteps, guardArgument, Step } from "./twinGuards";

const A1_RANGE = /^(.*!)?(\$?[A-Z]{1,3})(\$?)(\d+):(\$?[A-Z]{1,3})\$?\d+$/;

/** "Sheet1!$B$2:$D$100" → "Sheet1!$B$2:$D$2"; a single cell stays itself. */
export function firstRowOf(reference: string): string {
  const m = A1_RANGE.exec(reference);
  if (!m) return reference;
  const [, sheet = "", startCol, rowDollar, startRow, endCol] = m;
  return `${sheet}${startCol}${rowDollar}${startRow}:${endCol}${rowDollar}${startRow}`;
}

/** The first row of an array constant: {1,2;3,4} → {1,2}; anything else is returned as a reference. */
function firstRowOfArgument(expr: string): string {
  if (!expr.startsWith("{")) return firstRowOf(expr);
  let inString = false;
  for (let i = 1; i < expr.length; i++) {
    if (expr[i] === '"') inString = !inString;
    else if (!inString && expr[i] === ";") return `${expr.slice(0, i)}}`;
  }
  return expr;
}

/**
 * A yes/no range read as the function reads it, as 1/0 cells: TRUE or a
 * positive figure is 1; FALSE, 0, blank and "" are 0. SIGN(range*1) would fail
 * on "" in Excel; the sum is tested ">0" because LibreOffice stores TRUE as the
 * number 1, where both terms hold; TRUE() rather than TRUE is a boolean in
 * every engine (HyperFormula reads a bare TRUE as a name).
 */
function flagCells(range: string): string {
  return `(--(ISNUMBER(${range})*(${range}>0)+(${range}=TRUE())>0))`;
}

/**
 * `refs` maps argument names to references, literals or expressions (compound
 * expressions in parentheses); a name that is missing (or undefined) is
 * omitted. Returns null when the entry has no twin, or a required argument is
 * missing.
 */
export function renderTwin(
  entry: CatalogueEntry,
  refs: Readonly<Record<string, string | undefined>>
): string | null {
  if (!entry.twin) return null;
  let template = entry.twin.template;
  const values: Record<string, string> = {};
  const given: Record<string, string> = {};
  const steps: Step[] = [];
  for (const arg of entry.args) {
    const ref = refs[arg.name];
    if (ref !== undefined && ref !== "") {
      const guarded = guardArgument(arg, ref);
      steps.push(...guarded.steps);
      values[arg.name] = guarded.value;
      given[arg.name] = ref;
      continue;
    }
    if (!arg.optional) return null;
    const alternative = entry.twin.omitted?.[arg.name];
    if (alternative !== undefined) template = alternative;
    else if (arg.default !== undefined) values[arg.name] = formulaLiteral(arg.default);
  }
  const fill = (text: string) =>
    fillTemplate(text, (name, modifier) => {
      const value = values[name];
      if (value === undefined) return undefined;
      if (modifier === "first_row") return firstRowOfArgument(given[name] ?? value);
      if (modifier === "flag") return flagCells(value);
      return value;
    });
  for (const check of entry.twin.checks ?? []) {
    const when = fill(check.when);
    if (when !== null) steps.push({ when, error: check.error }); // null: names an omitted argument
  }
  const body = fill(template);
  return body === null ? null : applySteps(steps, body);
}

/** A twin template's placeholders: `{name}`, `{name.first_row}` or `{name.flag}`. */
const PLACEHOLDER = /\{([a-z_]+)(?:\.(first_row|flag))?\}/g;

export type PlaceholderModifier = "first_row" | "flag" | undefined;

/**
 * The one reader of twin templates: replaces each placeholder with
 * `fill(name, modifier)`; null when `fill` has nothing for one of them. Used
 * for real references (renderTwin) and for the help pages (argument names).
 */
export function fillTemplate(
  template: string,
  fill: (name: string, modifier: PlaceholderModifier) => string | undefined
): string | null {
  let missing = false;
  const formula = template.replace(PLACEHOLDER, (_, name: string, modifier?: string) => {
    const value = fill(name, modifier as PlaceholderModifier);
    if (value === undefined) missing = true;
    return value ?? "";
  });
  return missing ? null : formula;
}

/** A template with its placeholders shown as argument names, for help text. */
export function templateWithNames(template: string): string {
  return fillTemplate(template, (name, modifier) => (modifier ? `${name}.${modifier}` : name))!;
}
