/**
 * The production build (made once by test/globalSetup.ts): dist/ holds what the
 * manifest points at, the manifest carries production URLs and still passes the
 * offline checks, and the page loads office.js from Microsoft's CDN before the bundles.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { checkManifest } from "../../scripts/manifest/checkManifest";
import { distDir, productionUrl } from "./distPaths";
import { CATALOGUE } from "../../src/core/catalogue";
import { entryHelp } from "../../src/core/catalogue/translations";
import { TRANSLATED_LANGUAGES } from "../../src/core/language";

const read = (file: string) => readFileSync(join(distDir, file), "utf8");

describe("production build", () => {
  it.each([
    "taskpane.html",
    "taskpane.js",
    "functions.js",
    "functions.json",
    "manifest.xml",
    "help/functions.html",
    "functions-ru.json",
    "functions-kk.json",
    "help/ru/functions.html",
    "help/kk/functions.html",
    "assets/icon-16.png",
    "assets/icon-32.png",
    "assets/icon-64.png",
    "assets/icon-80.png",
  ])("emits %s", (file) => {
    expect(existsSync(join(distDir, file))).toBe(true);
  });

  it("rewrites every development URL in the manifest to the production URL", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain(`${productionUrl}taskpane.html`);
    expect(manifest).toContain(`${productionUrl}functions.json`);
  });

  it("builds a manifest that passes the offline checks, icons resolved inside dist/", () => {
    const problems = checkManifest(read("manifest.xml"), {
      expectedNamespace: "MKT",
      readIcon: (url) => {
        if (!url.startsWith(productionUrl)) return null;
        const file = join(distDir, url.slice(productionUrl.length));
        return existsSync(file) ? readFileSync(file) : null;
      },
    });
    expect(problems).toEqual([]);
  });

  it("lets functions receive error values (allowErrorForDataTypeAny), so an error cell in a range passes through", () => {
    const metadata = JSON.parse(read("functions.json")) as {
      allowErrorForDataTypeAny?: boolean;
      functions: { parameters: { type?: string }[] }[];
    };
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    for (const localized of ["functions-ru.json", "functions-kk.json"])
      expect(JSON.parse(read(localized)).allowErrorForDataTypeAny).toBe(true);
    // The flag only reaches arguments typed any: every argument of ours is.
    const types = new Set(metadata.functions.flatMap((f) => f.parameters.map((p) => p.type)));
    expect([...types]).toEqual(["any"]);
  });

  it("points every function's help link at the production help page", () => {
    const metadata = JSON.parse(read("functions.json")) as {
      functions: { id: string; helpUrl?: string }[];
    };
    expect(metadata.functions.length).toBeGreaterThan(0);
    for (const fn of metadata.functions) {
      expect(fn.helpUrl).toBe(`${productionUrl}help/functions.html#${fn.id.toLowerCase()}`);
    }
  });

  it("gives every function of the help page an anchor", () => {
    const metadata = JSON.parse(read("functions.json")) as { functions: { id: string }[] };
    const help = read("help/functions.html");
    for (const fn of metadata.functions) {
      // The page may be minified, so the attribute may or may not be quoted.
      expect(help).toMatch(new RegExp(`id=["']?${fn.id.toLowerCase()}["'\\s>]`));
    }
  });

  it("loads office.js from Microsoft's CDN before the functions and task pane bundles", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(scripts.some((s) => /(^|\/)functions\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => /(^|\/)taskpane\.js$/.test(s))).toBe(true);
  });

  type Metadata = {
    functions: {
      id: string;
      name: string;
      description: string;
      helpUrl?: string;
      parameters: { name: string; description: string; type?: string; optional?: boolean }[];
      result: unknown;
    }[];
  };

  it.each(TRANSLATED_LANGUAGES)(
    "functions-%s.json: the same functions, ids, names and parameters, descriptions and help in the language",
    (language) => {
      const english = JSON.parse(read("functions.json")) as Metadata;
      const localized = JSON.parse(read(`functions-${language}.json`)) as Metadata;
      expect(localized.functions.map((f) => [f.id, f.name])).toEqual(
        english.functions.map((f) => [f.id, f.name])
      );
      const help = read(`help/${language}/functions.html`);
      english.functions.forEach((en, i) => {
        const fn = localized.functions[i];
        const entry = CATALOGUE.find((e) => e.name === fn.id)!;
        const texts = entryHelp(entry, language);
        expect(fn.description).toBe(texts.summary);
        expect(fn.result).toEqual(en.result);
        expect(fn.parameters.map((p) => [p.name, p.type, p.optional])).toEqual(
          en.parameters.map((p) => [p.name, p.type, p.optional])
        );
        fn.parameters.forEach((p, j) => expect(p.description).toBe(texts.args[j].description));
        expect(fn.helpUrl).toBe(
          `${productionUrl}help/${language}/functions.html#${fn.id.toLowerCase()}`
        );
        expect(help).toMatch(new RegExp(`id=["']?${fn.id.toLowerCase()}["'\\s>]`));
      });
    }
  );
});
