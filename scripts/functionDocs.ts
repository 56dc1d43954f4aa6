/**
 * The function reference, generated from the catalogue so help can never drift
 * from behaviour: `renderFunctionDocsMarkdown(language)` is docs/functions.md
 * (docs/ru/functions.md, docs/kk/functions.md; written by `npm run docs`,
 * checked by a test), `renderFunctionHelpHtml(language)` is the self-contained
 * help/functions.html (help/ru/…, help/kk/…) the build emits and every
 * function's @helpurl points to (one anchor per function). Both render the same
 * per-function model (`entryDoc`), so the two pages cannot say different things;
 * the Russian and Kazakh texts come from src/core/catalogue/translations.
 */
import { mkdirSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import {
  CATALOGUE,
  signature,
  CatalogueEntry,
  ResultRow,
  categories,
  templateWithNames,
} from "../src/core/catalogue";
import { categoryName, entryHelp } from "../src/core/catalogue/translations";
import { loadEveryLanguage } from "../src/core/everyLanguage";
import { exampleFormula, formulaLiteral } from "../src/core/formulaText";
import { ArgDecl } from "../src/core/args";
import { LANGUAGES, Language } from "../src/core/language";
import { showNumber } from "../src/core/messages";
import { DOC_TEXT, DocText, LANGUAGE_NAME } from "./functionDocsText";

// The docs are written in every language at once.
loadEveryLanguage();

function formulaSignature(entry: CatalogueEntry): string {
  return `=MKT.${signature(entry)}`;
}

function kindText(arg: ArgDecl, text: DocText): string {
  if (arg.kind === "range")
    return arg.cells === "flag" ? text.kinds.rangeOfFlags : text.kinds.rangeOfFigures;
  return text.kinds[arg.kind];
}

function blankText(arg: ArgDecl, blankNote: string | undefined, text: DocText): string {
  if (blankNote !== undefined) return blankNote;
  if (arg.kind === "range") return arg.optional ? text.blank.rangeOptional : text.blank.range;
  if (arg.blank === "default")
    return text.blank.default(arg.default === undefined ? "" : formulaLiteral(arg.default));
  if (arg.blank === "zero") return text.blank.zero;
  return text.blank.required;
}

function expectedText(value: number | string | boolean | ResultRow): string {
  // A row of figures as Excel writes an array constant: {2, 100000}.
  if (Array.isArray(value))
    return `{${value.map((row) => row.map(showNumber).join(", ")).join("; ")}}`;
  if (typeof value === "number") return showNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `"${value}"`;
}

function twinText(entry: CatalogueEntry): string | null {
  if (!entry.twin) return null;
  return `=${templateWithNames(entry.twin.template)}`;
}

function twinNotes(entry: CatalogueEntry, text: DocText): string[] {
  const notes = entry.twin?.needsDynamicArrays ? [text.dynamicArraysNote] : [];
  for (const older of entry.twin?.olderExcel ?? [])
    notes.push(`${text.olderExcelNote(older.omitted)} \`=${templateWithNames(older.formula)}\``);
  if (entry.twin?.needsDynamicArrays && !entry.twin.olderExcel) notes.push(text.noOlderFormNote);
  return notes;
}

function omittedTwins(entry: CatalogueEntry, text: DocText): [string, string][] {
  const omitted = entry.twin?.omitted ?? {};
  return Object.entries(omitted).map(([arg, template]) => [
    text.without(arg),
    `=${templateWithNames(template)}`,
  ]);
}

function mdCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** One function's help, as both pages show it: the single model the two renderers read. */
export interface EntryDoc {
  readonly anchor: string;
  readonly name: string;
  readonly summary: string;
  readonly syntax: string;
  readonly args: readonly { name: string; kind: string; description: string; blank: string }[];
  readonly returns: string;
  readonly formula: string;
  readonly example: { formula: string; expected: string; source: string };
  readonly bands: readonly { when: string; meaning: string }[];
  readonly twin: string | null;
  readonly twinNotes: readonly string[];
  /** [label ("Without threshold"), formula] */
  readonly omittedTwins: readonly [string, string][];
  readonly notes: readonly string[];
  readonly section: string;
}

export function entryDoc(entry: CatalogueEntry, language: Language = "en"): EntryDoc {
  const text = DOC_TEXT[language];
  const help = entryHelp(entry, language);
  return {
    anchor: entry.anchor,
    name: entry.name,
    summary: help.summary,
    syntax: formulaSignature(entry),
    args: entry.args.map((arg, i) => ({
      name: arg.optional ? `[${arg.name}]` : arg.name,
      kind: kindText(arg, text),
      description: help.args[i].description,
      blank: blankText(arg, help.args[i].blankNote, text),
    })),
    returns: help.returns,
    formula: entry.formula,
    example: {
      formula: exampleFormula(entry),
      expected: expectedText(entry.example.expected),
      source: entry.example.source,
    },
    bands: help.bands,
    twin: twinText(entry),
    twinNotes: twinNotes(entry, text),
    omittedTwins: omittedTwins(entry, text),
    notes: help.notes,
    section: entry.section,
  };
}

/** The catalogue by category, in catalogue order. */
function documentedCategories(language: Language): { category: string; entries: EntryDoc[] }[] {
  return categories().map((category) => ({
    category: categoryName(category, language),
    entries: CATALOGUE.filter((e) => e.category === category).map((e) => entryDoc(e, language)),
  }));
}

/** Where each language's page lives, relative to the English one (docs/ or help/). */
function pagePath(language: Language, file: string): string {
  return language === "en" ? file : `${language}/${file}`;
}

/** Links from `language`'s page to the other two, as [language, its name, relative path]. */
function otherLanguageLinks(language: Language, file: string): [Language, string, string][] {
  const up = language === "en" ? "" : "../";
  return LANGUAGES.filter((l) => l !== language).map((l) => [
    l,
    LANGUAGE_NAME[l],
    `${up}${pagePath(l, file)}`,
  ]);
}

/** The anchor of a section in docs/methods.md: "§1.3" is "section-1-3". */
export function methodsAnchor(section: string): string {
  return `section-${section.replace("§", "").replace(/\./g, "-")}`;
}

function markdownEntry(doc: EntryDoc, text: DocText, methodsLink: string): string[] {
  const out: string[] = [];
  out.push(`<a id="${doc.anchor}"></a>`, "", `### MKT.${doc.name}`, "");
  out.push(doc.summary, "");
  out.push("```", doc.syntax, "```", "");
  out.push(`| ${text.columns.join(" | ")} |`, "|---|---|---|---|");
  for (const arg of doc.args)
    out.push(`| ${arg.name} | ${arg.kind} | ${mdCell(arg.description)} | ${mdCell(arg.blank)} |`);
  out.push("");
  out.push(`**${text.returns}:** ${doc.returns}`, "");
  out.push(`**${text.formula}:** ${doc.formula}`, "");
  out.push(
    `**${text.example}:** \`${doc.example.formula}\` → \`${doc.example.expected}\` (${doc.example.source})`,
    ""
  );
  if (doc.bands.length > 0) {
    out.push(`**${text.interpretation}:**`, "");
    for (const band of doc.bands) out.push(`- ${band.when}: ${band.meaning}`);
    out.push("");
  }
  out.push(`**${text.nativeTwin}:** ${doc.twin ? `\`${doc.twin}\`` : text.noTwin}`, "");
  for (const note of doc.twinNotes) out.push(note, "");
  for (const [label, formula] of doc.omittedTwins) out.push(`${label}: \`${formula}\``, "");
  if (doc.notes.length > 0) {
    out.push(`**${text.notes}:**`, "");
    for (const note of doc.notes) out.push(`- ${note}`);
    out.push("");
  }
  out.push(
    `**${text.source}:** [${doc.section}](${methodsLink}#${methodsAnchor(doc.section)})`,
    ""
  );
  return out;
}

export function renderFunctionDocsMarkdown(language: Language = "en"): string {
  const text = DOC_TEXT[language];
  const sections = documentedCategories(language);
  const out: string[] = [];
  out.push(`# ${text.title}`, "");
  out.push(text.generatedComment, "");
  const links = otherLanguageLinks(language, "functions.md");
  out.push(links.map(([, name, path]) => `[${name}](${path})`).join(" · "), "");
  out.push(text.intro, "");
  out.push(`## ${text.conventionsHeading}`, "");
  for (const rule of text.conventions) out.push(`- ${rule}`);
  out.push("");
  out.push(`## ${text.contentsHeading}`, "");
  for (const { category, entries } of sections) {
    const names = entries.map((e) => `[${e.name}](#${e.anchor})`);
    out.push(`- **${category}**: ${names.join(", ")}`);
  }
  out.push("");
  for (const { category, entries } of sections) {
    out.push(`## ${category}`, "");
    // docs/methods.md, from docs/ or from docs/ru/ and docs/kk/.
    const methodsLink = `${language === "en" ? "" : "../"}methods.md`;
    for (const doc of entries) out.push(...markdownEntry(doc, text, methodsLink));
  }
  return out.join("\n");
}

function esc(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;max-width:960px;margin:0 auto;padding:1rem 1.5rem;line-height:1.5;color:#201f1e}
h1{font-size:1.8rem}h2{border-bottom:1px solid #c8c6c4;padding-bottom:.2rem;margin-top:2.5rem}
h3{margin-top:2rem;font-family:Consolas,monospace}
code,pre{font-family:Consolas,monospace;background:#f3f2f1;border-radius:3px}
code{padding:0 .2rem}pre{padding:.5rem .8rem;overflow-x:auto}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #c8c6c4;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f2f1}section.fn:target{outline:3px solid #0f6cbd;outline-offset:.5rem}`;

/** Markdown `code` spans of a text (intro, conventions, notes) as <code>, the rest escaped. */
function inlineCode(markdown: string): string {
  return markdown
    .split("`")
    .map((part, i) => (i % 2 === 1 ? `<code>${esc(part)}</code>` : esc(part)))
    .join("");
}

function htmlEntry(doc: EntryDoc, text: DocText): string[] {
  const out: string[] = [];
  out.push(`<section class="fn" id="${esc(doc.anchor)}">`, `<h3>MKT.${esc(doc.name)}</h3>`);
  out.push(`<p>${esc(doc.summary)}</p>`, `<pre>${esc(doc.syntax)}</pre>`);
  const headings = text.columns.map((c) => `<th>${esc(c)}</th>`).join("");
  out.push(`<table><thead><tr>${headings}</tr></thead><tbody>`);
  for (const arg of doc.args) {
    out.push(
      `<tr><td><code>${esc(arg.name)}</code></td><td>${esc(arg.kind)}</td><td>${inlineCode(arg.description)}</td><td>${inlineCode(arg.blank)}</td></tr>`
    );
  }
  out.push("</tbody></table>");
  out.push(`<p><strong>${esc(text.returns)}:</strong> ${inlineCode(doc.returns)}</p>`);
  out.push(`<p><strong>${esc(text.formula)}:</strong> ${esc(doc.formula)}</p>`);
  out.push(
    `<p><strong>${esc(text.example)}:</strong> <code>${esc(doc.example.formula)}</code> → <code>${esc(doc.example.expected)}</code> (${inlineCode(doc.example.source)})</p>`
  );
  if (doc.bands.length > 0) {
    out.push(`<p><strong>${esc(text.interpretation)}:</strong></p><ul>`);
    for (const band of doc.bands) out.push(`<li>${esc(band.when)}: ${esc(band.meaning)}</li>`);
    out.push("</ul>");
  }
  out.push(
    `<p><strong>${esc(text.nativeTwin)}:</strong> ${doc.twin ? `<code>${esc(doc.twin)}</code>` : esc(text.noTwin)}</p>`
  );
  for (const note of doc.twinNotes) out.push(`<p>${inlineCode(note)}</p>`);
  for (const [label, formula] of doc.omittedTwins)
    out.push(`<p>${inlineCode(label)}: <code>${esc(formula)}</code></p>`);
  if (doc.notes.length > 0) {
    out.push(`<p><strong>${esc(text.notes)}:</strong></p><ul>`);
    for (const note of doc.notes) out.push(`<li>${inlineCode(note)}</li>`);
    out.push("</ul>");
  }
  out.push(
    `<p><strong>${esc(text.source)}:</strong> ${esc(doc.section)} (docs/methods.md)</p>`,
    "</section>"
  );
  return out;
}

export function renderFunctionHelpHtml(language: Language = "en"): string {
  const text = DOC_TEXT[language];
  const sections = documentedCategories(language);
  const out: string[] = [];
  out.push("<!DOCTYPE html>", `<html lang="${language}">`, "<head>", '<meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(
    `<title>${esc(text.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>"
  );
  out.push(`<h1>${esc(text.title)}</h1>`);
  const links = otherLanguageLinks(language, "functions.html").map(
    ([code, name, path]) => `<a href="${esc(path)}" hreflang="${code}">${esc(name)}</a>`
  );
  out.push(`<p>${links.join(" · ")}</p>`);
  out.push(`<p>${inlineCode(text.intro)}</p>`);
  out.push(`<h2 id="conventions">${esc(text.conventionsHeading)}</h2>`, "<ul>");
  for (const rule of text.conventions) out.push(`<li>${inlineCode(rule)}</li>`);
  out.push(
    "</ul>",
    `<nav aria-label="${esc(text.contentsHeading)}"><h2>${esc(text.contentsHeading)}</h2><ul>`
  );
  for (const { category, entries } of sections) {
    const links = entries.map((e) => `<a href="#${esc(e.anchor)}">${esc(e.name)}</a>`).join(", ");
    out.push(`<li><strong>${esc(category)}</strong>: ${links}</li>`);
  }
  out.push("</ul></nav>");
  for (const { category, entries } of sections) {
    out.push(`<h2>${esc(category)}</h2>`);
    for (const doc of entries) out.push(...htmlEntry(doc, text));
  }
  out.push("</main>", "</body>", "</html>", "");
  return out.join("\n");
}

/** Where `npm run docs` writes each language's Markdown reference. */
export const docsPath = (language: Language): string =>
  join(__dirname, "..", "docs", pagePath(language, "functions.md"));

/** Where the build emits each language's help page, inside dist/. */
export const helpPagePath = (language: Language): string =>
  `help/${pagePath(language, "functions.html")}`;

if (require.main === module) {
  for (const language of LANGUAGES) {
    const path = docsPath(language);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, renderFunctionDocsMarkdown(language));
    process.stdout.write(`wrote ${path}\n`);
  }
}
