/**
 * Search of the MKT function catalogue for the gallery: every word of the
 * query must appear somewhere in the entry (name, summary, formula, argument
 * names and descriptions, example); entries whose name matches rank first.
 */

export interface GalleryArg {
  name: string;
  description: string;
  /** The example's value for it as formula text ("" when the example leaves it out). */
  example: string;
}

export interface GalleryEntry {
  /** Without the namespace, e.g. "ROMI". */
  name: string;
  summary: string;
  formula: string;
  args: GalleryArg[];
  /** A complete formula that works when inserted, e.g. "=MKT.ROMI(150000, 100000)". */
  example: string;
}

function haystack(entry: GalleryEntry): string {
  return [
    entry.name,
    entry.summary,
    entry.formula,
    entry.example,
    ...entry.args.flatMap((a) => [a.name, a.description]),
  ]
    .join(" \n ")
    .toLowerCase();
}

export function searchCatalogue(entries: readonly GalleryEntry[], query: string): GalleryEntry[] {
  const words = query
    .toLowerCase()
    .replace(/^=?mkt\./, "")
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return [...entries];
  const scored = entries
    .map((entry, order) => {
      const text = haystack(entry);
      if (!words.every((w) => text.includes(w))) return null;
      const name = entry.name.toLowerCase();
      const score = words.some((w) => name === w) ? 0 : words.some((w) => name.includes(w)) ? 1 : 2;
      return { entry, score, order };
    })
    .filter((x): x is { entry: GalleryEntry; score: number; order: number } => x !== null);
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.map((x) => x.entry);
}

/** The formula the gallery writes into the cell: the entry's example, which always computes. */
export function formulaToInsert(entry: GalleryEntry): string {
  const example = entry.example.trim();
  if (example.startsWith("=")) return example;
  if (/^MKT\./i.test(example)) return `=${example}`;
  return `=MKT.${entry.name}()`;
}
