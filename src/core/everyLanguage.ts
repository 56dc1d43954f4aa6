/**
 * Every language at once, for the runtimes where download size does not
 * matter: the command line, the optimiser worker (it answers in the language
 * of each request), the build scripts that write the help and the metadata
 * in every language, and the tests. The pane loads one language at a time
 * (languagePacks.ts).
 */
import { addTranslation } from "./i18n/catalogue";
import { en } from "./i18n/en";
import { enCli } from "./i18n/enCli";
import { enLater } from "./i18n/enLater";
import { kk } from "./i18n/kk";
import { kkCli } from "./i18n/kkCli";
import { kkLater } from "./i18n/kkLater";
import { LOCALES, type Locale } from "./i18n/locale";
import { ru } from "./i18n/ru";
import { ruCli } from "./i18n/ruCli";
import { ruLater } from "./i18n/ruLater";
import type { Translation } from "./i18n/types";
import { addCatalogueTranslation } from "./catalogue/translations";
import { KK } from "./catalogue/translations/kk";
import { RU } from "./catalogue/translations/ru";
import type { CatalogueTranslation } from "./catalogue/translations/types";
import { TRANSLATED_LANGUAGES, type TranslatedLanguage } from "./language";

/** The message catalogue in every language, each whole: first texts, later ones, the command line's. */
export const CATALOGUES: { readonly [L in Locale]: Translation } = {
  en: { ...en, ...enLater, ...enCli },
  ru: { ...ru, ...ruLater, ...ruCli },
  kk: { ...kk, ...kkLater, ...kkCli },
};

/** The function catalogue's help in every translated language. */
export const TRANSLATIONS: Readonly<Record<TranslatedLanguage, CatalogueTranslation>> = {
  ru: RU,
  kk: KK,
};

/** Adds every text of every language (English's later and command-line ones too), so each reads at once. */
export function loadEveryLanguage(): void {
  for (const locale of LOCALES) addTranslation(locale, CATALOGUES[locale]);
  for (const language of TRANSLATED_LANGUAGES)
    addCatalogueTranslation(language, TRANSLATIONS[language]);
}
