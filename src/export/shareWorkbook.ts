/**
 * `mkt share` on a file: rewrites the formulas of an .xlsx/.xlsm that call MKT
 * functions into their native twins, editing only the formula text of the
 * cells that change inside the zip. Every other part — charts, pivot tables,
 * styles, names, other sheets, vbaProject.bin — is carried byte for byte
 * (JSZip keeps an unchanged entry's compressed data as it was read).
 *
 * What changes, and why:
 * - a converted cell's `<f>` text, its cached `<v>` and its type attribute
 *   (the value the file holds is the add-in's, not yet the formula's);
 * - a shared formula (`<f t="shared" ref=… si=…>`, how Excel saves a column
 *   filled down) is the master's text moved to each child; the twin of a moved
 *   call is the moved twin, so converting the master converts every child
 *   consistently and the group stays shared; the children's cached values go;
 * - a twin that needs array evaluation (catalogue `needsDynamicArrays`) is
 *   written as a one-cell array formula (`t="array"`), which Excel 2007-2019
 *   evaluate as Ctrl+Shift+Enter and Excel 365 as a plain formula; a shared
 *   group whose twin needs it is taken apart: each child gets its own array
 *   formula, moved from the master's text (shift.ts);
 * - an array formula's (`t="array"`) text is converted in place, and the cached
 *   values of its whole range go;
 * - workbook.xml gets `<calcPr fullCalcOnLoad="1"/>`, so Excel and LibreOffice
 *   recalculate the converted cells when the file opens.
 * Excel saves an add-in call as `_xldudf_MKT_ROMI(...)` when the add-in was not
 * loaded (toNative.ts recognises it); defined names calling MKT functions are
 * reported and left, since names are carried byte for byte.
 */
import JSZip from "jszip";
import { parseCell, parseRange } from "../core/a1";
import { CATALOGUE, CatalogueEntry } from "../core/catalogue";
import { catalogueByName, KeptCall, toNativeFormula } from "../core/formula/toNative";
import { shiftFormula } from "../core/formula/shift";

const BY_NAME = catalogueByName(CATALOGUE);

export interface ShareReport {
  /** Cells whose formula or cached value changed, per sheet name. */
  readonly cells: Readonly<Record<string, number>>;
  readonly functions: Readonly<Record<string, number>>;
  readonly kept: readonly (KeptCall & { sheet: string; cell: string })[];
  /** Defined names whose formula calls an MKT function (left as they are). */
  readonly namesCallingMkt: readonly string[];
  /** Entries rewritten inside the zip. */
  readonly parts: readonly string[];
}

// --- XML text helpers ---------------------------------------------------------
const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

export function xmlUnescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(
        code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1))
      );
    return ENTITIES[code] ?? whole;
  });
}

export function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(attrs);
  return m ? xmlUnescape(m[1]) : undefined;
}

function withoutAttribute(attrs: string, name: string): string {
  return attrs.replace(new RegExp(`\\s${name}="[^"]*"`), "");
}

// --- cell addresses -------------------------------------------------------------
function inArea(ref: string, area: string): boolean {
  const cell = parseCell(ref);
  const { from, to } = parseRange(area);
  return cell.row >= from.row && cell.row <= to.row && cell.col >= from.col && cell.col <= to.col;
}

// --- one sheet ------------------------------------------------------------------
/** `<c …>…</c>` or `<c …/>`; attributes never contain ">" in Excel's output (values are escaped). */
const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v\b[^>]*?(?:\/>|>[\s\S]*?<\/v>)/;

interface Converted {
  readonly text: string;
  readonly array: boolean;
  readonly conversion: ReturnType<typeof toNativeFormula>;
}

function needsArrays(names: readonly string[]): boolean {
  return names.some(
    (n) => (BY_NAME.get(n) as CatalogueEntry | undefined)?.twin?.needsDynamicArrays === true
  );
}

function convert(formula: string): Converted {
  const conversion = toNativeFormula(formula, BY_NAME);
  return { text: conversion.formula, array: needsArrays(conversion.converted), conversion };
}

interface SheetResult {
  readonly xml: string;
  readonly changedCells: number;
}

/** The cell element rebuilt: new `<f>` (or the old one), no cached value, no type. */
function rebuiltCell(attrs: string, inner: string, formulaElement: string | null): string {
  const rest = inner.replace(FORMULA, "").replace(VALUE, "");
  const cleanAttrs = withoutAttribute(attrs, "t");
  return `<c${cleanAttrs}>${formulaElement ?? ""}${rest}</c>`;
}

function shareSheet(xml: string, sheet: string, report: MutableReport): SheetResult {
  // First pass: shared masters and array formulas that change.
  const masters = new Map<string, { cell: string; formula: string; converted: Converted }>();
  const clearedAreas: string[] = [];
  for (const m of xml.matchAll(CELL)) {
    const f = FORMULA.exec(m[2] ?? "");
    if (!f || f[2] === undefined) continue;
    const kind = attribute(f[1], "t");
    const converted = convert(xmlUnescape(f[2]));
    if (!converted.conversion.changed) continue;
    const cell = attribute(m[1], "r")!;
    if (kind === "shared")
      masters.set(attribute(f[1], "si")!, { cell, formula: xmlUnescape(f[2]), converted });
    if (kind === "array") clearedAreas.push(attribute(f[1], "ref") ?? cell);
  }
  let changedCells = 0;
  const out = xml.replace(CELL, (whole, attrs: string, inner: string | undefined) => {
    const cell = attribute(attrs, "r");
    if (!cell || inner === undefined) return whole;
    const f = FORMULA.exec(inner);
    if (!f) {
      // A cell inside a converted array formula's range: its cached value is stale.
      if (clearedAreas.some((area) => inArea(cell, area)) && VALUE.test(inner)) {
        changedCells++;
        return rebuiltCell(attrs, inner, null);
      }
      return whole;
    }
    const fAttrs = f[1];
    const kind = attribute(fAttrs, "t");
    const si = attribute(fAttrs, "si");
    if (kind === "shared" && si !== undefined && masters.has(si)) {
      const master = masters.get(si)!;
      changedCells++;
      for (const name of master.converted.conversion.converted)
        report.functions[name] = (report.functions[name] ?? 0) + 1;
      if (!master.converted.array) {
        if (f[2] === undefined) return rebuiltCell(attrs, inner, f[0]); // a child: keeps <f t="shared" si=…/>
        return rebuiltCell(attrs, inner, `<f${fAttrs}>${xmlEscape(master.converted.text)}</f>`);
      }
      // Array evaluation cannot be shared: each cell gets its own one-cell array formula.
      const from = parseCell(master.cell);
      const to = parseCell(cell);
      const own = shiftFormula(master.converted.text, to.row - from.row, to.col - from.col);
      return rebuiltCell(attrs, inner, `<f t="array" ref="${cell}">${xmlEscape(own)}</f>`);
    }
    if (f[2] === undefined) return whole;
    const converted = convert(xmlUnescape(f[2]));
    for (const k of converted.conversion.kept) report.kept.push({ ...k, sheet, cell });
    if (!converted.conversion.changed) return whole;
    for (const name of converted.conversion.converted)
      report.functions[name] = (report.functions[name] ?? 0) + 1;
    changedCells++;
    if (kind === "array")
      return rebuiltCell(attrs, inner, `<f${fAttrs}>${xmlEscape(converted.text)}</f>`);
    const fElement = converted.array
      ? `<f t="array" ref="${cell}">${xmlEscape(converted.text)}</f>`
      : `<f${fAttrs}>${xmlEscape(converted.text)}</f>`;
    return rebuiltCell(attrs, inner, fElement);
  });
  return { xml: out, changedCells };
}

// --- workbook parts -------------------------------------------------------------
interface MutableReport {
  cells: Record<string, number>;
  functions: Record<string, number>;
  kept: (KeptCall & { sheet: string; cell: string })[];
  namesCallingMkt: string[];
  parts: string[];
}

/** Sheet name → worksheet part path, from workbook.xml and its relationships. */
async function sheetParts(zip: JSZip): Promise<{ name: string; path: string }[]> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attribute(m[1], "Id");
    const target = attribute(m[1], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; path: string }[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attribute(m[1], "name")!;
    const id = attribute(m[1], "r:id");
    const path = id ? targets.get(id) : undefined;
    if (path && zip.file(path)) sheets.push({ name, path });
  }
  return sheets;
}

/** workbook.xml with fullCalcOnLoad="1" (calcPr goes after definedNames in the schema's order). */
export function markFullCalcOnLoad(workbook: string): string {
  const calcPr = /<calcPr\b([^>]*?)(\/?)>/;
  const m = calcPr.exec(workbook);
  if (m) {
    const attrs = withoutAttribute(m[1], "fullCalcOnLoad");
    return workbook.replace(calcPr, `<calcPr${attrs} fullCalcOnLoad="1"${m[2]}>`);
  }
  for (const after of [
    "</definedNames>",
    "<definedNames/>",
    "</externalReferences>",
    "</sheets>",
  ]) {
    const at = workbook.indexOf(after);
    if (at >= 0)
      return `${workbook.slice(0, at + after.length)}<calcPr fullCalcOnLoad="1"/>${workbook.slice(at + after.length)}`;
  }
  return workbook;
}

function namesCallingMkt(workbook: string): string[] {
  const names: string[] = [];
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g))
    if (toNativeFormula(xmlUnescape(m[2]), BY_NAME).changed)
      names.push(attribute(m[1], "name") ?? "?");
  return names;
}

/** Converts a workbook's MKT formulas; resolves with the new bytes (null when nothing changes) and a report. */
export async function shareWorkbook(
  bytes: Uint8Array
): Promise<{ bytes: Uint8Array | null; report: ShareReport }> {
  const zip = await JSZip.loadAsync(bytes);
  const report: MutableReport = {
    cells: {},
    functions: {},
    kept: [],
    namesCallingMkt: [],
    parts: [],
  };
  for (const { name, path } of await sheetParts(zip)) {
    const xml = await zip.file(path)!.async("string");
    if (!/MKT/i.test(xml)) continue;
    const result = shareSheet(xml, name, report);
    if (result.changedCells === 0) continue;
    report.cells[name] = result.changedCells;
    zip.file(path, result.xml);
    report.parts.push(path);
  }
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  report.namesCallingMkt = namesCallingMkt(workbook);
  if (report.parts.length === 0) return { bytes: null, report };
  zip.file("xl/workbook.xml", markFullCalcOnLoad(workbook));
  report.parts.push("xl/workbook.xml");
  const out = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  return { bytes: out, report };
}
