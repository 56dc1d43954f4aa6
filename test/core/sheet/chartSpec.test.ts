import {
  assertChartSpec,
  chartSpecProblems,
  seriesCategories,
  seriesLook,
  type ChartSpec,
} from "../../../src/core/sheet/chartSpec";

/** The discount sheet's sensitivity chart, the first user of ChartSpec. */
const sensitivity: ChartSpec = {
  kind: "line",
  title: "Profit of each tier by discount",
  categories: { address: "A41:A61" },
  series: [
    { name: "Tier 1", values: { address: "B41:B61" } },
    { name: "Tier 2", values: { address: "C41:C61" } },
  ],
  anchor: { from: "M11", to: "T30" },
  categoryAxis: { title: "Discount", numberFormat: "0%" },
  valueAxis: { title: "Profit (KZT)", numberFormat: "#,##0" },
};

describe("ChartSpec", () => {
  it("accepts a well-formed line chart", () => {
    expect(chartSpecProblems(sensitivity)).toEqual([]);
    expect(() => assertChartSpec(sensitivity)).not.toThrow();
  });

  it("accepts a row of values against a row of categories on another sheet", () => {
    const spec: ChartSpec = {
      kind: "column",
      title: "ROMI by campaign",
      categories: { sheet: "Campaigns", address: "B1:F1" },
      series: [{ name: "ROMI", values: { sheet: "Campaigns", address: "B9:F9" } }],
      anchor: { from: "H2", to: "P20" },
    };
    expect(chartSpecProblems(spec)).toEqual([]);
  });

  it("defaults: a line series is a line, a scatter series has line and markers, own categories win", () => {
    const scatter: ChartSpec = {
      kind: "scatter",
      title: "Response",
      categories: { address: "A2:A50" },
      series: [
        { name: "Curve", values: { address: "B2:B50" } },
        {
          name: "Optimal",
          values: { address: "E2" },
          categories: { address: "D2" },
          look: "markers",
        },
      ],
      anchor: { from: "G2", to: "N20" },
    };
    expect(chartSpecProblems(scatter)).toEqual([]);
    expect(seriesLook(sensitivity, sensitivity.series[0])).toBe("line");
    expect(seriesLook(scatter, scatter.series[0])).toBe("lineAndMarkers");
    expect(seriesLook(scatter, scatter.series[1])).toBe("markers");
    expect(seriesCategories(scatter, scatter.series[1])).toEqual({ address: "D2" });
    expect(seriesCategories(scatter, scatter.series[0])).toEqual({ address: "A2:A50" });
  });

  it.each<[string, Partial<ChartSpec>, string]>([
    ["an empty title", { title: " " }, "the chart has no title"],
    ["no series", { series: [] }, "the chart has no series"],
    ["a bad anchor", { anchor: { from: "M11", to: "T" } }, "the anchor M11:T is not two cells"],
    [
      "a block of values",
      { series: [{ name: "Both", values: { address: "B41:C61" } }] },
      "series 1 (Both): values B41:C61 must be one row or one column",
    ],
    [
      "values that are no A1 range",
      { series: [{ name: "Oops", values: { address: "Profit" } }] },
      "series 1 (Oops): values Profit must be one row or one column",
    ],
    [
      "fewer values than categories",
      { series: [{ name: "Short", values: { address: "B41:B50" } }] },
      "series 1 (Short): 10 values against 21 categories",
    ],
    [
      "a block of categories",
      { categories: { address: "A41:B61" } },
      "series 1 (Tier 1): categories A41:B61 must be one row or one column",
    ],
    [
      "a scatter chart without x values",
      { kind: "scatter", categories: undefined },
      "series 1 (Tier 1): a scatter series needs x values (categories)",
    ],
  ])("reports %s", (_, change, problem) => {
    const spec = { ...sensitivity, ...change };
    expect(chartSpecProblems(spec)).toContain(problem);
    expect(() => assertChartSpec(spec)).toThrow(problem);
  });
});
