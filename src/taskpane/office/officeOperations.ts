/**
 * The pane's operations bound to the real Office host: each one checks the
 * Excel API version it needs (and says so in words when Excel is too old),
 * then runs one Excel.run with the adapters of this folder.
 */
import {
  LAYOUT_NAMES,
  buildDiscountSheetPlan,
  discountSheetName,
  modelFromSheetValues,
} from "../../core/discount";
import type { DiscountSolution, SheetCell } from "../../core/discount";
import type { DiscountModelInput } from "../../core/discount/model";
import {
  buildBudgetSheetPlan,
  budgetModelFromSheetValues,
  budgetSheetName,
  type BudgetModelInput,
  type BudgetSolution,
} from "../../core/budget";
import type { FieldError } from "../../core/fieldValidation";
import type { GalleryEntry } from "../state/catalogueSearch";
import type { ActiveSheet, BudgetOperations, PaneOperations } from "../operations";
import { activeLocale, t } from "../../core/i18n";
import { applySheetPlan, type SheetWriteOptions } from "./applySheetPlan";
import { buildFromSelection } from "./buildFromSelection";
import { insertFunction } from "./insertFunction";
import { findShareable, undoShareable, writeShareable } from "./makeShareable";
import { BUDGET_SHEET_LAYOUT, readModelSheet, type ModelSheet } from "./readModelSheet";
import { readSelectionTable } from "./readSelectionTable";
import {
  CHART_EXCEL_API,
  PRINT_EXCEL_API,
  planExcelApi,
  requireExcelApi,
  supportsExcelApi,
  type RequirementsHost,
} from "./requirements";
import { SPEND_WORDING, writeDecisions } from "./writeDecisions";

/** Runs one batch against a workbook: Excel.run, or a test's mock context. */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeOperationDeps {
  solve(model: DiscountModelInput): Promise<DiscountSolution>;
  /** The budget allocator (the same worker); without it the pane has no budget operations. */
  solveBudget?(model: BudgetModelInput): Promise<BudgetSolution>;
  /** The gallery's entries (PaneOperations.catalogue); absent, the whole catalogue. */
  catalogue?: readonly GalleryEntry[];
  /** Default Excel.run. */
  run?: BatchRunner;
  /** Default Office.context.requirements. */
  requirements?: () => RequirementsHost | undefined;
}

function officeRequirements(): RequirementsHost | undefined {
  return typeof Office !== "undefined" ? Office.context?.requirements : undefined;
}

/**
 * Refuses a sheet build the host cannot do (requireExcelApi: `feature` needs
 * `version`), else says how to write it: with its print setup where the host
 * has the API for it, without elsewhere.
 */
function sheetWriteOptions(
  host: RequirementsHost | undefined,
  feature: string,
  version?: string
): SheetWriteOptions {
  requireExcelApi(host, feature, version);
  return { printSetup: supportsExcelApi(host, PRINT_EXCEL_API) };
}

/** The decision cells as read with the model: a number per tier, null where the cell holds none. */
function decisionValues(values: Record<string, SheetCell[][]>): (number | null)[] {
  return (values[LAYOUT_NAMES.decisions] ?? [])
    .flat()
    .map((v) => (typeof v === "number" ? v : null));
}

/** A model sheet's values as the model (validated) and what its decision cells held. */
function activeSheet<M>(
  sheet: ModelSheet,
  fromValues: (
    values: Record<string, SheetCell[][]>
  ) => { ok: true; model: M } | { ok: false; errors: FieldError[] }
): ActiveSheet<M> {
  if (sheet.kind === "notModel") return sheet;
  const checked = fromValues(sheet.values);
  return checked.ok
    ? {
        kind: "model",
        sheetName: sheet.sheetName,
        model: checked.model,
        decisions: decisionValues(sheet.values),
      }
    : { kind: "invalid", sheetName: sheet.sheetName, errors: checked.errors };
}

function budgetOperations(
  deps: OfficeOperationDeps,
  run: BatchRunner,
  requirements: () => RequirementsHost | undefined
): BudgetOperations | undefined {
  const solveBudget = deps.solveBudget;
  if (!solveBudget) return undefined;
  return {
    solveBudget,
    // A new sheet, never an existing one; applySheetPlan takes a failed build back.
    buildBudgetSheet(model, language = activeLocale()) {
      const plan = buildBudgetSheetPlan(model, {
        sheetName: budgetSheetName(model.name),
        language,
      });
      // A response-curve chart per channel: the chart API's version.
      const options = sheetWriteOptions(
        requirements(),
        t("office.feature.build"),
        planExcelApi(plan)
      );
      return run((context) => applySheetPlan(context, plan, options));
    },
    async readActiveBudget() {
      requireExcelApi(requirements(), t("office.feature.read"));
      const sheet = await run((context) => readModelSheet(context, BUDGET_SHEET_LAYOUT));
      return activeSheet(sheet, budgetModelFromSheetValues);
    },
    writeSpends(sheetName, spends, expectCurrent) {
      requireExcelApi(requirements(), t("office.feature.writeSpends"));
      return run((context) =>
        writeDecisions(context, sheetName, spends, expectCurrent, SPEND_WORDING)
      );
    },
  };
}

export function createOfficeOperations(deps: OfficeOperationDeps): PaneOperations {
  const run: BatchRunner = deps.run ?? ((batch) => Excel.run(batch));
  const requirements = deps.requirements ?? officeRequirements;
  const budget = budgetOperations(deps, run, requirements);
  return {
    ...(budget ? { budget } : {}),
    catalogue: deps.catalogue,
    solve: deps.solve,
    // The sheet speaks the pane's language unless the caller asks for another.
    buildSheet(model, language = activeLocale()) {
      const plan = buildDiscountSheetPlan(model, {
        sheetName: discountSheetName(model.name, language),
        language,
      });
      const options = sheetWriteOptions(
        requirements(),
        t("office.feature.build"),
        planExcelApi(plan)
      );
      return run((context) => applySheetPlan(context, plan, options));
    },
    async readActiveModel() {
      requireExcelApi(requirements(), t("office.feature.read"));
      const sheet = await run((context) => readModelSheet(context));
      return activeSheet(sheet, modelFromSheetValues);
    },
    writeDiscounts(sheetName, discounts, expectCurrent) {
      requireExcelApi(requirements(), t("office.feature.write"));
      return run((context) => writeDecisions(context, sheetName, discounts, expectCurrent));
    },
    buildPlanSheet(plan) {
      const options = sheetWriteOptions(
        requirements(),
        t("office.feature.build"),
        planExcelApi(plan)
      );
      return run((context) => applySheetPlan(context, plan, options));
    },
    buildFromSelection(makePlan) {
      // Both in-place sheets carry a chart (DN and WD by period, effects by service).
      const options = sheetWriteOptions(
        requirements(),
        t("office.feature.buildFromSelection"),
        CHART_EXCEL_API
      );
      return run((context) => buildFromSelection(context, makePlan, options));
    },
    readSelection() {
      requireExcelApi(requirements(), t("office.feature.import"));
      return run((context) => readSelectionTable(context));
    },
    insertFormula(formula) {
      requireExcelApi(requirements(), t("office.feature.insert"), "1.1");
      return run((context) => insertFunction(context, formula));
    },
    findShareable(scope) {
      requireExcelApi(requirements(), t("office.feature.makeShareable"));
      return Excel.run((context) => findShareable(context, scope));
    },
    writeShareable(changes) {
      requireExcelApi(requirements(), t("office.feature.makeShareable"));
      return Excel.run((context) => writeShareable(context, changes));
    },
    undoShareable(changes) {
      requireExcelApi(requirements(), t("office.feature.restoreFormulas"));
      return Excel.run((context) => undoShareable(context, changes));
    },
  };
}
