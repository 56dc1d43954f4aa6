/**
 * The words of the budget sheet, one table per language (core/sheet/sheetText):
 * English here; Russian and Kazakh are filled key by key, and a key missing
 * in a language falls back to English.
 */
import type { SheetTextTable } from "../sheet/sheetText";

const en = {
  title: "Budget allocation: {name}",
  inputsHeading: "Inputs (blue on yellow: edit these)",
  modelName: "Model name",
  currency: "Currency",
  budget: "Budget",
  spendAll: "Whole budget must be spent",
  yes: "yes (Solver: total spend = budget)",
  no: "no (Solver: total spend <= budget)",
  channelsHeading: "Channels and their response curves (margin: gross profit per unit of response)",
  channel: "Channel",
  responseModel: "Curve",
  adbudg: "ADBUDG",
  vidaleWolfe: "Vidale-Wolfe",
  minSpend: "Min spend",
  maxSpend: "Max spend",
  currentSpend: "Current spend",
  margin: "Margin",
  floor: "Floor",
  ceiling: "Ceiling",
  shape: "Shape γ",
  halfSaturation: "Half-sat. spend K",
  adbudgGroup: "ADBUDG: MKT.ADBUDG's arguments",
  vidaleWolfeGroup: "Vidale-Wolfe: MKT.VIDALE_WOLFE's",
  responseRate: "Response rate r",
  saturationSales: "Saturation M",
  decayRate: "Decay rate λ",
  decisionsHeading: "Spend per channel (green: what Solver changes) and results",
  spend: "Spend",
  response: "Response",
  profit: "Profit",
  marginalReturn: "Marginal return",
  responseAtCurrent: "Response now",
  profitAtCurrent: "Profit now",
  summaryHeading: "Summary",
  totalSpend: "Total spend",
  unspent: "Budget left unspent",
  totalProfit: "Total profit (objective)",
  currentProfit: "Profit at current spends",
  change: "Change against current spends",
  curvesHeading: "Response curves (the charts' data: 41 spends from 0 to each channel's maximum)",
  curveSpend: "{channel}: spend",
  curveResponse: "Response",
  chartsHeading: "Response curves: current spend and the spend in the sheet",
  chartTitle: "{channel}: response to spend",
  chartSpendAxis: "Spend, {currency}",
  chartResponseAxis: "Response",
  seriesCurve: "Response curve",
  seriesCurrent: "Current spend",
  seriesOptimal: "Spend in the sheet",
  notesHeading: "How to solve",
  noteSolve:
    "Data > Solver opens with the model filled in: maximise the total profit by changing the green spend cells, within each channel's minimum and maximum and the budget.",
  noteFormulas:
    "Every response and profit is a native Excel formula (ADBUDG: floor + (ceiling − floor)·x^shape/(K^shape + x^shape); Vidale-Wolfe: M·r·x/(r·x + decay·M)); profit = margin × response − spend. The sheet computes without the add-in.",
  noteLocal:
    "An S-shaped curve (ADBUDG shape above 1) is flat at zero spend, so Solver's GRG started from zero never spends on it. Multistart is switched on in this model; it still gives no proof of a global optimum.",
  noteGlobal:
    "The MKT add-in (Optimise in the pane, or mkt budget solve) finds the global optimum with a certificate: no split of the budget can earn more than the figure it states.",
  markerComment: "MKT budget model, version 1",
};

export type BudgetSheetTextKey = keyof typeof en;

export const BUDGET_SHEET_TEXT: SheetTextTable<BudgetSheetTextKey> = { en };
