/**
 * Builds the SheetPlan of a budget model: a worksheet that computes every
 * channel's response and profit with native Excel formulas only (no MKT.
 * functions), carries its Solver model as hidden worksheet-scoped names, names
 * its key cells (mkt_decisions: the spend per channel; mkt_objective: the
 * total profit) and draws each channel's response curve with its current and
 * in-sheet spend marked. Sections are built in sheetSections.ts and assembled
 * with the sheet toolkit (core/sheet).
 *
 * Layout (rows shift with the number of channels N):
 *   A1           title
 *   A3:B7        inputs: name, currency, budget, whether it must all be spent
 *   A9:M(11+N)   channel table: bounds, current spend, margin, curve parameters
 *                (row 10 names the parameter groups of the two curve models)
 *   decisions    header + N rows: channel, SPEND (decision), response, profit,
 *                marginal return, min, max, current spend, response and profit there
 *   summary      total spend, budget, unspent, total profit (objective),
 *                profit at current spends and the change (when every channel has one)
 *   notes        "how to solve", one paragraph a row across A:G, under the results
 *   charts       one response-curve chart per channel, two abreast
 *   curves       per channel 41 spends from 0 to its maximum and the response
 *                (the charts' data: left out of the print area)
 * Everything printed lies in columns A:M, landscape, fit to one page wide.
 */
import type { SheetPlan } from "../sheet/plan";
import { hiddenName } from "../sheet/assemble";
import { cellAt, rangeAt } from "../sheet/place";
import { assembleModelSheet, modelSheetNames } from "../sheet/modelSheet";
import { MODEL_LAYOUT_NAMES, MODEL_SHEET_ROWS } from "../sheet/modelSheetLayout";
import { parseRange } from "../a1";
import type { SolverModel } from "../sheet/solverModel";
import { sheetText, type SheetLanguage } from "../sheet/sheetText";
import type { BudgetModelInput } from "./model";
import { BUDGET_SHEET_TEXT } from "./sheetText";
import {
  BUDGET_COLUMNS as COL,
  CHART_GAP,
  CHART_ROWS,
  CURVE_POINTS,
  FIGURE_COLUMN_WIDTH,
  NOTE_ROWS,
  channelsSection,
  chartsSection,
  curvesSection,
  decisionColumn,
  decisionsSection,
  inputsSection,
  notesSection,
  summarySection,
  type BudgetSheetContext,
} from "./sheetSections";

export interface BudgetSheetPlanOptions {
  /** Base name of the sheet (writers make it valid and unique); default DEFAULT_BUDGET_SHEET_NAME. */
  sheetName?: string;
  /** Language of the sheet's labels and notes; default English. */
  language?: SheetLanguage;
  /** Values for the spend cells (e.g. the optimiser's answer); default each channel's minimum. */
  spend?: number[];
  /** One more line for the notes, e.g. where the spends came from and the certificate. */
  note?: string;
}

export const DEFAULT_BUDGET_SHEET_NAME = "Budget model";
/** How the pane recognises a budget sheet: a hidden constant name. */
export const BUDGET_MARKER_NAME = "mkt_budget_model";
export const BUDGET_MARKER_VALUE = "budget-model-v1";
export const BUDGET_LAYOUT_NAMES = {
  ...MODEL_LAYOUT_NAMES,
  budget: "mkt_budget",
  /** The statement whether the whole budget must be spent ("yes …" / "no …" in the sheet's language). */
  spendAll: "mkt_spend_all",
  channels: "mkt_channels",
} as const;

/** The base name of a model sheet built beside the user's sheets: "Budget - <name>". */
export function budgetSheetName(name: string): string {
  return `Budget - ${name}`;
}

/** Rows of the layout, computed once so the plan, the names and the tests agree. */
export function budgetSheetRows(channelCount: number) {
  const n = channelCount;
  const channelHeader = 11;
  const decHeading = channelHeader + n + 2;
  const decHeader = decHeading + 1;
  const summaryHeading = decHeader + n + 2;
  const summary = summaryHeading + 1;
  const notesHeading = summary + 7;
  const chartsHeading = notesHeading + NOTE_ROWS + 2;
  const chartsTop = chartsHeading + 1;
  const curvesHeading = chartsTop + Math.ceil(n / 2) * (CHART_ROWS + CHART_GAP);
  return {
    ...MODEL_SHEET_ROWS,
    budget: 6,
    spendAll: 7,
    channelsHeading: 9,
    channelHeader,
    channel: (i: number) => channelHeader + 1 + i,
    decHeading,
    decHeader,
    decision: (i: number) => decHeader + 1 + i,
    summaryHeading,
    summary,
    totalSpend: summary,
    objective: summary + 3,
    currentProfit: summary + 4,
    notesHeading,
    note: notesHeading + 1,
    chartsHeading,
    chartsTop,
    curvesHeading,
    curveHeader: (i: number) => curvesHeading + 1 + i * (CURVE_POINTS + 1),
  };
}

function layoutNames(c: BudgetSheetContext) {
  const { rows: R } = c;
  const n = c.model.channels.length;
  return modelSheetNames({
    marker: {
      name: BUDGET_MARKER_NAME,
      value: BUDGET_MARKER_VALUE,
      comment: c.text("markerComment"),
    },
    inputs: [
      hiddenName(BUDGET_LAYOUT_NAMES.budget, { range: cellAt(COL.B, R.budget) }),
      hiddenName(BUDGET_LAYOUT_NAMES.spendAll, { range: cellAt(COL.B, R.spendAll) }),
      hiddenName(BUDGET_LAYOUT_NAMES.channels, {
        range: rangeAt(COL.A, R.channel(0), COL.M, R.channel(n - 1)),
      }),
    ],
    decisions: decisionColumn(c, COL.B),
    objective: cellAt(COL.B, R.objective),
  });
}

/** Maximise total profit over the spends, within each channel's bounds and the budget. */
function budgetSolverModel(c: BudgetSheetContext): SolverModel {
  const R = c.rows;
  return {
    objective: cellAt(COL.B, R.objective),
    goal: "max",
    variables: decisionColumn(c, COL.B),
    constraints: [
      { lhs: decisionColumn(c, COL.B), relation: ">=", rhs: { range: decisionColumn(c, COL.F) } },
      { lhs: decisionColumn(c, COL.B), relation: "<=", rhs: { range: decisionColumn(c, COL.G) } },
      {
        lhs: cellAt(COL.B, R.totalSpend),
        relation: c.model.spendAll ? "=" : "<=",
        rhs: { range: cellAt(COL.B, R.budget) },
      },
    ],
    engine: "grg",
    nonNegative: true,
    // S-curves are flat at zero: a single GRG run from empty cells never spends on them.
    multistart: true,
  };
}

export function buildBudgetSheetPlan(
  model: BudgetModelInput,
  options: BudgetSheetPlanOptions = {}
): SheetPlan {
  const n = model.channels.length;
  const spend = options.spend ?? model.channels.map((c) => c.min);
  if (spend.length !== n)
    throw new RangeError(`buildBudgetSheetPlan: ${spend.length} spends for ${n} channels`);
  const context: BudgetSheetContext = {
    model,
    spend,
    rows: budgetSheetRows(n),
    text: sheetText(BUDGET_SHEET_TEXT, options.language),
    ...(options.note ? { note: options.note } : {}),
  };
  const sections = [
    inputsSection,
    channelsSection,
    decisionsSection,
    summarySection,
    chartsSection,
    curvesSection,
    notesSection,
  ].map((build) => build(context));
  return assembleModelSheet({
    sheetName: options.sheetName ?? DEFAULT_BUDGET_SHEET_NAME,
    sections,
    names: layoutNames(context),
    solver: budgetSolverModel(context),
    objectiveRow: context.rows.objective,
    // Column A as wide as its labels need (in the sheet's language), the figure columns B:M alike;
    // only column A's labels: a statement or a group label further right spills into empty cells.
    lastColumn: COL.M,
    figureWidth: FIGURE_COLUMN_WIDTH,
    fitTo: (b) => b.role === "label" && parseRange(b.address).from.col === COL.A,
    // The charts' data below the charts is not printed.
    printArea: rangeAt(COL.A, 1, COL.M, context.rows.curvesHeading - 1),
  });
}
