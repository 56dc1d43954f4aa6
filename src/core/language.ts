/**
 * The languages the add-in speaks, in one place: English (the default and the
 * language of the catalogue's own text), Russian and Kazakh (Cyrillic), the
 * languages of the source articles and of the analysts who use the add-in.
 */

export const LANGUAGES = ["en", "ru", "kk"] as const;

export type Language = (typeof LANGUAGES)[number];

/** The languages that are translated from the English source text. */
export const TRANSLATED_LANGUAGES = ["ru", "kk"] as const;

export type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** The Office locale tag each language is offered under (manifest overrides, html lang). */
export const OFFICE_LOCALE: Readonly<Record<Language, string>> = {
  en: "en-US",
  ru: "ru-RU",
  kk: "kk-KZ",
};

/** Reads "ru", "RU", "ru-RU", "kk_KZ.UTF-8" and the like; anything else is undefined. */
export function parseLanguage(text: string | undefined | null): Language | undefined {
  const match = /^(en|ru|kk)(?:[-_.@].*)?$/i.exec((text ?? "").trim());
  return match ? (match[1].toLowerCase() as Language) : undefined;
}
