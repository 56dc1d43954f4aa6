/**
 * A language's texts arrive when it is loaded: before, its keys read in
 * English; after, in the language; the function help comes apart, on its
 * own call; the other language stays unloaded. Each case runs on fresh modules (the jest setup
 * has loaded every language into the shared ones).
 */
import { RU } from "../../src/core/catalogue/translations/ru";
import { enLater } from "../../src/core/i18n/enLater";
import { kk } from "../../src/core/i18n/kk";
import { kkLater } from "../../src/core/i18n/kkLater";
import { ru } from "../../src/core/i18n/ru";
import { ruLater } from "../../src/core/i18n/ruLater";

type Modules = {
  i18n: typeof import("../../src/core/i18n");
  packs: typeof import("../../src/core/languagePacks");
  catalogue: typeof import("../../src/core/catalogue");
  help: typeof import("../../src/core/catalogue/translations");
};

/** Runs `check` on fresh copies of the modules: English only, as the page starts. */
function onFreshModules(check: (modules: Modules) => Promise<void>): Promise<void> {
  return jest.isolateModulesAsync(async () => {
    await check({
      i18n: await import("../../src/core/i18n"),
      packs: await import("../../src/core/languagePacks"),
      catalogue: await import("../../src/core/catalogue"),
      help: await import("../../src/core/catalogue/translations"),
    });
  });
}

describe("loadLanguage", () => {
  it("reads a language in English until it is loaded, then in the language", () =>
    onFreshModules(async ({ i18n, packs }) => {
      expect(i18n.hasTranslation("ru")).toBe(false);
      expect(i18n.translate("ru", "pane.title")).toBe(i18n.translate("en", "pane.title"));
      await packs.loadLanguage("ru");
      expect(i18n.hasTranslation("ru")).toBe(true);
      expect(i18n.translate("ru", "pane.title")).toBe(ru["pane.title"]);
      expect(i18n.hasTranslation("kk")).toBe(false);
    }));

  it("loads the function catalogue's help apart, when the gallery asks for it", () =>
    onFreshModules(async ({ packs, catalogue, help }) => {
      const romi = catalogue.findEntry("ROMI")!;
      await packs.loadLanguage("ru");
      expect(help.entryHelp(romi, "ru").summary).toBe(romi.summary);
      const load = packs.loadFunctionHelp("ru");
      expect(packs.loadFunctionHelp("ru")).toBe(load); // one promise per language, for React's use()
      await expect(load).resolves.toBe(true);
      expect(help.entryHelp(romi, "ru").summary).toBe(RU.entries.ROMI.summary);
      expect(help.categoryName(romi.category, "ru")).toBe(RU.categories[romi.category]);
      expect(help.entryHelp(romi, "kk").summary).toBe(romi.summary);
      await expect(packs.loadFunctionHelp("en")).resolves.toBe(true);
    }));

  it("makes t() speak the language once it is loaded and active", () =>
    onFreshModules(async ({ i18n, packs }) => {
      await packs.loadLanguage("kk");
      i18n.setLocale("kk");
      expect(i18n.t("pane.title")).toBe(kk["pane.title"]);
    }));

  it("resolves at once for English and for a language already loaded", () =>
    onFreshModules(async ({ i18n, packs }) => {
      await packs.loadLanguage("en");
      expect(i18n.hasTranslation("ru")).toBe(false);
      await packs.loadLanguage("ru");
      await packs.loadLanguage("ru");
      expect(i18n.translate("ru", "pane.title")).toBe(ru["pane.title"]);
    }));

  it("brings what the pane shows after its first screen only with loadEveryText", () =>
    onFreshModules(async ({ i18n, packs }) => {
      // Not loaded yet: a later text reads as its key (the page never shows one before loading it).
      expect(i18n.translate("en", "pane.gallery.label")).toBe("pane.gallery.label");
      await packs.loadLanguage("ru");
      expect(i18n.translate("ru", "pane.gallery.label")).toBe("pane.gallery.label");
      await packs.loadEveryText("ru");
      expect(i18n.translate("ru", "pane.gallery.label")).toBe(ruLater["pane.gallery.label"]);
      expect(i18n.translate("ru", "pane.title")).toBe(ru["pane.title"]);
    }));

  it("once the later texts were needed, a language switched to brings its own", () =>
    onFreshModules(async ({ i18n, packs }) => {
      await packs.loadEveryText("en");
      expect(i18n.translate("en", "pane.gallery.label")).toBe(enLater["pane.gallery.label"]);
      await packs.loadLanguage("kk");
      expect(i18n.translate("kk", "pane.gallery.label")).toBe(kkLater["pane.gallery.label"]);
      expect(i18n.translate("kk", "pane.title")).toBe(kk["pane.title"]);
    }));

  it("never loads the command line's texts into the page", () =>
    onFreshModules(async ({ i18n, packs }) => {
      await packs.loadEveryText("ru");
      expect(i18n.translate("ru", "cli.lang.invalid", { value: "xx" })).toBe("cli.lang.invalid");
    }));
});
