/**
 * The chart parts of an exported workbook: the discount sheet's sensitivity
 * chart is in the .xlsx as DrawingML (chart, drawing, relationships, content
 * types), every part is well-formed XML, the references point at the plan's
 * ranges, and each chart kind gets its DrawingML chart type. Then LibreOffice
 * opens the file and draws the chart: the rendered pages carry the series
 * colours, which a workbook without the chart does not.
 */
import { DOMParser } from "@xmldom/xmldom";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { buildDiscountSheetPlan, optimiseDiscounts } from "../../src/core/discount";
import type { ChartSpec } from "../../src/core/sheet/chartSpec";
import { writeXlsx } from "../../src/export/writeXlsx";
import { SERIES_COLOURS, categoryLabelStep, chartXml } from "../../src/export/chartParts";
import { addChartsToSheet, insertDrawingElement } from "../../src/export/xlsxCharts";
import { loadExample } from "../core/discount/fixtures";
import {
  convertWithLibreOffice,
  countPixels,
  libreOfficeAvailable,
  renderPdf,
} from "../../testkit/libreOffice";

const model = loadExample("sockets.json");
const solution = optimiseDiscounts(model);
if (solution.status !== "optimal") throw new Error("sample must solve");
const plan = buildDiscountSheetPlan(model, { discounts: solution.discounts });
const [sensitivity] = plan.charts;
/** Resolution of the rendered pages: enough to count a chart's lines, small enough to be quick. */
// 150: the export prints fit to one page wide, so the chart is drawn small on its page.
const RENDER_DPI = 150;

/** Parses XML, failing on any error or warning the parser reports. */
function parseXml(xml: string, path: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level: string, message: string) => problems.push(`${level}: ${message}`),
  }).parseFromString(xml, "text/xml") as unknown as Document;
  if (problems.length > 0) throw new Error(`${path} is not well-formed: ${problems.join("; ")}`);
  return doc;
}

async function exported() {
  const bytes = await writeXlsx(plan);
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => {
    const file = zip.file(path);
    if (file === null) throw new Error(`missing part ${path}`);
    return file.async("string");
  };
  return { bytes, zip, text };
}

describe("the exported discount workbook's chart", () => {
  let out: Awaited<ReturnType<typeof exported>>;
  beforeAll(async () => {
    out = await exported();
  });

  it("has a sensitivity chart in the plan, one series per tier", () => {
    expect(plan.charts).toHaveLength(1);
    expect(sensitivity.series).toHaveLength(model.tiers.length);
  });

  it("writes every part as well-formed XML", async () => {
    const paths = Object.keys(out.zip.files).filter((p) => /\.(xml|rels)$/.test(p));
    expect(paths).toEqual(
      expect.arrayContaining([
        "xl/charts/chart1.xml",
        "xl/drawings/drawing1.xml",
        "xl/drawings/_rels/drawing1.xml.rels",
        "xl/worksheets/_rels/sheet1.xml.rels",
      ])
    );
    for (const path of paths) parseXml(await out.text(path), path);
  });

  it("links sheet -> drawing -> chart and declares both parts' content types", async () => {
    const sheet = await out.text("xl/worksheets/sheet1.xml");
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)?.[1];
    expect(drawingId).toBeDefined();
    const sheetRels = await out.text("xl/worksheets/_rels/sheet1.xml.rels");
    expect(sheetRels).toMatch(
      new RegExp(
        `Id="${drawingId}" Type="[^"]+/relationships/drawing" Target="../drawings/drawing1.xml"`
      )
    );
    const drawing = await out.text("xl/drawings/drawing1.xml");
    expect(drawing).toContain('r:id="rId1"');
    expect(await out.text("xl/drawings/_rels/drawing1.xml.rels")).toMatch(
      /Id="rId1" Type="[^"]+\/relationships\/chart" Target="..\/charts\/chart1.xml"/
    );
    const types = await out.text("[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
  });

  it("plots the plan's sensitivity ranges on the sheet, titled and with the axis formats", async () => {
    const chart = await out.text("xl/charts/chart1.xml");
    const refs = [...chart.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) =>
      m[1].replace(/&apos;/g, "'")
    );
    const quoted = (address: string) =>
      `'Discount model'!${address.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
    const expected = sensitivity.series.flatMap((s) => [
      quoted(s.categories!.address),
      quoted(s.values.address),
    ]);
    expect(refs).toEqual(expected);
    expect(chart).toContain("<c:scatterChart>");
    expect(chart).toContain(`<a:t>${sensitivity.title}</a:t>`);
    expect(chart).toContain(`formatCode="${sensitivity.categoryAxis!.numberFormat}"`);
    for (const tier of model.tiers) expect(chart).toContain(`<c:v>${tier.label}</c:v>`);
  });

  it("anchors the chart over the cells of its spec (from its top-left to the bottom-right of its last cell)", async () => {
    const drawing = await out.text("xl/drawings/drawing1.xml");
    const corner = (tag: string) => {
      const m = new RegExp(
        `<xdr:${tag}><xdr:col>(\\d+)</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>(\\d+)</xdr:row>`
      ).exec(drawing)!;
      return { col: Number(m[1]), row: Number(m[2]) };
    };
    // F50 -> column 5, row 49 (0-based); K69's bottom-right is the top-left of L70.
    const from = /^([A-Z]+)(\d+)$/.exec(sensitivity.anchor.from)!;
    expect(corner("from")).toEqual({ col: from[1].charCodeAt(0) - 65, row: Number(from[2]) - 1 });
    const to = /^([A-Z]+)(\d+)$/.exec(sensitivity.anchor.to)!;
    expect(corner("to")).toEqual({ col: to[1].charCodeAt(0) - 64, row: Number(to[2]) });
  });
});

describe("chart kinds", () => {
  const base: ChartSpec = {
    kind: "line",
    title: "T & <co>",
    categories: { address: "A2:A5" },
    series: [{ name: 'Sales "net"', values: { address: "B2:B5" } }],
    anchor: { from: "D2", to: "J15" },
  };
  it.each([
    ["line", "<c:lineChart>", "<c:catAx>"],
    ["column", '<c:barChart><c:barDir val="col"/>', "<c:catAx>"],
    ["bar", '<c:barChart><c:barDir val="bar"/>', "<c:catAx>"],
    ["scatter", "<c:scatterChart>", "<c:valAx>"],
  ] as const)("%s is DrawingML %s", (kind, element, firstAxis) => {
    const xml = chartXml({ ...base, kind }, "Bob's data", "Calibri");
    parseXml(xml, kind);
    expect(xml).toContain(element);
    expect(xml.indexOf(firstAxis)).toBeGreaterThan(xml.indexOf("</c:ser>"));
    expect(xml).toContain("<c:f>'Bob''s data'!$B$2:$B$5</c:f>");
    expect(xml).toContain("<a:t>T &amp; &lt;co&gt;</a:t>");
    expect(xml).toContain("<c:v>Sales &quot;net&quot;</c:v>");
    if (kind === "scatter") expect(xml).toMatch(/<c:xVal>.*<c:yVal>/);
  });

  it("draws a markers-only series without a line, and a range on another sheet with that sheet's name", () => {
    const xml = chartXml(
      {
        ...base,
        kind: "scatter",
        series: [
          {
            name: "Optimal",
            values: { address: "C2", sheet: "Plan" },
            categories: { address: "B2", sheet: "Plan" },
            look: "markers",
          },
        ],
      },
      "Chart sheet",
      "Calibri"
    );
    expect(xml).toContain('<a:ln w="28575"><a:noFill/></a:ln>');
    expect(xml).toContain('<c:symbol val="circle"/><c:size val="9"/>');
    expect(xml).toContain("<c:f>'Plan'!$C$2</c:f>");
  });
});

describe("well-formedness check", () => {
  it("rejects broken XML, so the part checks above can fail", () => {
    expect(() => parseXml("<a><b></a>", "broken.xml")).toThrow();
  });
});

describe("several charts on one sheet", () => {
  it("numbers the charts, relates each from the one drawing and declares every part", async () => {
    const zip = await JSZip.loadAsync(await writeXlsx({ ...plan, charts: [] }));
    const second: ChartSpec = {
      ...sensitivity,
      title: "Second",
      anchor: { from: "M32", to: "M50" },
    };
    await addChartsToSheet(zip, plan.sheetName, [sensitivity, second], "Calibri");
    const text = (path: string) => zip.file(path)!.async("string");
    const rels = await text("xl/drawings/_rels/drawing1.xml.rels");
    expect(rels).toMatch(/Id="rId1"[^>]*Target="..\/charts\/chart1.xml"/);
    expect(rels).toMatch(/Id="rId2"[^>]*Target="..\/charts\/chart2.xml"/);
    expect(await text("xl/charts/chart2.xml")).toContain("<a:t>Second</a:t>");
    const drawing = await text("xl/drawings/drawing1.xml");
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(2);
    const types = await text("[Content_Types].xml");
    for (const part of ["charts/chart1.xml", "charts/chart2.xml", "drawings/drawing1.xml"])
      expect(types).toContain(`PartName="/xl/${part}"`);
  });

  it("refuses a sheet the workbook does not have", async () => {
    const zip = await JSZip.loadAsync(await writeXlsx({ ...plan, charts: [] }));
    await expect(addChartsToSheet(zip, "Elsewhere", [sensitivity], "Calibri")).rejects.toThrow(
      'no worksheet part for sheet "Elsewhere"'
    );
  });
});

describe("categoryLabelStep", () => {
  it.each([
    [5, 1],
    [10, 1],
    [11, 2],
    [31, 5],
    [100, 10],
    [101, 20],
  ])("%i categories are labelled every %i", (count, step) => {
    expect(categoryLabelStep(count)).toBe(step);
  });
});

describe("insertDrawingElement", () => {
  it.each([
    [
      "after pageSetup, before tableParts",
      '<worksheet xmlns:r="r"><sheetData/><pageSetup/><tableParts/></worksheet>',
      '<pageSetup/><drawing r:id="rId9"/><tableParts/>',
    ],
    [
      "at the end",
      '<worksheet xmlns:r="r"><sheetData/></worksheet>',
      '<sheetData/><drawing r:id="rId9"/></worksheet>',
    ],
  ])("puts <drawing> in its schema place: %s", (_, xml, expected) => {
    expect(insertDrawingElement(xml, "rId9")).toContain(expected);
  });

  it("declares the r: namespace when the worksheet lacks it", () => {
    expect(insertDrawingElement("<worksheet><sheetData/></worksheet>", "rId1")).toMatch(
      /^<worksheet xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships">/
    );
  });

  it("refuses a worksheet that already has a drawing", () => {
    expect(() =>
      insertDrawingElement('<worksheet><drawing r:id="rId1"/></worksheet>', "rId2")
    ).toThrow("already has a drawing");
  });
});

const describeWithLibreOffice = libreOfficeAvailable() ? describe : describe.skip;

describeWithLibreOffice("LibreOffice opens the export and draws the chart", () => {
  /** Pixels of Excel's first two series colours (blue, orange) on every page LibreOffice prints. */
  async function seriesPixels(charts: ChartSpec[], name: string) {
    const dir = mkdtempSync(join(tmpdir(), "mkt-chart-"));
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, await writeXlsx({ ...plan, charts }));
    const pages = renderPdf(convertWithLibreOffice(xlsx, "pdf", dir), RENDER_DPI);
    return SERIES_COLOURS.slice(0, 2).map((colour) =>
      pages.reduce((sum, page) => sum + countPixels(page, colour), 0)
    );
  }

  it("renders the sensitivity chart: its series colours appear, and only with the chart", async () => {
    const withChart = await seriesPixels(plan.charts, "with-chart");
    const without = await seriesPixels([], "without-chart");
    // Lines 2.25 pt wide across the chart leave well over a hundred pixels of each colour
    // at RENDER_DPI; the same workbook without its chart has next to none of them.
    for (const [i, pixels] of withChart.entries()) {
      expect(pixels).toBeGreaterThan(100);
      expect(without[i]).toBeLessThan(pixels / 10);
    }
  }, 240_000);
});
