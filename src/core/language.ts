/**
 * The languages the add-in speaks, for the translated help and sheets:
 * the message catalogue's locales (core/i18n/locale, one home for the list and
 * for reading a tag such as "ru-RU"), the two translated from the English
 * source text, and the Office locale each is offered under.
 */
import { LOCALES, type Locale } from "./i18n/locale";

export const LANGUAGES = LOCALES;

export type Language = Locale;

/** The languages that are translated from the English source text. */
export const TRANSLATED_LANGUAGES = ["ru", "kk"] as const satisfies readonly Language[];

export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** The Office locale tag each language is offered under (manifest overrides). */
export const OFFICE_LOCALE: Readonly<Record<Language, string>> = {
  en: "en-US",
  ru: "ru-RU",
  kk: "kk-KZ",
};
