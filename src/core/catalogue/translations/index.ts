/**
 * The catalogue's help texts in every language: `entryHelp` gives one entry's
 * user-facing texts in the asked language (English from the entry itself,
 * Russian and Kazakh from ru.ts / kk.ts, each missing key falling back to
 * English so a build never breaks), and `translationGaps` lists every key a
 * language lacks or no longer needs — the coverage test fails on any of them.
 *
 * A translation is read once it is added: core/languagePacks loads the one the
 * pane speaks, core/everyLanguage holds them all (command line, build, tests).
 * Until then the entry reads in English.
 */
import { Language, TranslatedLanguage, TRANSLATED_LANGUAGES } from "../../language";
import type { CatalogueEntry } from "../entry";
import { CatalogueTranslation } from "./types";

export type {
  ArgTranslation,
  BandTranslation,
  CatalogueTranslation,
  EntryTranslation,
} from "./types";

/** The translations this runtime holds. */
const loaded: { [L in TranslatedLanguage]?: CatalogueTranslation } = {};

export function addCatalogueTranslation(
  language: TranslatedLanguage,
  translation: CatalogueTranslation
): void {
  loaded[language] = translation;
}

/** One entry's user-facing help texts in one language. */
export interface EntryHelp {
  readonly category: string;
  readonly summary: string;
  readonly returns: string;
  /** In the entry's argument order. */
  readonly args: readonly {
    readonly name: string;
    readonly description: string;
    readonly blankNote?: string;
  }[];
  readonly bands: readonly { readonly when: string; readonly meaning: string }[];
  readonly notes: readonly string[];
}

function englishHelp(entry: CatalogueEntry): EntryHelp {
  return {
    category: entry.category,
    summary: entry.summary,
    returns: entry.returns,
    args: entry.args.map((arg) => ({
      name: arg.name,
      description: arg.description,
      blankNote: arg.blankNote,
    })),
    bands: entry.bands ?? [],
    notes: entry.notes,
  };
}

/** The help texts of `entry` in `language`; a key the translation lacks reads in English. */
export function entryHelp(entry: CatalogueEntry, language: Language): EntryHelp {
  const english = englishHelp(entry);
  const translation = language === "en" ? undefined : loaded[language];
  if (!translation) return english;
  const own = translation.entries[entry.name];
  const bands = own?.bands?.length === english.bands.length ? own.bands : english.bands;
  const notes = own?.notes?.length === english.notes.length ? own.notes : english.notes;
  return {
    category: translation.categories[entry.category] ?? english.category,
    summary: own?.summary ?? english.summary,
    returns: own?.returns ?? english.returns,
    args: english.args.map((arg) => {
      const ownArg = own?.args[arg.name];
      return {
        name: arg.name,
        description: ownArg?.description ?? arg.description,
        blankNote: arg.blankNote === undefined ? undefined : (ownArg?.blankNote ?? arg.blankNote),
      };
    }),
    bands,
    notes,
  };
}

/** A category name in `language` (English when the translation lacks it). */
export function categoryName(category: string, language: Language): string {
  return (language === "en" ? undefined : loaded[language]?.categories[category]) ?? category;
}

function quoted(text: string): string {
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
}

/** What one language's translation lacks, or holds for nothing, against the catalogue. */
function gapsOf(
  catalogue: readonly CatalogueEntry[],
  language: TranslatedLanguage,
  translation: CatalogueTranslation
): string[] {
  const gaps: string[] = [];
  const file = `src/core/catalogue/translations/${language}.ts`;
  const missing = (key: string, english: string) =>
    gaps.push(`${language}: ${key} is missing in ${file} (English: ${quoted(english)})`);
  for (const category of new Set(catalogue.map((e) => e.category)))
    if (translation.categories[category] === undefined)
      missing(`categories["${category}"]`, category);
  for (const entry of catalogue) {
    const own = translation.entries[entry.name];
    if (!own) {
      missing(
        `${entry.name} (summary, returns, every argument${entry.bands ? ", bands" : ""})`,
        entry.summary
      );
      continue;
    }
    if (!own.summary) missing(`${entry.name}.summary`, entry.summary);
    if (!own.returns) missing(`${entry.name}.returns`, entry.returns);
    for (const arg of entry.args) {
      const ownArg = own.args[arg.name];
      if (!ownArg?.description)
        missing(`${entry.name}.args.${arg.name}.description`, arg.description);
      if (arg.blankNote !== undefined && !ownArg?.blankNote)
        missing(`${entry.name}.args.${arg.name}.blankNote`, arg.blankNote);
      if (arg.blankNote === undefined && ownArg?.blankNote !== undefined)
        gaps.push(
          `${language}: ${entry.name}.args.${arg.name}.blankNote has no English blankNote; remove it from ${file}`
        );
    }
    for (const name of Object.keys(own.args))
      if (!entry.args.some((a) => a.name === name))
        gaps.push(
          `${language}: ${entry.name}.args.${name} is not an argument of ${entry.name}; remove or rename it in ${file}`
        );
    const bands = entry.bands ?? [];
    if ((own.bands?.length ?? 0) !== bands.length)
      gaps.push(
        `${language}: ${entry.name}.bands has ${own.bands?.length ?? 0} bands in ${file}, the English has ${bands.length} (${bands.map((b) => `${b.when}: ${b.meaning}`).join("; ")})`
      );
    if ((own.notes?.length ?? 0) !== entry.notes.length)
      gaps.push(
        `${language}: ${entry.name}.notes has ${own.notes?.length ?? 0} notes in ${file}, the English has ${entry.notes.length} (${entry.notes.map(quoted).join("; ")})`
      );
  }
  for (const name of Object.keys(translation.entries))
    if (!catalogue.some((e) => e.name === name))
      gaps.push(
        `${language}: ${name} is translated in ${file} but is not in the catalogue; remove or rename it`
      );
  return gaps;
}

/** Every missing or stale translation key, all languages; empty when the catalogue is fully translated. */
export function translationGaps(
  catalogue: readonly CatalogueEntry[],
  translations: Readonly<Record<TranslatedLanguage, CatalogueTranslation>>
): string[] {
  return TRANSLATED_LANGUAGES.flatMap((language) =>
    gapsOf(catalogue, language, translations[language])
  );
}
