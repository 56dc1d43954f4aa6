/**
 * The generated function reference: docs/functions.md, docs/ru/functions.md and
 * docs/kk/functions.md must be what the catalogue and its translations render
 * today (run `npm run docs` after changing either), and each help page must
 * carry the same content as its Markdown with one anchor per function.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  docsPath,
  renderFunctionDocsMarkdown,
  renderFunctionHelpHtml,
  entryDoc,
  methodsAnchor,
} from "../../scripts/functionDocs";
import { entryHelp } from "../../src/core/catalogue/translations";
import { LANGUAGES, TRANSLATED_LANGUAGES } from "../../src/core/language";

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
import { CATALOGUE, findEntry } from "../../src/core/catalogue";

describe("docs/functions.md", () => {
  const markdown = renderFunctionDocsMarkdown();

  it.each(LANGUAGES)(
    "%s: is up to date with the catalogue and its translations (run `npm run docs`)",
    (language) => {
      expect(readFileSync(docsPath(language), "utf8")).toBe(renderFunctionDocsMarkdown(language));
    }
  );

  it.each(CATALOGUE.map((e) => [e.name, e] as const))(
    "documents %s: anchor, syntax, every argument, example, twin, source",
    (_, entry) => {
      const start = markdown.indexOf(`<a id="${entry.anchor}"></a>`);
      expect(start).toBeGreaterThan(0);
      const next = markdown.indexOf('<a id="', start + 1);
      const section = markdown.slice(start, next < 0 ? undefined : next);
      expect(section).toContain(`### MKT.${entry.name}`);
      expect(section).toContain(entry.summary);
      for (const arg of entry.args)
        expect(section).toContain(arg.description.replace(/\|/g, "\\|"));
      expect(section).toContain("**Example:** `=MKT." + entry.name + "(");
      // A function returning a row of cells has no twin (a twin is one cell's formula); its notes say why.
      expect(section).toContain(entry.twin ? "**Native twin:** `=" : "**Native twin:** none");
      expect(section).toContain(
        `**Source:** [${entry.section}](methods.md#${methodsAnchor(entry.section)})`
      );
    }
  );

  it("shows the article's interpretation bands", () => {
    expect(markdown).toContain("- ≥ 200%: outstanding");
    expect(markdown).toContain("- ≤ 10%: good");
    expect(markdown).toContain("- < 20%: the loyalty programme does not work");
  });

  it("is honest about the promo example: the article's 11.01% is not reproducible from the given data", () => {
    expect(findEntry("PROMO_INCREMENT")!.notes.join(" ")).toMatch(/11\.01% cannot be reproduced/);
    expect(markdown).toContain("11.01% cannot be reproduced");
  });
});

describe.each(TRANSLATED_LANGUAGES)("the %s reference", (language) => {
  const markdown = renderFunctionDocsMarkdown(language);
  const html = renderFunctionHelpHtml(language);

  it.each(CATALOGUE.map((e) => [e.name, e] as const))(
    "documents %s in the language: summary, every argument, returns, bands, notes; name and twin in English",
    (_, entry) => {
      const help = entryHelp(entry, language);
      const start = markdown.indexOf(`<a id="${entry.anchor}"></a>`);
      const next = markdown.indexOf('<a id="', start + 1);
      const section = markdown.slice(start, next < 0 ? undefined : next);
      expect(section).toContain(`### MKT.${entry.name}`);
      expect(section).toContain(help.summary);
      expect(section).toContain(help.returns);
      for (const arg of help.args) expect(section).toContain(arg.description.replace(/\|/g, "\\|"));
      for (const band of help.bands) expect(section).toContain(`- ${band.when}: ${band.meaning}`);
      for (const note of help.notes) expect(section).toContain(`- ${note}`);
      for (const note of entry.notes) expect(section).not.toContain(`- ${note}`);
      if (entry.twin) expect(section).toContain("`=");
      expect(html).toContain(`<section class="fn" id="${entry.anchor}">`);
      expect(html).toContain(escapeHtml(help.summary));
    }
  );

  it("declares its language and links the other two", () => {
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain('href="../functions.html"');
    expect(markdown).toContain("(../functions.md)");
  });

  it("is a standalone page: no external scripts, styles or images", () => {
    expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//);
  });
});

describe("help/functions.html", () => {
  const html = renderFunctionHelpHtml();

  it("is a standalone page: no external scripts, styles or images", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|src=|https?:\/\//);
  });

  it.each(CATALOGUE.map((e) => [e.name, e] as const))(
    "has the %s anchor its @helpurl points to",
    (_, entry) => {
      expect(html).toContain(`<section class="fn" id="${entry.anchor}">`);
      expect(html).toContain(`<h3>MKT.${entry.name}</h3>`);
    }
  );

  it("says what the Markdown says, function by function (both render one model per entry)", () => {
    for (const entry of CATALOGUE) {
      const doc = entryDoc(entry);
      for (const text of [doc.summary, doc.returns, ...doc.notes, ...doc.args.map((a) => a.blank)])
        expect(html).toContain(escapeHtml(text));
    }
  });

  it("escapes text: quotes, ampersands and angle brackets never break the markup", () => {
    // ROMI_RATING's twin holds double quotes; HYPOTHESIS_CONFIRMED's holds ">=".
    expect(html).toContain("&quot;below acceptable&quot;");
    expect(html).toContain("&quot;&gt;=4&quot;");
    const withoutTags = html
      .replace(/<\/?[a-z0-9]+(\s+[a-z-]+="[^"]*")*\s*\/?>/gi, "")
      .replace(/<!DOCTYPE html>/, "");
    expect(withoutTags).not.toMatch(/[<>]/);
  });
});

describe("the in-Excel help page", () => {
  it.each(LANGUAGES)(
    "%s: shows no raw Markdown (code spans rendered, no ** or [..](..))",
    (language) => {
      const visible = renderFunctionHelpHtml(language)
        .replace(/<style>[\s\S]*?<\/style>/, "")
        .replace(/<[^>]+>/g, " ");
      expect(visible).not.toMatch(/`/);
      expect(visible).not.toMatch(/\*\*/);
      expect(visible).not.toMatch(/\]\(/);
    }
  );
});

describe("docs/methods.md, the method reference the docs cite", () => {
  const methods = readFileSync(join(__dirname, "../../docs/methods.md"), "utf8");

  it.each([...new Set(CATALOGUE.map((e) => e.section))])("has the section %s", (section) => {
    expect(methods).toContain(`<a id="${methodsAnchor(section)}"></a>`);
  });

  it("names every function it describes as the catalogue spells it", () => {
    for (const name of methods.matchAll(/`([A-Z][A-Z_]+)`/g))
      expect(findEntry(name[1])).toBeDefined();
  });

  it("is what the docs cite: no page points at the reference notes outside the repository", () => {
    const docs = join(__dirname, "../../docs");
    const pages = [
      ...["functions.md", "ru/functions.md", "kk/functions.md", "discount-engine.md"],
      ...["budget-engine.md", "guided-sheets.md", "methods.md", "architecture.md"],
    ];
    for (const page of pages)
      expect(readFileSync(join(docs, page), "utf8")).not.toMatch(
        /formulas\.md|worked-examples\.md|discount-model\.md|budget-allocation\.md|shared\/reference/
      );
  });
});
