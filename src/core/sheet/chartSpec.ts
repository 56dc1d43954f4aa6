/**
 * A chart as plain data: what a sheet plan asks to be plotted, independent of
 * who draws it. Two writers read it — the task pane's Office.js adapter
 * (`sheet.charts.add` inside the caller's batch) and the .xlsx writer (a
 * DrawingML chart part) — so a sheet's chart looks the same whether it was
 * built in Excel or exported by the command line.
 *
 * Ranges are sheet references: an A1 address on the plan's own sheet
 * ({ address: "C20:C40" }, qualified by the writer with the sheet's final
 * name, as every plan address is), or on a named sheet ({ sheet: "Sales",
 * address: "B2:B100" }), for a chart over a table the user already has.
 * Series take their values by columns or rows of one area each; a series
 * name is literal text (Office.js can set a series name only as text).
 *
 * The axis names follow Office.js: the category axis is the horizontal one of
 * line and column charts, the vertical one of bar charts, and the x axis of a
 * scatter chart (whose "categories" are x values).
 */
import { rangeShape } from "../a1";

export type ChartKind = "line" | "column" | "bar" | "scatter";

/** A range on the plan's own sheet (no `sheet`) or on another sheet of the workbook. */
export interface SheetRange {
  readonly address: string;
  readonly sheet?: string;
}

/** How a line or scatter series is drawn; columns and bars ignore it. */
export type SeriesLook = "line" | "markers" | "lineAndMarkers";

export interface ChartSeriesSpec {
  /** The legend text. */
  readonly name: string;
  /** One row or one column of numbers. */
  readonly values: SheetRange;
  /** This series' own categories (x values of a scatter series); else the chart's. */
  readonly categories?: SheetRange;
  /** Default: "line" for line charts, "lineAndMarkers" for scatter charts. */
  readonly look?: SeriesLook;
}

export interface ChartAxisSpec {
  readonly title?: string;
  /** An Excel number format for the tick labels, one of core/numberFormat NUMBER_FORMATS (percentWhole, money). */
  readonly numberFormat?: string;
}

export interface ChartSpec {
  readonly kind: ChartKind;
  readonly title: string;
  /** Category labels (x values for scatter), shared by every series without its own. */
  readonly categories?: SheetRange;
  readonly series: readonly ChartSeriesSpec[];
  /** The cells the chart covers, top-left and bottom-right, on the plan's sheet ("M11", "T30"). */
  readonly anchor: { readonly from: string; readonly to: string };
  readonly categoryAxis?: ChartAxisSpec;
  readonly valueAxis?: ChartAxisSpec;
}

/** The look a series gets when its spec leaves it out. */
export function seriesLook(spec: ChartSpec, series: ChartSeriesSpec): SeriesLook {
  return series.look ?? (spec.kind === "scatter" ? "lineAndMarkers" : "line");
}

/** The categories a series is plotted against: its own, else the chart's. */
export function seriesCategories(spec: ChartSpec, series: ChartSeriesSpec): SheetRange | undefined {
  return series.categories ?? spec.categories;
}

/** Cells in a one-row or one-column area; null for a block of several rows and columns or no A1 range. */
function vectorLength(address: string): number | null {
  if (!A1_AREA.test(address)) return null;
  const { rows, columns } = rangeShape(address);
  if (rows !== 1 && columns !== 1) return null;
  return rows * columns;
}

/** One area, "B5" or "B5:B9", $ signs allowed. */
const A1_AREA = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;
const A1_CELL = /^\$?[A-Za-z]{1,3}\$?\d+$/;

/**
 * What is wrong with a spec, in words (empty when nothing is). A bad spec is a
 * programmer error in a plan builder, so the writers throw with these words;
 * plan builders' tests call this to check their charts. The words stay
 * English: a user's input cannot make a bad spec (titles and series come
 * from the plan, the labels are validated first), so they never reach one.
 */
export function chartSpecProblems(spec: ChartSpec): string[] {
  const problems: string[] = [];
  if (spec.title.trim() === "") problems.push("the chart has no title");
  if (spec.series.length === 0) problems.push("the chart has no series");
  if (!A1_CELL.test(spec.anchor.from) || !A1_CELL.test(spec.anchor.to))
    problems.push(`the anchor ${spec.anchor.from}:${spec.anchor.to} is not two cells`);
  spec.series.forEach((series, i) => {
    const label = `series ${i + 1} (${series.name})`;
    const values = vectorLength(series.values.address);
    if (values === null)
      problems.push(`${label}: values ${series.values.address} must be one row or one column`);
    const categories = seriesCategories(spec, series);
    if (spec.kind === "scatter" && categories === undefined)
      problems.push(`${label}: a scatter series needs x values (categories)`);
    if (categories === undefined || values === null) return;
    const count = vectorLength(categories.address);
    if (count === null)
      problems.push(`${label}: categories ${categories.address} must be one row or one column`);
    else if (count !== values)
      problems.push(`${label}: ${values} values against ${count} categories`);
  });
  return problems;
}

/** Throws with every problem of the spec: writers call it before they draw. */
export function assertChartSpec(spec: ChartSpec): void {
  const problems = chartSpecProblems(spec);
  if (problems.length > 0) throw new Error(`chart "${spec.title}": ${problems.join("; ")}`);
}
