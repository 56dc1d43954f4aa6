/**
 * The pane's workflows as plain async functions over PaneOperations: build a
 * sheet (the discount model, or a guided sheet from its form or over the
 * selected table), optimise the active sheet, undo the last write, import
 * tiers from the selection, insert a function. Each returns what the pane should show
 * (a status line and the state it changes) and never touches React or Excel,
 * so every workflow is unit-tested against a stub of PaneOperations. Errors
 * become a status through toUserMessage; none escapes.
 */
import type { DiscountModelInput, DiscountSolution, SheetCell } from "../core/discount";
import type { Checked, FieldError } from "../core/fieldValidation";
import type { SelectedTable } from "../core/guided";
import type { SheetPlan } from "../core/sheet/plan";
import { t } from "../core/i18n";
import type { PaneOperations } from "./operations";
import { describeSolution, type SolutionSummary } from "./state/describeSolution";
import type { TierRow } from "./state/modelForm";
import { tiersFromTable } from "./state/tiersFromTable";
import { undoAfterFailure } from "./state/undoAfterFailure";
import { toUserMessage } from "./state/userFacingError";

export type Status =
  | { kind: "idle" }
  | { kind: "busy"; text: string }
  | { kind: "error" | "success" | "info"; text: string };

export type Outcome = Exclude<Status, { kind: "idle" | "busy" }>;

/** What Undo needs: where the pane wrote, what it wrote, and what was there before. */
export interface UndoStep {
  sheetName: string;
  previous: SheetCell[];
  written: number[];
}

export interface OptimiseResult {
  sheetName: string;
  /** The model's currency, for showing the figures again (e.g. after the language changed). */
  currency: string;
  solution: DiscountSolution;
  summary: SolutionSummary;
}

/** Shows progress while a step runs (the pane's spinner). */
export type Progress = (text: string) => void;

export function failed(error: unknown): Outcome {
  return { kind: "error", text: toUserMessage(error) };
}

export async function importTiers(
  ops: PaneOperations,
  progress: Progress
): Promise<{ status: Outcome; tiers: Omit<TierRow, "id">[] | null }> {
  progress(t("pane.status.readingSelection"));
  try {
    const { address, values } = await ops.readSelection();
    const imported = tiersFromTable(values);
    if (!imported.ok) return { status: { kind: "error", text: imported.message }, tiers: null };
    const ignored =
      imported.ignoredColumns.length > 0
        ? " " + t("pane.status.ignoredColumns", { columns: imported.ignoredColumns.join(", ") })
        : "";
    const text = t("pane.status.imported", { count: imported.tiers.length, address }) + ignored;
    return { status: { kind: "success", text }, tiers: imported.tiers };
  } catch (error) {
    return { status: failed(error), tiers: null };
  }
}

export async function buildSheet(
  ops: PaneOperations,
  model: DiscountModelInput,
  progress: Progress
): Promise<Outcome> {
  progress(t("pane.status.building"));
  try {
    const { sheetName } = await ops.buildSheet(model);
    return { kind: "success", text: t("pane.status.built", { sheet: sheetName }) };
  } catch (error) {
    return failed(error);
  }
}

export interface OptimiseOutcome {
  status: Outcome;
  /** The result card to show; null leaves the card as it was. */
  result: OptimiseResult | null;
  /** The Undo step of this write; null when nothing was written. */
  undo: UndoStep | null;
}

/**
 * Reads the active sheet's model, solves it off the UI thread and writes the
 * optimal discounts. The write refuses (and leaves the cells as they are) if
 * the decision cells changed while the optimiser ran.
 */
export async function optimiseActiveSheet(
  ops: PaneOperations,
  progress: Progress
): Promise<OptimiseOutcome> {
  const nothing = { result: null, undo: null };
  let sheetName: string | null = null;
  try {
    progress(t("pane.status.readingModel"));
    const active = await ops.readActiveModel();
    sheetName = active.sheetName;
    if (active.kind === "notModel") {
      const text = t("pane.status.notModel", { sheet: active.sheetName });
      return { status: { kind: "error", text }, ...nothing };
    }
    if (active.kind === "invalid") {
      const problems = active.errors.map((e) => e.message).join("; ");
      const text = t("pane.status.invalidModel", { sheet: active.sheetName, problems });
      return { status: { kind: "error", text }, ...nothing };
    }
    progress(t("pane.status.solving"));
    const solution = await ops.solve(active.model);
    const result = {
      sheetName: active.sheetName,
      currency: active.model.currency,
      solution,
      summary: describeSolution(solution, active.model.currency),
    };
    if (solution.status === "infeasible")
      return { status: { kind: "info", text: t("pane.status.infeasible") }, result, undo: null };
    progress(t("pane.status.writing"));
    const { previous } = await ops.writeDiscounts(
      active.sheetName,
      solution.discounts,
      active.decisions
    );
    return {
      status: { kind: "success", text: t("pane.status.wrote", { sheet: active.sheetName }) },
      result,
      undo: { sheetName: active.sheetName, previous, written: solution.discounts },
    };
  } catch (error) {
    const reason = (error as { reason?: unknown } | null)?.reason;
    if (reason === "EditedSinceWrite" && sheetName !== null) {
      const text = t("pane.status.changedWhileSolving", { sheet: sheetName });
      return { status: { kind: "error", text }, ...nothing };
    }
    return { status: failed(error), ...nothing };
  }
}

export interface UndoOutcome {
  status: Outcome;
  /** The Undo step still offered afterwards: kept after a passing failure, dropped otherwise. */
  undo: UndoStep | null;
  /** True when the discounts were restored (the result card no longer describes the sheet). */
  restored: boolean;
}

/** Restores what the decision cells held before the pane's last write, unless the user changed them since. */
export function undoLastWrite(
  ops: PaneOperations,
  undo: UndoStep,
  progress: Progress
): Promise<UndoOutcome> {
  return undoWrite(ops.writeDiscounts.bind(ops), undo, progress, {
    restoring: t("pane.status.restoring"),
    restored: (sheet) => t("pane.status.restored", { sheet }),
  });
}

/** Writes decision cells (discounts or spends) back; see PaneOperations.writeDiscounts. */
export type DecisionWriter = PaneOperations["writeDiscounts"];

/** The one Undo of every model sheet: `write` with the previous cells, refused where the user changed them since. */
export async function undoWrite(
  write: DecisionWriter,
  undo: UndoStep,
  progress: Progress,
  texts: { restoring: string; restored(sheet: string): string }
): Promise<UndoOutcome> {
  progress(texts.restoring);
  try {
    await write(undo.sheetName, undo.previous, undo.written);
    return {
      status: { kind: "success", text: texts.restored(undo.sheetName) },
      undo: null,
      restored: true,
    };
  } catch (error) {
    return {
      status: failed(error),
      undo: undoAfterFailure(error) === "clear" ? null : undo,
      restored: false,
    };
  }
}

export async function insertFormula(
  ops: PaneOperations,
  formula: string,
  progress: Progress
): Promise<Outcome> {
  progress(t("pane.status.inserting"));
  try {
    const { address } = await ops.insertFormula(formula);
    return { kind: "success", text: t("pane.status.inserted", { formula, address }) };
  } catch (error) {
    return failed(error);
  }
}

/**
 * What a guided sheet is built from: its form's plan (already checked), or
 * the plan to make over the selected table once the pane has read it.
 */
export type GuidedRequest =
  | { from: "form"; plan: Checked<SheetPlan> }
  | { from: "selection"; makePlan: (selection: SelectedTable) => Checked<SheetPlan> };

export interface GuidedBuildOutcome {
  status: Outcome;
  /** The problems of the form or of the selected table; nothing was built when there are any. */
  errors: FieldError[];
}

/** Builds a guided model sheet, or says what is wrong with its form or table (building nothing). */
export async function buildGuidedSheet(
  ops: PaneOperations,
  request: GuidedRequest,
  progress: Progress
): Promise<GuidedBuildOutcome> {
  if (request.from === "form" && !request.plan.ok)
    return {
      status: { kind: "error", text: t("pane.guided.formProblems") },
      errors: request.plan.errors,
    };
  progress(t("pane.status.building"));
  try {
    if (request.from === "form") {
      const { sheetName } = await ops.buildPlanSheet((request.plan as { value: SheetPlan }).value);
      return {
        status: { kind: "success", text: t("pane.guided.built", { sheet: sheetName }) },
        errors: [],
      };
    }
    const built = await ops.buildFromSelection(request.makePlan);
    if ("problems" in built)
      return {
        status: { kind: "error", text: t("pane.guided.tableProblems") },
        errors: built.problems,
      };
    const text = t("pane.guided.builtInPlace", { sheet: built.sheetName });
    return { status: { kind: "success", text }, errors: [] };
  } catch (error) {
    return { status: failed(error), errors: [] };
  }
}
