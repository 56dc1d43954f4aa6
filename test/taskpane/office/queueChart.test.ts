/**
 * The Office.js chart adapter against office-addin-mock (mockExcel.ts): each
 * ChartSpec becomes charts.add with the Excel chart type of its kind and look,
 * one series per spec series with its name, values and categories (on the
 * chart's sheet or another), titles, axis formats and position — queued on the
 * caller's batch, with no sync of its own.
 */
import type { ChartSpec } from "../../../src/core/sheet/chartSpec";
import { officeChartType, queueChart } from "../../../src/taskpane/office/queueChart";
import { createMockExcel } from "./mockExcel";

const spec: ChartSpec = {
  kind: "line",
  title: "Profit of each tier by discount",
  categories: { address: "A51:A81" },
  series: [
    { name: "1-9", values: { address: "B51:B81" } },
    { name: "10-49", values: { address: "C51:C81" } },
  ],
  anchor: { from: "M11", to: "M30" },
  categoryAxis: { title: "Discount", numberFormat: "0%" },
  valueAxis: { title: "Profit (KZT)", numberFormat: "#,##0" },
};

function excelWith(...names: string[]) {
  return createMockExcel({ sheets: names.map((name) => ({ name })) });
}

describe("queueChart", () => {
  it("queues the chart on the caller's batch and syncs nothing itself", async () => {
    const excel = excelWith("Model");
    const sheet = excel.context.workbook.worksheets.getItem("Model");
    queueChart(excel.context, sheet, spec);
    expect(excel.syncCount()).toBe(0);
    expect(excel.sheet("Model")!.charts).toHaveLength(0);
    await excel.context.sync();
    expect(excel.syncCount()).toBe(1);
    expect(excel.sheet("Model")!.charts).toEqual([
      expect.objectContaining({
        type: "Line",
        seriesBy: "Columns",
        source: "B51:B81",
        position: "M11:M30",
        series: [
          { name: "1-9", values: "B51:B81", categories: "A51:A81" },
          { name: "10-49", values: "C51:C81", categories: "A51:A81" },
        ],
        "title.text": "Profit of each tier by discount",
        "axes.categoryAxis.title.text": "Discount",
        "axes.categoryAxis.numberFormat": "0%",
        "axes.valueAxis.title.text": "Profit (KZT)",
        "axes.valueAxis.numberFormat": "#,##0",
      }),
    ]);
  });

  it("reads ranges on another sheet from that sheet (a chart over the user's table)", async () => {
    const excel = excelWith("Sales", "Charts");
    const sheet = excel.context.workbook.worksheets.getItem("Charts");
    queueChart(excel.context, sheet, {
      kind: "column",
      title: "ROMI by campaign",
      categories: { sheet: "Sales", address: "A2:A6" },
      series: [{ name: "ROMI", values: { sheet: "Sales", address: "D2:D6" } }],
      anchor: { from: "B2", to: "J18" },
    });
    await excel.context.sync();
    expect(excel.sheet("Charts")!.charts[0]).toMatchObject({
      type: "ColumnClustered",
      series: [{ name: "ROMI", values: "Sales!D2:D6", categories: "Sales!A2:A6" }],
    });
  });

  it.each<[ChartSpec["kind"], ChartSpec["series"][number]["look"], string]>([
    ["line", undefined, "Line"],
    ["line", "lineAndMarkers", "LineMarkers"],
    ["column", undefined, "ColumnClustered"],
    ["bar", undefined, "BarClustered"],
    ["scatter", undefined, "XYScatterLines"],
    ["scatter", "markers", "XYScatter"],
    ["scatter", "line", "XYScatterLinesNoMarkers"],
  ])("a %s chart whose first series looks %s is Excel's %s", (kind, look, type) => {
    expect(officeChartType({ ...spec, kind, series: [{ ...spec.series[0], look }] })).toBe(type);
  });

  it("refuses a spec with problems before queueing anything", () => {
    const excel = excelWith("Model");
    const sheet = excel.context.workbook.worksheets.getItem("Model");
    expect(() => queueChart(excel.context, sheet, { ...spec, series: [] })).toThrow(
      "the chart has no series"
    );
    expect(excel.applied).toHaveLength(0);
  });
});
