/**
 * The languages the add-in speaks and how a language tag from the outside
 * world (Office's display language "ru-RU", a POSIX LANG "kk_KZ.UTF-8", a
 * browser's "en-GB", a `--lang ru` flag) maps onto one of them.
 */

export const LOCALES = ["en", "ru", "kk"] as const;
export type Locale = (typeof LOCALES)[number];

/** English is the catalogue's reference language: every key has an English text. */
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The supported language of a tag: its primary subtag ("ru" of "ru-RU", of
 * "ru_RU.UTF-8"), or null when the add-in does not speak it ("de-DE", "C", "").
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (typeof tag !== "string") return null;
  const primary = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return isLocale(primary) ? primary : null;
}

/** Like matchLocale, with English for anything the add-in does not speak. */
export function resolveLocale(tag: string | null | undefined): Locale {
  return matchLocale(tag) ?? DEFAULT_LOCALE;
}
