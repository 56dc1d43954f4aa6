/**
 * The formula a sheet plan's defined name refers to, in the form both of its
 * writers need: a range qualified by the (quoted) sheet name and made
 * absolute, as Solver reads `solver_adj` ('Sheet name'!$C$5:$E$5), or a
 * constant (1, TRUE, "text"). No leading "=": the .xlsx writer stores it so in
 * <definedName>, and the Office adapter prefixes "=" for names.add.
 */
import { absoluteRange } from "./a1";
import type { PlanName } from "./sheet/plan";

/** 'It''s' quoting: Excel doubles apostrophes inside a quoted sheet name. */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

export function definedNameFormula(name: PlanName, sheetName: string): string {
  if ("range" in name.refersTo) {
    const sheet = quoteSheetName(sheetName);
    return absoluteRange(name.refersTo.range)
      .split(",")
      .map((area) => `${sheet}!${area}`)
      .join(",");
  }
  const v = name.refersTo.value;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return `"${v.replace(/"/g, '""')}"`;
}
