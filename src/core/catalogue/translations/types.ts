/**
 * The shape of a catalogue translation: for every function (keyed by its Excel
 * name, which stays English in every language) the user-facing help texts, and
 * for every argument (keyed by its name, which also stays English) its
 * description and, where the English has one, its blank note; and the notes of
 * its help page. Kept apart from
 * the entries so that editing an entry and translating it never touch the same
 * file; `translationGaps` says exactly what a language still lacks.
 */

export interface ArgTranslation {
  readonly description: string;
  /** Present exactly when the English argument has a blankNote. */
  readonly blankNote?: string;
}

export interface BandTranslation {
  readonly when: string;
  readonly meaning: string;
}

export interface EntryTranslation {
  /** The autocomplete summary (functions.json "description"). */
  readonly summary: string;
  readonly returns: string;
  /** One per argument of the entry, by argument name. */
  readonly args: Readonly<Record<string, ArgTranslation>>;
  /** The interpretation bands, in the entry's order; present exactly when the entry has bands. */
  readonly bands?: readonly BandTranslation[];
  /** The help page's notes (decisions, blank handling), one per English note in its order; present exactly when the entry has notes. */
  readonly notes?: readonly string[];
}

export interface CatalogueTranslation {
  /** Category names as the docs and the gallery show them, keyed by the English name. */
  readonly categories: Readonly<Record<string, string>>;
  /** Keyed by the function's Excel name (e.g. "ROMI"). */
  readonly entries: Readonly<Record<string, EntryTranslation>>;
}
