/**
 * The pane's language: the one the user picked with the pane's switch, else
 * Office's display language (Office.context.displayLanguage, "ru-RU"), else
 * English. The pick is remembered in the browser storage of the add-in's
 * origin (localStorage), not in Office settings: Excel has no per-user
 * roaming settings for add-ins (Office.context.roamingSettings is Outlook's),
 * and Office.context.document.settings live in the workbook, so a colleague
 * opening the shared file would inherit someone else's language. Storage can
 * be unavailable (private mode, a locked-down webview): then the pick lasts
 * until the pane closes and nothing fails.
 */
import { isLocale, matchLocale, type Locale } from "../../core/i18n";

export const LANGUAGE_STORAGE_KEY = "mkt.paneLanguage";

/** Each language in its own words (endonyms are not translated). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  ru: "Русский",
  kk: "Қазақша",
};

/** The slice of Web Storage the pane uses; tests pass a Map-backed one. */
export interface LanguageStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function initialLanguage(
  store: LanguageStore | undefined,
  displayLanguage: string | undefined
): Locale {
  const remembered = readStored(store);
  return remembered ?? matchLocale(displayLanguage) ?? "en";
}

function readStored(store: LanguageStore | undefined): Locale | null {
  try {
    const value = store?.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage blocked: fall back to Office's language
  }
}

export function rememberLanguage(store: LanguageStore | undefined, locale: Locale): void {
  try {
    store?.setItem(LANGUAGE_STORAGE_KEY, locale);
  } catch {
    // Storage full or blocked: the choice holds for this session only.
  }
}
