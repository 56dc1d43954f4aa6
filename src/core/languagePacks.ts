/**
 * A language's texts loaded when they are needed, each in a chunk of its own
 * (bench/taskpane.bench.ts lists them): the message catalogue's translation,
 * before the pane speaks the language, and the function catalogue's help
 * (summaries, arguments, notes), when the function gallery shows it. The pane
 * and the custom functions share one page and a reader uses one language at a
 * time, so the page downloads only that one. English is built in.
 */
import { addTranslation, hasTranslation } from "./i18n/catalogue";
import type { Translation } from "./i18n/types";
import { addCatalogueTranslation } from "./catalogue/translations";
import type { CatalogueTranslation } from "./catalogue/translations/types";
import type { Language, TranslatedLanguage } from "./language";

const MESSAGES: Readonly<Record<TranslatedLanguage, () => Promise<Translation>>> = {
  ru: () => import(/* webpackChunkName: "lang-ru" */ "./i18n/ru").then((m) => m.ru),
  kk: () => import(/* webpackChunkName: "lang-kk" */ "./i18n/kk").then((m) => m.kk),
};

const FUNCTION_HELP: Readonly<Record<TranslatedLanguage, () => Promise<CatalogueTranslation>>> = {
  ru: () =>
    import(/* webpackChunkName: "help-ru" */ "./catalogue/translations/ru").then((m) => m.RU),
  kk: () =>
    import(/* webpackChunkName: "help-kk" */ "./catalogue/translations/kk").then((m) => m.KK),
};

/** Makes `language` readable by t() and translate(); resolves at once when it already is. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === "en" || hasTranslation(language)) return;
  addTranslation(language, await MESSAGES[language]());
}

const helpLoads = new Map<Language, Promise<boolean>>([["en", Promise.resolve(true)]]);

/**
 * Makes the function catalogue's help readable in `language` (entryHelp,
 * categoryName). The same promise for a language every time, so a component
 * can suspend on it (React's use()); it never rejects: should the chunk fail
 * to load (offline), it resolves false and the help reads in English.
 */
export function loadFunctionHelp(language: Language): Promise<boolean> {
  let load = helpLoads.get(language);
  if (!load) {
    const translated = language as TranslatedLanguage;
    load = FUNCTION_HELP[translated]().then(
      (help) => {
        addCatalogueTranslation(translated, help);
        return true;
      },
      () => false
    );
    helpLoads.set(language, load);
  }
  return load;
}
