/**
 * How a value is written as a literal inside an Excel formula (invariant
 * English): numbers as JavaScript prints them in plain decimal where it can,
 * TRUE/FALSE, and strings in double quotes with each quote doubled.
 */

/** How a default or literal value is written in a formula. */
export function formulaLiteral(value: number | string | boolean): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `"${value.replace(/"/g, '""')}"`;
}
