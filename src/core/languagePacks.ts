/**
 * A language's texts loaded when they are needed, each in a chunk of its own
 * (bench/taskpane.bench.ts lists them): the message catalogue's translation,
 * before the pane speaks the language; the messages of what the pane shows
 * after its first screen (i18n/enLater.ts and its twins: a tab, a model
 * panel, the workbook code's statuses), with the first of those parts; and the
 * function catalogue's help (summaries, arguments, notes), when the function
 * gallery shows it. The pane and the custom functions share one page and a
 * reader uses one language at a time, so the page downloads only that one.
 * English's first texts are built in; the command line's texts never come here
 * (core/everyLanguage).
 */
import { addTranslation } from "./i18n/catalogue";
import type { Translation } from "./i18n/types";
import { addCatalogueTranslation } from "./catalogue/translations";
import type { CatalogueTranslation } from "./catalogue/translations/types";
import type { Language, TranslatedLanguage } from "./language";

const MESSAGES: Readonly<Record<TranslatedLanguage, () => Promise<Translation>>> = {
  ru: () => import(/* webpackChunkName: "lang-ru" */ "./i18n/ru").then((m) => m.ru),
  kk: () => import(/* webpackChunkName: "lang-kk" */ "./i18n/kk").then((m) => m.kk),
};

const LATER_MESSAGES: Readonly<Record<Language, () => Promise<Translation>>> = {
  en: () => import(/* webpackChunkName: "lang-en-later" */ "./i18n/enLater").then((m) => m.enLater),
  ru: () => import(/* webpackChunkName: "lang-ru-later" */ "./i18n/ruLater").then((m) => m.ruLater),
  kk: () => import(/* webpackChunkName: "lang-kk-later" */ "./i18n/kkLater").then((m) => m.kkLater),
};

const FUNCTION_HELP: Readonly<Record<TranslatedLanguage, () => Promise<CatalogueTranslation>>> = {
  ru: () =>
    import(/* webpackChunkName: "help-ru" */ "./catalogue/translations/ru").then((m) => m.RU),
  kk: () =>
    import(/* webpackChunkName: "help-kk" */ "./catalogue/translations/kk").then((m) => m.KK),
};

type Loads = Map<Language, Promise<void>>;
const firstLoads: Loads = new Map();
const laterLoads: Loads = new Map();

/** Adds one part of a language once; a part whose chunk failed (offline) is fetched again next time. */
function loadPart(
  loads: Loads,
  language: Language,
  part: () => Promise<Translation>
): Promise<void> {
  let load = loads.get(language);
  if (!load) {
    load = part().then((texts) => addTranslation(language, texts));
    load.catch(() => loads.delete(language));
    loads.set(language, load);
  }
  return load;
}

/** Set by the first loadEveryText: from then on a language switch brings the later texts too. */
let laterWanted = false;

/**
 * Makes `language` readable by t() and translate(): its first texts, and its
 * later ones once the pane has needed them (loadEveryText). Resolves at once
 * when they are here already; rejects when a chunk could not be fetched.
 */
export async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([
    language === "en" ? undefined : loadPart(firstLoads, language, MESSAGES[language]),
    laterWanted ? loadPart(laterLoads, language, LATER_MESSAGES[language]) : undefined,
  ]);
}

/**
 * loadLanguage with the texts of what the pane shows after its first screen:
 * what a tab, a model panel or the workbook code waits for when first used
 * (taskpane/lazyPart).
 */
export async function loadEveryText(language: Language): Promise<void> {
  laterWanted = true;
  await loadLanguage(language);
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
