/**
 * Builds the SheetPlan of a discount model: a worksheet that computes the
 * model with native Excel formulas only (no MKT. functions), carries its
 * Solver model as hidden worksheet-scoped names, and can be read back by the
 * add-in through the layout names of layout.ts. The sections are built in
 * sheetSections.ts and assembled with the sheet toolkit (core/sheet).
 *
 * Layout (rows shift with the number of tiers T and segments S):
 *   A1            title
 *   A3:B9         inputs: name, currency, list price, unit cost, order cost, max discount
 *   A12:E(12+T)   tier table (header + T rows)
 *   segments      header + S rows: label, elasticity, share per tier
 *   decisions     header + T rows: tier, DISCOUNT (decision), units, revenue, profit,
 *                 margin, min margin, floor slack, chain gap, max discount, baseline profit
 *   summary       total units, revenue, profit (objective), baseline, uplift, uplift %
 *   notes         "how to solve", one paragraph a row across A:G, under the results
 *                 (in their own rows, so the input rows keep Excel's height)
 *   calculations  header + T×S rows: orders, units per order, units, revenue, profit
 *   sensitivity   profit of each tier at 0, 1, 2, … points of discount up to the maximum
 *   chart         the sensitivity chart beside its table, after a gap column
 *                 (F:K for three tiers: within the width of the tables above)
 */
import type { PlanBlock, SheetPlan } from "../sheet/plan";
import { hiddenName } from "../sheet/assemble";
import { cellAt, rangeAt } from "../sheet/place";
import { assembleModelSheet, modelSheetNames } from "../sheet/modelSheet";
import { MODEL_SHEET_ROWS } from "../sheet/modelSheetLayout";
import type { SolverModel } from "../sheet/solverModel";
import { sheetText, type SheetLanguage } from "../sheet/sheetText";
import type { DiscountModelInput } from "./model";
import { LAYOUT_NAMES, MODEL_MARKER_NAME, MODEL_MARKER_VALUE } from "./layout";
import { DISCOUNT_SHEET_TEXT } from "./sheetText";
import { translate } from "../i18n";
import { figureColumnWidth } from "../sheet/fitColumns";
import { evaluateDiscounts } from "./evaluate";
import {
  DISCOUNT_COLUMNS as COL,
  NOTE_ROWS,
  calculationsSection,
  decisionColumn,
  decisionsSection,
  inputsSection,
  notesSection,
  segmentsSection,
  sensitivitySection,
  sensitivityChartColumns,
  summarySection,
  tiersSection,
  type DiscountSheetContext,
} from "./sheetSections";

export interface DiscountSheetPlanOptions {
  /** Base name of the sheet (writers make it valid and unique); default "Discount model" in the sheet's language. */
  sheetName?: string;
  /** Language of the sheet's labels and notes; default English. */
  language?: SheetLanguage;
  /** Values for the decision cells (e.g. the optimiser's answer); default all zero. */
  discounts?: number[];
  /** One more line for the notes, e.g. where the decision values came from and the certificate. */
  note?: string;
}

/** The sheet name of an exported model (a file holds one sheet, so it needs no product name). */
export const DEFAULT_DISCOUNT_SHEET_NAME = DISCOUNT_SHEET_TEXT.en.sheetName;

/** The base name of a model sheet built beside the user's sheets: "Discounts - <product>" (ru "Скидки - …"). */
export function discountSheetName(product: string, language: SheetLanguage = "en"): string {
  return sheetText(DISCOUNT_SHEET_TEXT, language)("sheetNameFor", { product });
}

/** Rows of the layout, computed once so the plan, the names and the tests agree. */
export function discountSheetRows(
  tierCount: number,
  segmentCount: number,
  sensitivityRows: number
) {
  const T = tierCount;
  const S = segmentCount;
  const tierHeader = 12;
  const segHeading = tierHeader + T + 2;
  const segHeader = segHeading + 1;
  const decHeading = segHeader + S + 2;
  const decHeader = decHeading + 1;
  const summaryHeading = decHeader + T + 2;
  const summary = summaryHeading + 1;
  const notesHeading = summary + 6 + 1;
  const note = notesHeading + 1;
  const calcHeading = note + NOTE_ROWS + 1;
  const calcHeader = calcHeading + 1;
  const sensHeading = calcHeader + T * S + 2;
  const sensHeader = sensHeading + 1;
  return {
    ...MODEL_SHEET_ROWS,
    inputs: 6,
    tiersHeading: 11,
    tierHeader,
    tier: (t: number) => tierHeader + 1 + t,
    segHeading,
    segHeader,
    segment: (s: number) => segHeader + 1 + s,
    decHeading,
    decHeader,
    decision: (t: number) => decHeader + 1 + t,
    summaryHeading,
    summary,
    objective: summary + 2,
    baseline: summary + 3,
    notesHeading,
    note,
    calcHeading,
    calcHeader,
    calc: (t: number, s: number) => calcHeader + 1 + t * S + s,
    sensHeading,
    sensHeader,
    sensLast: sensHeader + sensitivityRows,
  };
}

/** 0.29 * 100 = 28.999999999999996 in floating point: this slack keeps the 29-point row. */
const POINT_SLACK = 1e-9;

/** Discounts of the sensitivity table: 0, 1, 2, … points up to the maximum, plus the maximum itself when it is off the 1-point grid. */
export function sensitivityDiscounts(maxDiscount: number): number[] {
  const points = Math.floor(maxDiscount * 100 + POINT_SLACK);
  const xs = Array.from({ length: points + 1 }, (_, k) => k / 100);
  if (maxDiscount - xs[xs.length - 1] > POINT_SLACK) xs.push(maxDiscount);
  return xs;
}

/** Marker and layout names: how the pane recognises the sheet and reads it back. */
function layoutNames(c: DiscountSheetContext) {
  const { rows: R, model } = c;
  const T = model.tiers.length;
  const S = model.segments.length;
  return modelSheetNames({
    marker: {
      name: MODEL_MARKER_NAME,
      value: MODEL_MARKER_VALUE,
      comment: c.text("markerComment"),
    },
    inputs: [
      hiddenName(LAYOUT_NAMES.inputs, { range: rangeAt(COL.B, R.inputs, COL.B, R.inputs + 3) }),
      hiddenName(LAYOUT_NAMES.tiers, { range: rangeAt(COL.A, R.tier(0), COL.E, R.tier(T - 1)) }),
      hiddenName(LAYOUT_NAMES.segments, {
        range: rangeAt(COL.A, R.segment(0), COL.C + T - 1, R.segment(S - 1)),
      }),
    ],
    decisions: decisionColumn(c, COL.B),
    objective: cellAt(COL.B, R.objective),
    results: [hiddenName(LAYOUT_NAMES.baseline, { range: cellAt(COL.B, R.baseline) })],
  });
}

/** Maximise total profit over the discounts, with the floors, the maximum and (T ≥ 2) the chain. */
function discountSolverModel(c: DiscountSheetContext): SolverModel {
  const T = c.model.tiers.length;
  const R = c.rows;
  return {
    objective: cellAt(COL.B, R.objective),
    goal: "max",
    variables: decisionColumn(c, COL.B),
    constraints: [
      { lhs: decisionColumn(c, COL.H), relation: ">=", rhs: { value: 0 } },
      { lhs: decisionColumn(c, COL.B), relation: "<=", rhs: { range: decisionColumn(c, COL.J) } },
      ...(T >= 2
        ? [
            {
              lhs: rangeAt(COL.I, R.decision(0), COL.I, R.decision(T - 2)),
              relation: ">=" as const,
              rhs: { value: 0 },
            },
          ]
        : []),
    ],
    engine: "grg",
    nonNegative: true,
    multistart: false,
  };
}

/**
 * The least width of the figure columns B … in points: a share such as
 * 100.00% and a wrapped header's word such as "Discount" (fitColumns widens a
 * column whose word is longer, as Russian and Kazakh ones often are).
 */
const MIN_FIGURE_COLUMN_WIDTH = 64;

/**
 * The largest figure the sheet shows: totals of units, revenue and profit at
 * the written discounts and at the largest one (elastic buyers buy most there,
 * so revenue peaks at one end of the sensitivity table).
 */
function largestFigure(model: DiscountModelInput, discounts: readonly number[]): number {
  const atMax = model.tiers.map(() => model.maxDiscount);
  return Math.max(
    ...[discounts, atMax].flatMap((d) => {
      const f = evaluateDiscounts(model, d);
      return [f.units, f.revenue, Math.abs(f.profit)];
    })
  );
}

/**
 * The calculations table shows each segment's label in B by formula (a renamed
 * segment renames its rows): their text, for the column widths to measure.
 */
function segmentLabels(c: DiscountSheetContext): PlanBlock {
  const first = c.rows.calc(0, 0);
  return {
    address: rangeAt(COL.B, first, COL.B, first + c.model.segments.length - 1),
    cells: c.model.segments.map((s) => [s.label]),
    role: "label",
  };
}

export function buildDiscountSheetPlan(
  model: DiscountModelInput,
  options: DiscountSheetPlanOptions = {}
): SheetPlan {
  const T = model.tiers.length;
  const discounts = options.discounts ?? new Array<number>(T).fill(0);
  if (discounts.length !== T)
    throw new RangeError(`buildDiscountSheetPlan: ${discounts.length} discounts for ${T} tiers`);
  const xs = sensitivityDiscounts(model.maxDiscount);
  const context: DiscountSheetContext = {
    model,
    discounts,
    xs,
    rows: discountSheetRows(T, model.segments.length, xs.length),
    text: sheetText(DISCOUNT_SHEET_TEXT, options.language),
    // The note points at the pane by the ribbon command and the title the pane itself shows, so they never drift apart.
    pane: {
      title: translate(options.language ?? "en", "pane.title"),
      command: translate(options.language ?? "en", "pane.ribbonCommand"),
      tab: translate(options.language ?? "en", "pane.tab.optimise"),
    },
    ...(options.note ? { note: options.note } : {}),
    figureWidth: figureColumnWidth(largestFigure(model, discounts), MIN_FIGURE_COLUMN_WIDTH),
  };
  const sections = [
    inputsSection,
    tiersSection,
    segmentsSection,
    decisionsSection,
    summarySection,
    calculationsSection,
    sensitivitySection,
    notesSection,
  ].map((build) => build(context));
  return assembleModelSheet({
    sheetName: options.sheetName ?? context.text("sheetName"),
    sections,
    names: layoutNames(context),
    solver: discountSolverModel(context),
    objectiveRow: context.rows.objective,
    lastColumn: Math.max(COL.K, sensitivityChartColumns(T).last),
    figureWidth: context.figureWidth,
    // Headers wrap to their longest word; the title again on every page, with
    // the empty row under it, so a page's first table does not touch the title.
    wrapHeaders: true,
    measured: [segmentLabels(context)],
    titleRows: MODEL_SHEET_ROWS.inputsHeading - 1,
  });
}
