/**
 * A language's texts loaded when it is needed: the message catalogue's
 * translation and the function catalogue's help in that language. The pane
 * and the custom functions share one page, and a reader uses one language at
 * a time, so the page downloads only that one (about 20 KB gzip each, in a
 * chunk of its own: bench/taskpane.bench.ts). English is built in.
 */
import { addTranslation, hasTranslation } from "./i18n/catalogue";
import type { Translation } from "./i18n/types";
import { addCatalogueTranslation } from "./catalogue/translations";
import type { CatalogueTranslation } from "./catalogue/translations/types";
import type { Language, TranslatedLanguage } from "./language";

interface LanguagePack {
  messages: Translation;
  help: CatalogueTranslation;
}

// Both imports of a language name the same chunk, so webpack makes one file per language.
const PACKS: Readonly<Record<TranslatedLanguage, () => Promise<LanguagePack>>> = {
  ru: async () => {
    const [messages, help] = await Promise.all([
      import(/* webpackChunkName: "lang-ru" */ "./i18n/ru"),
      import(/* webpackChunkName: "lang-ru" */ "./catalogue/translations/ru"),
    ]);
    return { messages: messages.ru, help: help.RU };
  },
  kk: async () => {
    const [messages, help] = await Promise.all([
      import(/* webpackChunkName: "lang-kk" */ "./i18n/kk"),
      import(/* webpackChunkName: "lang-kk" */ "./catalogue/translations/kk"),
    ]);
    return { messages: messages.kk, help: help.KK };
  },
};

/** Makes `language` readable by t(), translate() and entryHelp(); resolves at once when it already is. */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === "en" || hasTranslation(language)) return;
  const pack = await PACKS[language]();
  addCatalogueTranslation(language, pack.help);
  addTranslation(language, pack.messages);
}
