/** The words of the distribution sheet (core/sheet/sheetText): English; ru and kk fill in key by key. */
import type { SheetTextTable } from "../../sheet/sheetText";

const en = {
  sheetName: "Distribution - {name}",
  dataSheetName: "Stores",
  title: "Distribution: {name}",
  note:
    "How to read this: DN (numeric distribution) is the share of stores selling the category that had the product; WD (weighted distribution) " +
    "is their share of the category's sales; clean distribution counts the stores that had it in every period. Only stores that sell the category " +
    "count (a blank sells_category cell means it does not). The formulas read the store list in place ({source}): edit it there and this sheet " +
    "recalculates; a group added to the list later needs a new sheet.",
  sourceHeading: "Store list",
  storesLabel: "Stores in the list",
  sellingLabel: "Stores selling the category",
  salesLabel: "Category sales of those stores",
  sourceLabel: "Read from",
  periodHeading: "By period",
  period: "Period",
  dn: "DN (numeric)",
  wd: "WD (weighted)",
  present: "Stores with the product",
  change: "Change, first to last period",
  clean: "Clean distribution (present in every period)",
  groupHeading: "By group (first and last period)",
  group: "Group",
  groupStores: "Stores selling the category",
  dnFirst: "DN first",
  dnLast: "DN last",
  dnChange: "DN change",
  wdFirst: "WD first",
  wdLast: "WD last",
  wdChange: "WD change",
  groupClean: "Clean",
  noStores: "no stores",
  chartTitle: "DN and WD by period",
  chartAxis: "Share of stores / of category sales",
  markerComment: "Marks this sheet as an MKT distribution model",
};

export type DistributionTextKey = keyof typeof en;
export const DISTRIBUTION_SHEET_TEXT: SheetTextTable<DistributionTextKey> = { en };
