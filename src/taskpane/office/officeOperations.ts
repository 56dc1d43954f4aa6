/**
 * The pane's operations bound to the real Office host: each one checks the
 * Excel API version it needs (and says so in words when Excel is too old),
 * then runs one Excel.run with the adapters of this folder.
 */
import {
  buildDiscountSheetPlan,
  discountSheetName,
  modelFromSheetValues,
} from "../../core/discount";
import type { DiscountSolution } from "../../core/discount";
import type { DiscountModelInput } from "../../core/discount/model";
import type { GalleryEntry } from "../state/catalogueSearch";
import type { PaneOperations } from "../operations";
import { activeLocale, t } from "../../core/i18n";
import { applySheetPlan } from "./applySheetPlan";
import { insertFunction } from "./insertFunction";
import { readModelSheet } from "./readModelSheet";
import { readSelectionTable } from "./readSelectionTable";
import { requireExcelApi } from "./requirements";
import { writeDecisions } from "./writeDecisions";

export interface OfficeOperationDeps {
  solve(model: DiscountModelInput): Promise<DiscountSolution>;
  catalogue: readonly GalleryEntry[];
}

function requirements(): { isSetSupported(name: string, version?: string): boolean } | undefined {
  return typeof Office !== "undefined" ? Office.context?.requirements : undefined;
}

export function createOfficeOperations(deps: OfficeOperationDeps): PaneOperations {
  return {
    catalogue: deps.catalogue,
    solve: deps.solve,
    // The sheet speaks the pane's language unless the caller asks for another.
    buildSheet(model, language = activeLocale()) {
      requireExcelApi(requirements(), t("office.feature.build"));
      const plan = buildDiscountSheetPlan(model, {
        sheetName: discountSheetName(model.name, language),
        language,
      });
      return Excel.run((context) => applySheetPlan(context, plan));
    },
    async readActiveModel() {
      requireExcelApi(requirements(), t("office.feature.read"));
      const sheet = await Excel.run((context) => readModelSheet(context));
      if (sheet.kind === "notModel") return sheet;
      const checked = modelFromSheetValues(sheet.values);
      return checked.ok
        ? { kind: "model", sheetName: sheet.sheetName, model: checked.model }
        : { kind: "invalid", sheetName: sheet.sheetName, errors: checked.errors };
    },
    writeDiscounts(sheetName, discounts, expectCurrent) {
      requireExcelApi(requirements(), t("office.feature.write"));
      return Excel.run((context) => writeDecisions(context, sheetName, discounts, expectCurrent));
    },
    readSelection() {
      requireExcelApi(requirements(), t("office.feature.import"));
      return Excel.run((context) => readSelectionTable(context));
    },
    insertFormula(formula) {
      requireExcelApi(requirements(), t("office.feature.insert"), "1.1");
      return Excel.run((context) => insertFunction(context, formula));
    },
  };
}
