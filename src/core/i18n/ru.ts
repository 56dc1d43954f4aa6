/**
 * Russian texts of the message catalogue, key by key (the keys and the
 * English reference texts are in en.ts). A key missing here falls back to
 * English; `test/core/i18n/catalogue.test.ts` lists the missing keys and
 * fails for a locale listed in COMPLETE_LOCALES (catalogue.ts). Keep every
 * {placeholder} of the English text; plural texts give the forms
 * Intl.PluralRules("ru") uses: one, few, many, other.
 */
import type { Translation } from "./types";

export const ru: Translation = {};
