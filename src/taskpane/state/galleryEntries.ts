/**
 * Turns the shared function catalogue (src/core/catalogue) into the gallery's
 * entries. The example becomes a formula that computes when inserted
 * ("=MKT.ROMI(150000, 50000, 0.4)", ranges as array constants), written by the
 * core's formula-text module: the same text the help page prints and the
 * example test evaluates. It takes the catalogue as a parameter, so tests can
 * pass their own.
 */
import { CATALOGUE, findEntry, type CatalogueEntry, type DescribedArg } from "../../core/catalogue";
import { entryHelp } from "../../core/catalogue/translations";
import type { Language } from "../../core/language";
import { translate } from "../../core/i18n";
import { argumentText, exampleFormula } from "../../core/formulaText";
import type { GalleryEntry } from "./catalogueSearch";

/** The part of a catalogue entry the gallery reads. */
export type GallerySource = Pick<CatalogueEntry, "name" | "summary" | "formula"> & {
  readonly args: readonly Pick<DescribedArg, "name" | "description" | "optional">[];
  readonly example: Pick<CatalogueEntry["example"], "args">;
};

/** An argument as the gallery labels it: "gross_margin (optional)" in the pane's language. */
function argumentName(arg: Pick<DescribedArg, "name" | "optional">, language: Language): string {
  return arg.optional
    ? translate(language, "pane.gallery.optionalArgument", { name: arg.name })
    : arg.name;
}

export function galleryEntries(catalogue: readonly GallerySource[]): GalleryEntry[] {
  return catalogue.map((entry) => ({
    name: entry.name,
    summary: entry.summary,
    formula: entry.formula,
    args: entry.args.map((a, i) => ({
      name: argumentName(a, "en"),
      description: a.description,
      example: argumentText(entry.example.args[i] ?? null),
    })),
    example: exampleFormula(entry),
  }));
}

let builtIn: GalleryEntry[] | undefined;

/** The gallery of the whole MKT catalogue (built once, on the gallery's first showing). */
export function builtInGallery(): readonly GalleryEntry[] {
  builtIn ??= galleryEntries(CATALOGUE);
  return builtIn;
}

/**
 * The gallery in the pane's language: each entry's summary and argument
 * descriptions from the catalogue's translations (English where a text is not
 * translated), and "(optional)" in that language. Names, formulas and examples
 * stay as they are, so what the
 * gallery inserts is the same in every language.
 */
export function galleryInLanguage(
  entries: readonly GalleryEntry[],
  language: Language
): GalleryEntry[] {
  if (language === "en") return [...entries];
  return entries.map((entry) => {
    const source = findEntry(entry.name);
    if (!source) return entry;
    const help = entryHelp(source, language);
    return {
      ...entry,
      summary: help.summary,
      args: entry.args.map((arg, i) => ({
        ...arg,
        name: source.args[i] ? argumentName(source.args[i], language) : arg.name,
        description: help.args[i]?.description ?? arg.description,
      })),
    };
  });
}
