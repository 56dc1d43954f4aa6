/** The words of the POSM sheet (core/sheet/sheetText): English; ru and kk fill in key by key. */
import type { SheetTextTable } from "../../sheet/sheetText";

const en = {
  sheetName: "POSM - {name}",
  title: "Which POSM pays: {name}",
  note:
    "How to read this: the article's rule. A permanent POSM (a rack, a fridge) is worth it when it pays back within its service life: " +
    'payback = production cost / (monthly uplift × unit profit − monthly placement cost), "never" when the uplift does not cover the placement. ' +
    "A temporary POSM (wobblers, a material kit) has no payback: it must pay within the month, so its monthly profit must be at least 0. " +
    "Edit the blue cells on yellow; everything else recalculates.",
  tableHeading: "Options",
  option: "Option",
  kind: "Kind",
  uplift: "Monthly unit uplift",
  unitProfit: "Profit per unit, {currency}",
  placement: "Monthly placement cost, {currency}",
  months: "Placement months",
  production: "Production cost, {currency}",
  life: "Service life, months",
  kit: "Monthly kit cost, {currency}",
  monthlyProfit: "Monthly profit, {currency}",
  profit: "Profit over the placement, {currency}",
  roi: "ROI",
  payback: "Payback, months",
  paysBack: "Pays back?",
  permanent: "permanent",
  temporary: "temporary",
  never: "never",
  chartTitle: "Profit by option",
  chartAxis: "Profit, {currency}",
  markerComment: "Marks this sheet as an MKT POSM model",
};

export type PosmTextKey = keyof typeof en;
export const POSM_SHEET_TEXT: SheetTextTable<PosmTextKey> = { en };
