/**
 * The words of the discount sheet, one table per language (core/sheet/sheetText):
 * English here; Russian and Kazakh are filled key by key, and a key missing
 * in a language falls back to English.
 */
import type { SheetTextTable } from "../sheet/sheetText";

const en = {
  title: "Discount optimisation: {name}",
  inputsHeading: "Inputs (blue on yellow: edit these)",
  modelName: "Model name",
  currency: "Currency",
  listPrice: "List price per unit",
  unitCost: "Variable cost per unit",
  orderCost: "Cost per order (paperwork, delivery, rep's time)",
  maxDiscount: "Maximum discount",
  tiersHeading: "Order-size tiers",
  tier: "Tier",
  minQty: "Min quantity",
  ordersPerPeriod: "Orders per period",
  orders: "Orders",
  unitsPerOrder: "Units per order",
  minMargin: "Min margin",
  segmentsHeading: "Buyer segments (share of each tier's orders)",
  segment: "Segment",
  elasticity: "Elasticity",
  shareOfTier: "Share {tier}",
  decisionsHeading: "Discount per tier (green: what Solver changes) and results",
  discount: "Discount",
  units: "Units",
  revenue: "Revenue",
  profit: "Profit",
  margin: "Margin",
  floorSlack: "Floor slack (>= 0)",
  chainGap: "Chain gap (>= 0)",
  maxDiscountShort: "Max discount",
  baselineProfit: "Profit at no discount",
  summaryHeading: "Summary",
  totalUnits: "Total units",
  totalRevenue: "Total revenue",
  totalProfit: "Total profit (objective)",
  baseline: "Profit at no discount (baseline)",
  uplift: "Uplift over baseline",
  upliftShare: "Uplift, % of baseline",
  calculationsHeading: "Calculations per tier and segment",
  sensitivityHeading: "Sensitivity: profit of each tier by discount",
  notesHeading: "How to solve",
  noteSolve:
    "Data > Solver > Solve. The objective, the decision cells and the constraints are already saved with this sheet.",
  noteConstraints:
    "Constraints: floor slack >= 0 (each tier's minimum margin), chain gap >= 0 (a bigger order never gets a smaller discount), discount <= maximum, discount >= 0.",
  noteLocal:
    "Solver's GRG Nonlinear engine finds a local optimum: when a tier mixes buyers of very different elasticity its profit can have two humps, and GRG may stop at the first.",
  noteGlobal:
    "For the global optimum tick Use Multistart in Solver's GRG options, or run the MKT add-in's optimiser (Discount pane), which also reports how sure it is.",
  noteSensitivity:
    "The sensitivity table covers 0 to the maximum discount as it was when the sheet was built; rebuild the sheet after changing the maximum.",
  chartTitle: "Profit of each tier by discount",
  chartDiscountAxis: "Discount",
  chartProfitAxis: "Profit ({currency})",
  markerComment: "Marks this sheet as an MKT discount model",
};

export type DiscountSheetTextKey = keyof typeof en;

export const DISCOUNT_SHEET_TEXT: SheetTextTable<DiscountSheetTextKey> = { en };
