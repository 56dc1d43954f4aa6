/** The words of the campaigns sheet (core/sheet/sheetText): English; ru and kk fill in key by key. */
import type { SheetTextTable } from "../../sheet/sheetText";

const en = {
  sheetName: "Campaigns - {name}",
  title: "Campaign comparison: {name}",
  note:
    "How to read this: each row compares a campaign's sales before and during it with its trade-marketing (TM) cost. " +
    "ROMI = (incremental revenue × gross margin − cost) / cost; its band follows the article (below 30% below acceptable, " +
    "30-50% acceptable, 50-80% good, 80-200% excellent, 200% and more outstanding). Lift per cost is the extra revenue per 1 {currency} spent; " +
    'cost per extra unit and TM cost share say "no growth" when units or sales did not grow. Edit the blue cells on yellow; everything else recalculates.',
  inputsHeading: "Inputs (blue on yellow: edit these)",
  currency: "Currency",
  defaultMargin: "Default gross margin",
  tableHeading: "Campaigns",
  campaign: "Campaign",
  salesBefore: "Sales before, {currency}",
  salesNow: "Sales now, {currency}",
  unitsBefore: "Units before",
  unitsNow: "Units now",
  cost: "TM cost, {currency}",
  ownMargin: "Own gross margin (blank: default)",
  marginUsed: "Gross margin used",
  incrementalRevenue: "Incremental revenue, {currency}",
  romi: "ROMI",
  band: "ROMI band",
  rank: "Rank by ROMI",
  liftPerCost: "Sales lift per 1 {currency} of cost",
  costPerUnit: "Cost per extra unit, {currency}",
  tmShare: "TM cost share of extra sales",
  total: "All campaigns",
  noGrowth: "no growth",
  chartTitle: "ROMI by campaign",
  chartAxis: "ROMI",
  markerComment: "Marks this sheet as an MKT campaigns model",
};

export type CampaignsTextKey = keyof typeof en;
export const CAMPAIGNS_SHEET_TEXT: SheetTextTable<CampaignsTextKey> = { en };
