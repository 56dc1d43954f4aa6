/**
 * The function reference, generated from the catalogue so help can never drift
 * from behaviour: `renderFunctionDocsMarkdown()` is docs/functions.md (written
 * by `npm run docs`, checked by a test), `renderFunctionHelpHtml()` is the
 * self-contained help/functions.html the build emits and every function's
 * @helpurl points to (one anchor per function). Both render the same
 * per-function model (`entryDoc`), so the two pages cannot say different things.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import {
  CATALOGUE,
  signature,
  CatalogueEntry,
  categories,
  ExampleArg,
  formulaLiteral,
  templateWithNames,
} from "../src/core/catalogue";
import { ArgDecl } from "../src/core/args";
import { showNumber } from "../src/core/messages";

const TITLE = "MKT function reference";

/** General rules shared by every function, shown above the catalogue. */
const CONVENTIONS: readonly string[] = [
  "Shares are fractions, as Excel stores percentages: type 25% or 0.25. A share outside 0-1 is #NUM! with a message saying how to type it.",
  "Results that are rates or returns are fractions too: format the cell as % to read them as the articles print them.",
  "Ranges accept numbers, TRUE/FALSE or 1/0 where a yes/no is meant, and blanks; rows left blank are skipped, as SUM skips them. Ranges that must line up (e.g. sales and carries) must have the same shape, otherwise #VALUE!.",
  "Errors: a zero denominator is #DIV/0!; a number out of range and an impossible result (POSM that never pays back) are #NUM!; text where a number belongs is #VALUE!. An error value passed in (an error cell in a range) comes out unchanged. Excel shows the message of #VALUE! and #N/A when you point at the cell's error flag; `npx mkt` prints every message.",
  "Blank cells arrive as empty on Excel on the web and as 0 on some desktop builds. Each argument below says what a blank does; where the two would differ, leave an optional argument out rather than pointing it at an empty cell.",
  "Native twin: the same calculation as a plain Excel formula, with the argument names standing for cell references. The add-in writes twins into sheets meant to be shared, so they calculate without the add-in.",
];

/** Shown under a twin that computes arrays outside a function that takes them. */
const DYNAMIC_ARRAYS_NOTE =
  "The twin needs dynamic arrays (Excel 365, Excel 2021 or later); in older Excel enter it as an array formula (Ctrl+Shift+Enter).";

function formulaSignature(entry: CatalogueEntry): string {
  return `=MKT.${signature(entry)}`;
}

function kindText(arg: ArgDecl): string {
  if (arg.kind === "range") return arg.cells === "flag" ? "range of yes/no" : "range of figures";
  return arg.kind;
}

function blankText(arg: ArgDecl): string {
  if (arg.blankNote !== undefined) return arg.blankNote;
  if (arg.kind === "range")
    return arg.optional ? "omitted: see notes; blank cells: see notes" : "blank cells: see notes";
  if (arg.blank === "default")
    return `default ${arg.default === undefined ? "" : formulaLiteral(arg.default)}`;
  if (arg.blank === "zero") return "counts as 0";
  return "required";
}

function exampleArg(arg: ExampleArg): string {
  if (arg === null) return "";
  if (Array.isArray(arg)) {
    const rows = arg as readonly (readonly (number | boolean | null)[])[];
    return `{${rows.map((row) => row.map((c) => (c === null ? '""' : formulaLiteral(c))).join(",")).join(";")}}`;
  }
  return formulaLiteral(arg as number | string | boolean);
}

function exampleFormula(entry: CatalogueEntry): string {
  const args = [...entry.example.args];
  while (args.length > 0 && args[args.length - 1] === null) args.pop();
  return `=MKT.${entry.name}(${args.map(exampleArg).join(", ")})`;
}

function expectedText(value: number | string | boolean): string {
  if (typeof value === "number") return showNumber(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return `"${value}"`;
}

function twinText(entry: CatalogueEntry): string | null {
  if (!entry.twin) return null;
  return `=${templateWithNames(entry.twin.template)}`;
}

function omittedTwins(entry: CatalogueEntry): [string, string][] {
  const omitted = entry.twin?.omitted ?? {};
  return Object.entries(omitted).map(([arg, template]) => [arg, `=${templateWithNames(template)}`]);
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
  readonly omittedTwins: readonly [string, string][];
  readonly notes: readonly string[];
  readonly section: string;
}

export function entryDoc(entry: CatalogueEntry): EntryDoc {
  return {
    anchor: entry.anchor,
    name: entry.name,
    summary: entry.summary,
    syntax: formulaSignature(entry),
    args: entry.args.map((arg) => ({
      name: arg.optional ? `[${arg.name}]` : arg.name,
      kind: kindText(arg),
      description: arg.description,
      blank: blankText(arg),
    })),
    returns: entry.returns,
    formula: entry.formula,
    example: {
      formula: exampleFormula(entry),
      expected: expectedText(entry.example.expected),
      source: entry.example.source,
    },
    bands: entry.bands ?? [],
    twin: twinText(entry),
    twinNotes: entry.twin?.needsDynamicArrays ? [DYNAMIC_ARRAYS_NOTE] : [],
    omittedTwins: omittedTwins(entry),
    notes: entry.notes,
    section: entry.section,
  };
}

/** The catalogue by category, in catalogue order. */
function documentedCategories(): { category: string; entries: EntryDoc[] }[] {
  return categories().map((category) => ({
    category,
    entries: CATALOGUE.filter((e) => e.category === category).map(entryDoc),
  }));
}

function markdownEntry(doc: EntryDoc): string[] {
  const out: string[] = [];
  out.push(`<a id="${doc.anchor}"></a>`, "", `### MKT.${doc.name}`, "");
  out.push(doc.summary, "");
  out.push("```", doc.syntax, "```", "");
  out.push("| Argument | Kind | Description | Blank |", "|---|---|---|---|");
  for (const arg of doc.args)
    out.push(`| ${arg.name} | ${arg.kind} | ${mdCell(arg.description)} | ${mdCell(arg.blank)} |`);
  out.push("");
  out.push(`**Returns:** ${doc.returns}`, "");
  out.push(`**Formula:** ${doc.formula}`, "");
  out.push(
    `**Example:** \`${doc.example.formula}\` → \`${doc.example.expected}\` (${doc.example.source})`,
    ""
  );
  if (doc.bands.length > 0) {
    out.push("**Interpretation:**", "");
    for (const band of doc.bands) out.push(`- ${band.when}: ${band.meaning}`);
    out.push("");
  }
  out.push(`**Native twin:** ${doc.twin ? `\`${doc.twin}\`` : "none (see notes)"}`, "");
  for (const note of doc.twinNotes) out.push(note, "");
  for (const [arg, formula] of doc.omittedTwins) out.push(`Without ${arg}: \`${formula}\``, "");
  if (doc.notes.length > 0) {
    out.push("**Notes:**", "");
    for (const note of doc.notes) out.push(`- ${note}`);
    out.push("");
  }
  out.push(`**Source:** formulas.md ${doc.section}`, "");
  return out;
}

export function renderFunctionDocsMarkdown(): string {
  const sections = documentedCategories();
  const out: string[] = [];
  out.push(`# ${TITLE}`, "");
  out.push(
    "<!-- Generated by scripts/functionDocs.ts from src/core/catalogue; run `npm run docs` after changing the catalogue. -->",
    ""
  );
  out.push(
    "All functions live under the `MKT` namespace (`=MKT.ROMI(...)`). Sections (§) refer to the source articles as restated in formulas.md.",
    ""
  );
  out.push("## Conventions", "");
  for (const rule of CONVENTIONS) out.push(`- ${rule}`);
  out.push("");
  out.push("## Contents", "");
  for (const { category, entries } of sections) {
    const names = entries.map((e) => `[${e.name}](#${e.anchor})`);
    out.push(`- **${category}**: ${names.join(", ")}`);
  }
  out.push("");
  for (const { category, entries } of sections) {
    out.push(`## ${category}`, "");
    for (const doc of entries) out.push(...markdownEntry(doc));
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

function htmlEntry(doc: EntryDoc): string[] {
  const out: string[] = [];
  out.push(`<section class="fn" id="${esc(doc.anchor)}">`, `<h3>MKT.${esc(doc.name)}</h3>`);
  out.push(`<p>${esc(doc.summary)}</p>`, `<pre>${esc(doc.syntax)}</pre>`);
  out.push(
    "<table><thead><tr><th>Argument</th><th>Kind</th><th>Description</th><th>Blank</th></tr></thead><tbody>"
  );
  for (const arg of doc.args) {
    out.push(
      `<tr><td><code>${esc(arg.name)}</code></td><td>${esc(arg.kind)}</td><td>${esc(arg.description)}</td><td>${esc(arg.blank)}</td></tr>`
    );
  }
  out.push("</tbody></table>");
  out.push(`<p><strong>Returns:</strong> ${esc(doc.returns)}</p>`);
  out.push(`<p><strong>Formula:</strong> ${esc(doc.formula)}</p>`);
  out.push(
    `<p><strong>Example:</strong> <code>${esc(doc.example.formula)}</code> → <code>${esc(doc.example.expected)}</code> (${esc(doc.example.source)})</p>`
  );
  if (doc.bands.length > 0) {
    out.push("<p><strong>Interpretation:</strong></p><ul>");
    for (const band of doc.bands) out.push(`<li>${esc(band.when)}: ${esc(band.meaning)}</li>`);
    out.push("</ul>");
  }
  out.push(
    `<p><strong>Native twin:</strong> ${doc.twin ? `<code>${esc(doc.twin)}</code>` : "none (see notes)"}</p>`
  );
  for (const note of doc.twinNotes) out.push(`<p>${esc(note)}</p>`);
  for (const [arg, formula] of doc.omittedTwins)
    out.push(`<p>Without ${esc(arg)}: <code>${esc(formula)}</code></p>`);
  if (doc.notes.length > 0) {
    out.push("<p><strong>Notes:</strong></p><ul>");
    for (const note of doc.notes) out.push(`<li>${esc(note)}</li>`);
    out.push("</ul>");
  }
  out.push(`<p><strong>Source:</strong> formulas.md ${esc(doc.section)}</p>`, "</section>");
  return out;
}

export function renderFunctionHelpHtml(): string {
  const sections = documentedCategories();
  const out: string[] = [];
  out.push("<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">');
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(
    `<title>${esc(TITLE)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>"
  );
  out.push(`<h1>${esc(TITLE)}</h1>`);
  out.push(
    "<p>All functions live under the <code>MKT</code> namespace (<code>=MKT.ROMI(...)</code>). Sections (§) refer to the source articles.</p>"
  );
  out.push('<h2 id="conventions">Conventions</h2>', "<ul>");
  for (const rule of CONVENTIONS) out.push(`<li>${esc(rule)}</li>`);
  out.push("</ul>", '<nav aria-label="Contents"><h2>Contents</h2><ul>');
  for (const { category, entries } of sections) {
    const links = entries.map((e) => `<a href="#${esc(e.anchor)}">${esc(e.name)}</a>`).join(", ");
    out.push(`<li><strong>${esc(category)}</strong>: ${links}</li>`);
  }
  out.push("</ul></nav>");
  for (const { category, entries } of sections) {
    out.push(`<h2>${esc(category)}</h2>`);
    for (const doc of entries) out.push(...htmlEntry(doc));
  }
  out.push("</main>", "</body>", "</html>", "");
  return out.join("\n");
}

/** Where `npm run docs` writes the Markdown reference. */
export const DOCS_PATH = join(__dirname, "..", "docs", "functions.md");

if (require.main === module) {
  writeFileSync(DOCS_PATH, renderFunctionDocsMarkdown());
  process.stdout.write(`wrote ${DOCS_PATH}\n`);
}
