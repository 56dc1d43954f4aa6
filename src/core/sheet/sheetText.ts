/**
 * Per-language text of a sheet: each sheet kind keeps its labels, headings
 * and notes in one table keyed by language, English complete and the others
 * filled key by key (a missing key falls back to English, so a sheet is never
 * built with holes). Placeholders in braces ({name}, {currency}) are filled by
 * the builder with the model's own values.
 */

import { LANGUAGES, type Language } from "../language";

/** The add-in's languages (core/language), under the names the sheet code uses. */
export const SHEET_LANGUAGES = LANGUAGES;
export type SheetLanguage = Language;

export type SheetTextTable<K extends string> = { en: Readonly<Record<K, string>> } & {
  readonly [L in Exclude<SheetLanguage, "en">]?: Readonly<Partial<Record<K, string>>>;
};

export type SheetTextLookup<K extends string> = (
  key: K,
  params?: Readonly<Record<string, string | number>>
) => string;

/**
 * How the Kazakh sheets name the style of the cells to edit (blue text on a
 * yellow fill): one wording for every sheet, "on a yellow background" rather
 * than the elliptical "сарыдағы" (second reading of the kk sheets, finding 20).
 */
export const KK_INPUT_STYLE = "сары фондағы көк";
/** KK_INPUT_STYLE at the start of a sentence. */
export const KK_INPUT_STYLE_START = "Сары фондағы көк";

export function isSheetLanguage(value: unknown): value is SheetLanguage {
  return typeof value === "string" && (SHEET_LANGUAGES as readonly string[]).includes(value);
}

/** The lookup of `table` in `language`; `{x}` is replaced by params.x, unknown placeholders stay visible. */
export function sheetText<K extends string>(
  table: SheetTextTable<K>,
  language: SheetLanguage = "en"
): SheetTextLookup<K> {
  const own = language === "en" ? undefined : table[language];
  return (key, params) => {
    const template = own?.[key] ?? table.en[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, p: string) =>
      p in params ? String(params[p]) : whole
    );
  };
}
