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
import { formatFieldErrors, type Checked, type FieldError } from "../core/fieldValidation";
import type { SelectedTable } from "../core/guided";
import type { SheetPlan } from "../core/sheet/plan";
import { activeLocale, render, t, type Message } from "../core/i18n";
import type { ActiveSheet, DecisionWriter, PaneOperations } from "./operations";
import { describeSolution, type SolutionSummary } from "./state/describeSolution";
import type { TierRow } from "./state/modelForm";
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

/**
 * One step of a workflow: shows `busyText` on the status line, runs `run`, and
 * turns an error it throws into the step's outcome through `onError` (given
 * the failed status and the error itself), so none escapes.
 */
export async function runStep<T>(
  progress: Progress,
  busyText: string,
  run: () => Promise<T>,
  onError: (failure: Outcome, error: unknown) => T
): Promise<T> {
  progress(busyText);
  try {
    return await run();
  } catch (error) {
    return onError(failed(error), error);
  }
}

/** runStep for a step whose outcome is its status alone: an error becomes the failed status. */
export function runStatusStep(
  progress: Progress,
  busyText: string,
  run: () => Promise<Outcome>
): Promise<Outcome> {
  return runStep(progress, busyText, run, (failure) => failure);
}

export interface ImportOutcome {
  status: Outcome;
  /** The tiers read from the selection; null when there are none to put in the form. */
  tiers: Omit<TierRow, "id">[] | null;
}

export function importTiers(ops: PaneOperations, progress: Progress): Promise<ImportOutcome> {
  return runStep(
    progress,
    t("pane.status.readingSelection"),
    async (): Promise<ImportOutcome> => {
      const { address, values } = await ops.readSelection();
      // The table reader is in the workbook code's chunk (index.tsx), here once readSelection is.
      const { tiersFromTable } = await import(
        /* webpackChunkName: "workbook" */ "./state/tiersFromTable"
      );
      const imported = tiersFromTable(values);
      if (!imported.ok) return { status: { kind: "error", text: imported.message }, tiers: null };
      const ignored =
        imported.ignoredColumns.length > 0
          ? " " + t("pane.status.ignoredColumns", { columns: imported.ignoredColumns.join(", ") })
          : "";
      const text = t("pane.status.imported", { count: imported.tiers.length, address }) + ignored;
      return { status: { kind: "success", text }, tiers: imported.tiers };
    },
    (status) => ({ status, tiers: null })
  );
}

export function buildSheet(
  ops: PaneOperations,
  model: DiscountModelInput,
  progress: Progress
): Promise<Outcome> {
  return runStatusStep(progress, t("pane.status.building"), async () => {
    const { sheetName } = await ops.buildSheet(model);
    return { kind: "success", text: t("pane.status.built", { sheet: sheetName }) };
  });
}

/** What one Optimise ends with: the status, the result card and the Undo step of its write. */
export interface SheetOptimiseOutcome<R> {
  status: Outcome;
  /** The result card to show; null leaves the card as it was. */
  result: R | null;
  /** The Undo step of this write; null when nothing was written. */
  undo: UndoStep | null;
}

export type OptimiseOutcome = SheetOptimiseOutcome<OptimiseResult>;

/** A solution of either optimiser: optimal, or infeasible with the reason. */
type Solved = { status: "optimal" } | { status: "infeasible"; message: Message };

/** One model's side of Optimise: how its sheet is read, solved and written, and its texts. */
export interface SheetOptimiser<M, S extends Solved, R> {
  readActive(): Promise<ActiveSheet<M>>;
  solve(model: M): Promise<S>;
  /** The decision cells' new values (a discount per tier, a spend per channel). */
  decisions(solution: Extract<S, { status: "optimal" }>): number[];
  write: DecisionWriter;
  result(sheetName: string, model: M, solution: S): R;
  texts: {
    reading: string;
    notModel(sheet: string): string;
    invalid(sheet: string, problems: string): string;
    solving: string;
    infeasible(reason: string): string;
    writing: string;
    wrote(sheet: string): string;
    changedWhileSolving(sheet: string): string;
  };
}

/**
 * The one Optimise of every model sheet: reads the active sheet's model,
 * solves it off the UI thread and writes the optimal decisions. The write
 * refuses (and leaves the cells as they are) if the decision cells changed
 * while the optimiser ran.
 */
export async function optimiseModelSheet<M, S extends Solved, R>(
  sheet: SheetOptimiser<M, S, R>,
  progress: Progress
): Promise<SheetOptimiseOutcome<R>> {
  const { texts } = sheet;
  const refused = (text: string): SheetOptimiseOutcome<R> => ({
    status: { kind: "error", text },
    result: null,
    undo: null,
  });
  let sheetName: string | null = null;
  return runStep(
    progress,
    texts.reading,
    async () => {
      const active = await sheet.readActive();
      sheetName = active.sheetName;
      if (active.kind === "notModel") return refused(texts.notModel(active.sheetName));
      if (active.kind === "invalid") {
        const problems = formatFieldErrors(active.errors).join("; ");
        return refused(texts.invalid(active.sheetName, problems));
      }
      progress(texts.solving);
      const solution = await sheet.solve(active.model);
      const result = sheet.result(active.sheetName, active.model, solution);
      if (solution.status === "infeasible") {
        const status: Outcome = {
          kind: "info",
          text: texts.infeasible(render(activeLocale(), solution.message)),
        };
        return { status, result, undo: null };
      }
      progress(texts.writing);
      const written = sheet.decisions(solution as Extract<S, { status: "optimal" }>);
      const { previous } = await sheet.write(active.sheetName, written, active.decisions);
      return {
        status: { kind: "success", text: texts.wrote(active.sheetName) },
        result,
        undo: { sheetName: active.sheetName, previous, written },
      };
    },
    (status, error) => {
      const reason = (error as { reason?: unknown } | null)?.reason;
      if (reason === "EditedSinceWrite" && sheetName !== null)
        return refused(texts.changedWhileSolving(sheetName));
      return { status, result: null, undo: null };
    }
  );
}

/** Optimises the active discount model sheet (optimiseModelSheet with the discount model's side). */
export function optimiseActiveSheet(
  ops: PaneOperations,
  progress: Progress
): Promise<OptimiseOutcome> {
  return optimiseModelSheet<DiscountModelInput, DiscountSolution, OptimiseResult>(
    {
      readActive: () => ops.readActiveModel(),
      solve: (model) => ops.solve(model),
      decisions: (solution) => solution.discounts,
      write: ops.writeDiscounts.bind(ops),
      result: (sheetName, model, solution) => ({
        sheetName,
        currency: model.currency,
        solution,
        summary: describeSolution(solution, model.currency),
      }),
      texts: {
        reading: t("pane.status.readingModel"),
        notModel: (sheet) => t("pane.status.notModel", { sheet }),
        invalid: (sheet, problems) => t("pane.status.invalidModel", { sheet, problems }),
        solving: t("pane.status.solving"),
        infeasible: () => t("pane.status.infeasible"),
        writing: t("pane.status.writing"),
        wrote: (sheet) => t("pane.status.wrote", { sheet }),
        changedWhileSolving: (sheet) => t("pane.status.changedWhileSolving", { sheet }),
      },
    },
    progress
  );
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

/** The one Undo of every model sheet: `write` with the previous cells, refused where the user changed them since. */
export function undoWrite(
  write: DecisionWriter,
  undo: UndoStep,
  progress: Progress,
  texts: { restoring: string; restored(sheet: string): string }
): Promise<UndoOutcome> {
  return runStep(
    progress,
    texts.restoring,
    async (): Promise<UndoOutcome> => {
      await write(undo.sheetName, undo.previous, undo.written);
      return {
        status: { kind: "success", text: texts.restored(undo.sheetName) },
        undo: null,
        restored: true,
      };
    },
    (status, error) => ({
      status,
      undo: undoAfterFailure(error) === "clear" ? null : undo,
      restored: false,
    })
  );
}

export function insertFormula(
  ops: PaneOperations,
  formula: string,
  progress: Progress
): Promise<Outcome> {
  return runStatusStep(progress, t("pane.status.inserting"), async () => {
    const { address } = await ops.insertFormula(formula);
    return { kind: "success", text: t("pane.status.inserted", { formula, address }) };
  });
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
  return runStep(
    progress,
    t("pane.status.building"),
    async (): Promise<GuidedBuildOutcome> => {
      if (request.from === "form") {
        const plan = (request.plan as { value: SheetPlan }).value;
        const { sheetName } = await ops.buildPlanSheet(plan);
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
    },
    (status) => ({ status, errors: [] })
  );
}
