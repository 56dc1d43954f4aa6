/**
 * Puts charts into an .xlsx that ExcelJS has written (ExcelJS writes no
 * charts): for one worksheet, a chart part per ChartSpec, one drawing part that
 * anchors them over cells, the relationships sheet -> drawing -> charts, the
 * sheet's <drawing r:id> and the content types of the new parts (ECMA-376
 * Part 1: §12.3.8 chart part, §12.3.9 drawings part; Part 2 for relationships
 * and [Content_Types].xml). Existing parts are extended, never replaced: ids
 * and file numbers are chosen after those already in the package.
 */
import type JSZip from "jszip";
import type { ChartSpec } from "../core/sheet/chartSpec";
import { assertChartSpec } from "../core/sheet/chartSpec";
import {
  CHART_CONTENT_TYPE,
  CHART_RELATIONSHIP,
  DRAWING_CONTENT_TYPE,
  DRAWING_RELATIONSHIP,
  chartXml,
  drawingXml,
  relationshipsXml,
} from "./chartParts";
import { escapeXml, NS_R } from "./xml";

/**
 * Elements a worksheet may hold after <drawing>, in schema order (CT_Worksheet,
 * Part 1 §18.3.1.99): <drawing> goes before the first of them that is present.
 */
const AFTER_DRAWING = [
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
];

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new Error(`xlsx charts: the package has no ${path}`);
  return file.async("string");
}

/** The worksheet part of a sheet, found through workbook.xml and its relationships. */
export async function worksheetPath(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = await readText(zip, "xl/workbook.xml");
  const rels = await readText(zip, "xl/_rels/workbook.xml.rels");
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => attribute(tag, "name") === escapeXml(sheetName));
  const id = sheet && attribute(sheet, "r:id");
  const rel =
    id &&
    [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .find((tag) => attribute(tag, "Id") === id);
  const target = rel && attribute(rel, "Target");
  if (!target) throw new Error(`xlsx charts: no worksheet part for sheet "${sheetName}"`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The first n for which `${prefix}${n}${suffix}` is not in the package. */
function nextFree(zip: JSZip, prefix: string, suffix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}${suffix}`) !== null) n++;
  return n;
}

/** The relationships part that belongs to a part: xl/worksheets/sheet1.xml -> xl/worksheets/_rels/sheet1.xml.rels. */
function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Adds one relationship to a part's relationships (creating them), returning its new id. */
async function addRelationship(
  zip: JSZip,
  partPath: string,
  type: string,
  target: string
): Promise<string> {
  const path = relationshipsPath(partPath);
  const existing = zip.file(path) === null ? null : await readText(zip, path);
  const used = new Set([...(existing ?? "").matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const relationship = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  zip.file(
    path,
    existing === null
      ? relationshipsXml([{ id, type, target }])
      : existing.replace("</Relationships>", `${relationship}</Relationships>`)
  );
  return id;
}

/** The worksheet with <drawing r:id> in its schema place and the r: namespace declared. */
export function insertDrawingElement(sheetXml: string, relationshipId: string): string {
  if (/<drawing\b/.test(sheetXml))
    throw new Error("xlsx charts: the worksheet already has a drawing");
  let xml = sheetXml;
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml))
    xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  const element = `<drawing r:id="${relationshipId}"/>`;
  for (const name of AFTER_DRAWING) {
    const at = xml.search(new RegExp(`<${name}[\\s/>]`));
    if (at >= 0) return xml.slice(0, at) + element + xml.slice(at);
  }
  if (!xml.includes("</worksheet>"))
    throw new Error("xlsx charts: the worksheet has no </worksheet>");
  return xml.replace("</worksheet>", `${element}</worksheet>`);
}

async function addContentTypes(
  zip: JSZip,
  overrides: readonly { part: string; type: string }[]
): Promise<void> {
  const path = "[Content_Types].xml";
  const xml = await readText(zip, path);
  const entries = overrides
    .map((o) => `<Override PartName="/${escapeXml(o.part)}" ContentType="${o.type}"/>`)
    .join("");
  zip.file(path, xml.replace("</Types>", `${entries}</Types>`));
}

/**
 * Adds `charts` to the worksheet `sheetName` of the package. `font` is the
 * typeface of the chart's text (the workbook's cell font, so the two match).
 */
export async function addChartsToSheet(
  zip: JSZip,
  sheetName: string,
  charts: readonly ChartSpec[],
  font: string
): Promise<void> {
  if (charts.length === 0) return;
  charts.forEach(assertChartSpec);
  const sheetPath = await worksheetPath(zip, sheetName);
  const drawingNumber = nextFree(zip, "xl/drawings/drawing", ".xml");
  const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
  const firstChart = nextFree(zip, "xl/charts/chart", ".xml");
  const chartPaths = charts.map((_, i) => `xl/charts/chart${firstChart + i}.xml`);
  charts.forEach((spec, i) => zip.file(chartPaths[i], chartXml(spec, sheetName, font)));
  zip.file(drawingPath, drawingXml(charts));
  zip.file(
    relationshipsPath(drawingPath),
    relationshipsXml(
      chartPaths.map((path, i) => ({
        id: `rId${i + 1}`,
        type: CHART_RELATIONSHIP,
        target: `../charts/${path.slice(path.lastIndexOf("/") + 1)}`,
      }))
    )
  );
  const drawingId = await addRelationship(
    zip,
    sheetPath,
    DRAWING_RELATIONSHIP,
    `../drawings/drawing${drawingNumber}.xml`
  );
  zip.file(sheetPath, insertDrawingElement(await readText(zip, sheetPath), drawingId));
  await addContentTypes(zip, [
    { part: drawingPath, type: DRAWING_CONTENT_TYPE },
    ...chartPaths.map((part) => ({ part, type: CHART_CONTENT_TYPE })),
  ]);
}
