/**
 * DrawingML for a ChartSpec: the chart part (xl/charts/chartN.xml), the
 * drawing part that places charts over cells (xl/drawings/drawingN.xml) and
 * the relationships between them (ECMA-376 Part 1, §21.2 charts and §20.5
 * spreadsheet drawing). Pure text in, text out; xlsxCharts.ts puts the parts
 * into the zip ExcelJS wrote, because ExcelJS writes no charts.
 *
 * The chart reads its data from the sheet by reference ('Sheet'!$B$41:$B$61)
 * with no cached values: the workbook's formulas carry no results either, and
 * Excel (full calculation on load) and LibreOffice compute both on opening.
 * Colours, line widths and the font are written out rather than left to a
 * theme, so Excel and LibreOffice draw the same chart.
 */
import { absoluteRange, parseCell, rangeShape } from "../core/a1";
import { sheetReference } from "../core/formulaText";
import {
  seriesCategories,
  seriesLook,
  type ChartAxisSpec,
  type ChartSpec,
  type ChartSeriesSpec,
  type SheetRange,
} from "../core/sheet/chartSpec";
import { escapeXml, NS_R } from "./xml";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
export const CHART_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const DRAWING_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const CHART_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/**
 * Office's default series colours (the "Office" theme accents 1-6, in the
 * order Excel gives them to series), so a chart exported here looks like one
 * Excel would draw for the same data.
 */
export const SERIES_COLOURS = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"] as const;
/** 2.25 pt, Excel's default line width for line and scatter series, in EMU (12,700 per point). */
const LINE_WIDTH_EMU = 28575;
/** Text colour of titles and tick labels: Excel's default dark grey (tx1 at 65%). */
const TEXT_COLOUR = "595959";
/** Gridline colour: Excel's default light grey (tx1 at 15%). */
const GRIDLINE_COLOUR = "D9D9D9";
/**
 * Marker sizes in points: Excel's default 5 on a line; a series of markers
 * alone (a current or optimal point marked on a curve) larger, so it shows
 * above the line's own markers.
 */
const MARKER_SIZE_ON_LINE = 5;
const MARKER_SIZE_ALONE = 9;
/** Font sizes in hundredths of a point: Excel's defaults of 14 pt titles and 9 pt labels. */
const TITLE_SIZE = 1400;
const AXIS_TITLE_SIZE = 1000;
const LABEL_SIZE = 900;

/** At most this many category labels along an axis; more would overlap or be turned on end. */
const MAX_CATEGORY_LABELS = 10;

/**
 * Every how many categories a label is written: 1, 2 or 5 times a power of 10,
 * the least that keeps the labels within MAX_CATEGORY_LABELS (31 discounts
 * 0%..30% are labelled 0%, 5%, ... 30%). Excel reads it (c:tickLblSkip);
 * LibreOffice 7 ignores it and tilts dense labels instead, which stays legible.
 */
export function categoryLabelStep(count: number): number {
  for (let power = 1; ; power *= 10)
    for (const step of [1, 2, 5].map((m) => m * power))
      if (Math.ceil(count / step) <= MAX_CATEGORY_LABELS) return step;
}

/** The axis ids every chart uses; any two distinct unsigned integers do. */
const CATEGORY_AXIS_ID = 500000001;
const VALUE_AXIS_ID = 500000002;

/** A range of the chart as a formula: on the plan's sheet unless the range names its own. */
function rangeFormula(range: SheetRange, sheetName: string): string {
  return sheetReference(range.sheet ?? sheetName, absoluteRange(range.address));
}

function solidFill(colour: string): string {
  return `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
}

/** Text properties: size, colour, bold, and the font family of the workbook's cells. */
function textProperties(size: number, bold: boolean, font: string): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>` +
    `<a:defRPr sz="${size}" b="${bold ? 1 : 0}">${solidFill(TEXT_COLOUR)}<a:latin typeface="${escapeXml(font)}"/><a:cs typeface="${escapeXml(font)}"/></a:defRPr>` +
    `</a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`
  );
}

/** A title with its own text run (chart title or axis title). */
function title(text: string, size: number, font: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="0"/></a:pPr>` +
    `<a:r><a:rPr lang="en-US" sz="${size}" b="0">${solidFill(TEXT_COLOUR)}<a:latin typeface="${escapeXml(font)}"/><a:cs typeface="${escapeXml(font)}"/></a:rPr><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

function seriesShape(spec: ChartSpec, series: ChartSeriesSpec, colour: string): string {
  if (spec.kind === "column" || spec.kind === "bar")
    return `<c:spPr>${solidFill(colour)}</c:spPr><c:invertIfNegative val="0"/>`;
  const look = seriesLook(spec, series);
  const line =
    look === "markers"
      ? `<a:ln w="${LINE_WIDTH_EMU}"><a:noFill/></a:ln>`
      : `<a:ln w="${LINE_WIDTH_EMU}" cap="rnd">${solidFill(colour)}<a:round/></a:ln>`;
  const marker =
    look === "line"
      ? `<c:marker><c:symbol val="none"/></c:marker>`
      : `<c:marker><c:symbol val="circle"/><c:size val="${look === "markers" ? MARKER_SIZE_ALONE : MARKER_SIZE_ON_LINE}"/><c:spPr>${solidFill(colour)}<a:ln w="9525">${solidFill(colour)}</a:ln></c:spPr></c:marker>`;
  return `<c:spPr>${line}</c:spPr>${marker}`;
}

/** One series: name, look, categories (x values) and values (y values). */
function seriesXml(
  spec: ChartSpec,
  series: ChartSeriesSpec,
  index: number,
  sheetName: string
): string {
  const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
  const categories = seriesCategories(spec, series);
  const values = `<c:numRef><c:f>${escapeXml(rangeFormula(series.values, sheetName))}</c:f></c:numRef>`;
  const scatter = spec.kind === "scatter";
  const categoryRef = (tag: string) =>
    categories === undefined
      ? ""
      : `<c:${tag}><c:numRef><c:f>${escapeXml(rangeFormula(categories, sheetName))}</c:f></c:numRef></c:${tag}>`;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>` +
    `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>` +
    seriesShape(spec, series, colour) +
    (scatter
      ? `${categoryRef("xVal")}<c:yVal>${values}</c:yVal><c:smooth val="0"/>`
      : `${categoryRef("cat")}<c:val>${values}</c:val>${spec.kind === "line" ? '<c:smooth val="0"/>' : ""}`) +
    `</c:ser>`
  );
}

/** The chart-type element of the plot area with its series. */
function plotXml(spec: ChartSpec, sheetName: string): string {
  const series = spec.series.map((s, i) => seriesXml(spec, s, i, sheetName)).join("");
  const axes = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  switch (spec.kind) {
    case "line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
    case "column":
    case "bar":
      return `<c:barChart><c:barDir val="${spec.kind === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axes}</c:barChart>`;
    case "scatter":
      return `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${axes}</c:scatterChart>`;
  }
}

function pointCount(address: string): number {
  const { rows, columns } = rangeShape(address);
  return rows * columns;
}

interface AxisXml {
  readonly id: number;
  readonly crossId: number;
  readonly position: "b" | "l";
  readonly title?: string;
  readonly numberFormat?: string;
  readonly gridlines: boolean;
  readonly font: string;
}

function axisBody(axis: AxisXml): string {
  const numFmt = axis.numberFormat
    ? `<c:numFmt formatCode="${escapeXml(axis.numberFormat)}" sourceLinked="0"/>`
    : `<c:numFmt formatCode="General" sourceLinked="1"/>`;
  return (
    `<c:axId val="${axis.id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${axis.position}"/>` +
    (axis.gridlines
      ? `<c:majorGridlines><c:spPr><a:ln w="9525">${solidFill(GRIDLINE_COLOUR)}</a:ln></c:spPr></c:majorGridlines>`
      : "") +
    (axis.title ? title(axis.title, AXIS_TITLE_SIZE, axis.font) : "") +
    numFmt +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:spPr><a:ln w="9525">${solidFill(GRIDLINE_COLOUR)}</a:ln></c:spPr>` +
    textProperties(LABEL_SIZE, false, axis.font) +
    `<c:crossAx val="${axis.crossId}"/><c:crosses val="autoZero"/>`
  );
}

/**
 * The two axes. Line and column charts have a category axis below and a value
 * axis left; a bar chart turns them (categories left); a scatter chart has two
 * value axes. `tickLblPos low` keeps category labels below the plot even when
 * values are negative (a loss-making discount), where Excel's default would
 * write them across the bars.
 */
function axesXml(spec: ChartSpec, font: string): string {
  const horizontalIsCategory = spec.kind !== "bar";
  const axis = (
    id: number,
    crossId: number,
    bottom: boolean,
    gridlines: boolean,
    of?: ChartAxisSpec
  ): AxisXml => ({
    id,
    crossId,
    position: bottom ? "b" : "l",
    title: of?.title,
    numberFormat: of?.numberFormat,
    gridlines,
    font,
  });
  const category = axis(
    CATEGORY_AXIS_ID,
    VALUE_AXIS_ID,
    horizontalIsCategory,
    false,
    spec.categoryAxis
  );
  const value = axis(VALUE_AXIS_ID, CATEGORY_AXIS_ID, !horizontalIsCategory, true, spec.valueAxis);
  const categoryTag = spec.kind === "scatter" ? "valAx" : "catAx";
  const categories = spec.categories ?? spec.series[0].categories;
  const step = categories ? categoryLabelStep(pointCount(categories.address)) : 1;
  const skip = step > 1 ? `<c:tickLblSkip val="${step}"/><c:tickMarkSkip val="${step}"/>` : "";
  const categoryExtra =
    spec.kind === "scatter"
      ? ""
      : `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>${skip}<c:noMultiLvlLbl val="0"/>`;
  return (
    `<c:${categoryTag}>${axisBody(category)}${spec.kind === "scatter" ? '<c:crossBetween val="midCat"/>' : categoryExtra}</c:${categoryTag}>` +
    `<c:valAx>${axisBody(value)}<c:crossBetween val="${spec.kind === "scatter" || spec.kind === "line" ? "midCat" : "between"}"/></c:valAx>`
  );
}

/** xl/charts/chartN.xml for one spec; `sheetName` qualifies ranges on the plan's sheet. */
export function chartXml(spec: ChartSpec, sheetName: string, font: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${title(spec.title, TITLE_SIZE, font)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plotXml(spec, sheetName)}${axesXml(spec, font)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProperties(LABEL_SIZE, false, font)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr>${solidFill("FFFFFF")}<a:ln w="9525">${solidFill(GRIDLINE_COLOUR)}</a:ln></c:spPr>` +
    textProperties(LABEL_SIZE, false, font) +
    `</c:chartSpace>`
  );
}

/** A cell corner in the drawing's 0-based column and row. */
function marker(tag: "from" | "to", col: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

/**
 * One chart over cells. As with Office.js `chart.setPosition(from, to)`, the
 * chart covers both anchor cells: from the top-left corner of `from` to the
 * bottom-right corner of `to`, i.e. the top-left of the cell after it. It
 * moves and sizes with those cells, as a chart Excel inserts does.
 */
function anchorXml(spec: ChartSpec, index: number, relationshipId: string): string {
  const from = parseCell(spec.anchor.from);
  const to = parseCell(spec.anchor.to);
  return (
    `<xdr:twoCellAnchor>` +
    marker("from", from.col - 1, from.row - 1) +
    marker("to", to.col, to.row) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(`Chart ${index + 1}`)}" descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${relationshipId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** xl/drawings/drawingN.xml: every chart of one sheet, chart i related as rId(i+1). */
export function drawingXml(specs: readonly ChartSpec[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    specs.map((spec, i) => anchorXml(spec, i, `rId${i + 1}`)).join("") +
    `</xdr:wsDr>`
  );
}

/** A relationships part: each target with its type, ids rId1, rId2, ... */
export function relationshipsXml(
  relationships: readonly { id: string; type: string; target: string }[]
): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    relationships
      .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
      .join("") +
    `</Relationships>`
  );
}
