/**
 * A ChartSpec as Office.js calls, queued on the caller's batch: the chart is
 * added, its series named and pointed at their ranges, titled, formatted and
 * placed, and nothing is synced here — the caller's one `context.sync()` sends
 * it with the rest of the sheet (one round trip per user action). The .xlsx
 * writer draws the same spec as DrawingML (src/export/chartParts.ts).
 *
 * Series by series (ExcelApi 1.7): the first comes with charts.add from its
 * value range, the others through series.add; each gets its values and
 * categories, so neither has to be next to the other on the sheet.
 */
import {
  assertChartSpec,
  seriesCategories,
  seriesLook,
  type ChartSpec,
  type SheetRange,
} from "../../core/sheet/chartSpec";

/** Excel.ChartType string values by kind and the look of the first series. */
export function officeChartType(spec: ChartSpec): Excel.ChartType {
  const look = seriesLook(spec, spec.series[0]);
  const scatter = {
    line: "XYScatterLinesNoMarkers",
    markers: "XYScatter",
    lineAndMarkers: "XYScatterLines",
  };
  const types: Record<ChartSpec["kind"], string> = {
    line: look === "line" ? "Line" : "LineMarkers",
    column: "ColumnClustered",
    bar: "BarClustered",
    scatter: scatter[look],
  };
  return types[spec.kind] as Excel.ChartType;
}

/** A chart range on the chart's own sheet, or on the named sheet (a user's table). */
function chartRange(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  range: SheetRange
): Excel.Range {
  return range.sheet === undefined
    ? sheet.getRange(range.address)
    : context.workbook.worksheets.getItem(range.sheet).getRange(range.address);
}

/** Queues one chart on `sheet`; throws (a programmer error) on a spec chartSpecProblems rejects. */
export function queueChart(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spec: ChartSpec
): Excel.Chart {
  assertChartSpec(spec);
  const chart = sheet.charts.add(
    officeChartType(spec),
    chartRange(context, sheet, spec.series[0].values),
    "Columns" as Excel.ChartSeriesBy
  );
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(chartRange(context, sheet, s.values));
    const categories = seriesCategories(spec, s);
    if (categories) series.setXAxisValues(chartRange(context, sheet, categories));
  });
  chart.title.text = spec.title;
  const { categoryAxis, valueAxis } = spec;
  if (categoryAxis?.title) chart.axes.categoryAxis.title.text = categoryAxis.title;
  if (categoryAxis?.numberFormat) chart.axes.categoryAxis.numberFormat = categoryAxis.numberFormat;
  if (valueAxis?.title) chart.axes.valueAxis.title.text = valueAxis.title;
  if (valueAxis?.numberFormat) chart.axes.valueAxis.numberFormat = valueAxis.numberFormat;
  chart.setPosition(spec.anchor.from, spec.anchor.to);
  return chart;
}
