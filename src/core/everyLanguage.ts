/**
 * Every language at once, for the runtimes where download size does not
 * matter: the command line, the optimiser worker (it answers in the language
 * of each request), the build scripts that write the help and the metadata
 * in every language, and the tests. The pane loads one language at a time
 * (languagePacks.ts).
 */
import { addTranslation } from "./i18n/catalogue";
import { en } from "./i18n/en";
import { kk } from "./i18n/kk";
import type { Locale } from "./i18n/locale";
import { ru } from "./i18n/ru";
import type { Translation } from "./i18n/types";
import { addCatalogueTranslation } from "./catalogue/translations";
import { KK } from "./catalogue/translations/kk";
import { RU } from "./catalogue/translations/ru";
import type { CatalogueTranslation } from "./catalogue/translations/types";
import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from "./language";

/** The message catalogue in every language. */
export const CATALOGUES: { readonly [L in Locale]: Translation } = { en, ru, kk };

/** The function catalogue's help in every translated language. */
export const TRANSLATIONS: Readonly<Record<TranslatedLanguage, CatalogueTranslation>> = {
  ru: RU,
  kk: KK,
};

/** Adds every translation, so each language reads at once. */
export function loadEveryLanguage(): void {
  for (const language of TRANSLATED_LANGUAGES) {
    addTranslation(language, CATALOGUES[language]);
    addCatalogueTranslation(language, TRANSLATIONS[language]);
  }
}
