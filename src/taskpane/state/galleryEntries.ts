/**
 * Turns the shared function catalogue (src/core/catalogue) into the gallery's
 * entries: the example's arguments become a formula that computes when
 * inserted ("=MKT.ROMI(150000,50000,0.4)"), ranges become array constants.
 * It takes the catalogue as a parameter, so tests can pass their own.
 */
import type { GalleryEntry } from "./catalogueSearch";

type ExampleArg =
  number | string | boolean | null | readonly (readonly (number | boolean | null)[])[];

/** The part of a catalogue entry the gallery reads. */
export interface CatalogueEntryLike {
  readonly name: string;
  readonly summary: string;
  readonly formula: string;
  readonly args: readonly {
    readonly name: string;
    readonly description: string;
    readonly optional?: boolean;
  }[];
  readonly example: { readonly args: readonly ExampleArg[] };
}

function literal(arg: ExampleArg): string {
  if (arg === null) return "";
  if (typeof arg === "number") return String(arg);
  if (typeof arg === "boolean") return arg ? "TRUE" : "FALSE";
  if (typeof arg === "string") return `"${arg.replace(/"/g, '""')}"`;
  // Invariant array constant: "," between columns, ";" between rows.
  return `{${arg.map((row) => row.map((v) => (v === null ? 0 : literal(v))).join(",")).join(";")}}`;
}

export function exampleFormula(entry: CatalogueEntryLike): string {
  const args = [...entry.example.args];
  while (args.length > 0 && args[args.length - 1] === null) args.pop(); // trailing omitted optionals
  return `=MKT.${entry.name}(${args.map(literal).join(",")})`;
}

export function galleryEntries(catalogue: readonly CatalogueEntryLike[]): GalleryEntry[] {
  return catalogue.map((entry) => ({
    name: entry.name,
    summary: entry.summary,
    formula: entry.formula,
    args: entry.args.map((a) => ({
      name: a.optional ? `${a.name} (optional)` : a.name,
      description: a.description,
    })),
    example: exampleFormula(entry),
  }));
}
