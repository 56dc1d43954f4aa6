/**
 * What the pane can ask of the outside world, as plain async functions. The
 * components receive these as props and never touch Excel.run, so the UI is
 * the same against real Excel, the end-to-end test's fake host, or a test stub.
 */
import type { DiscountModelInput } from "../core/discount/model";
import type { DiscountSolution, SheetCell } from "../core/discount";
import type { FieldError } from "../core/fieldValidation";
import type { GalleryEntry } from "./state/catalogueSearch";
import type { Language } from "../core/language";
import type { CellChange, ShareablePlan, ShareScope } from "./state/shareablePlan";
import type { Checked } from "../core/fieldValidation";
import type { SelectedTable } from "../core/guided";
import type { SheetPlan } from "../core/sheet/plan";
import type { BudgetModelInput, BudgetSolution } from "../core/budget";

/** A build over the selected table: the new sheet, or the problems of the table (nothing built). */
export type SelectionBuild = { sheetName: string } | { problems: FieldError[] };

/** What the active sheet is: not a model of that kind, one with invalid inputs, or its model. */
export type ActiveSheet<M> =
  | { kind: "notModel"; sheetName: string }
  | { kind: "invalid"; sheetName: string; errors: FieldError[] }
  | {
      kind: "model";
      sheetName: string;
      model: M;
      /** What the decision cells held when the model was read (a number per tier or channel, null if not one). */
      decisions: (number | null)[];
    };

export type ActiveModel = ActiveSheet<DiscountModelInput>;
export type ActiveBudget = ActiveSheet<BudgetModelInput>;

/**
 * Writes values (or, for Undo, the formulas kept before) into a model sheet's decision
 * cells (a discount per tier, a spend per channel); resolves with the formulas that were
 * there before. With `expectCurrent`, refuses unless the cells' values are still exactly
 * those (checked in the same batch as the write, which is taken back if they are not:
 * nothing the user typed is lost).
 */
export type DecisionWriter = (
  sheetName: string,
  cells: readonly SheetCell[],
  expectCurrent?: readonly (number | null)[]
) => Promise<{ previous: SheetCell[] }>;

/** The budget model's side of the pane (the Budget entry of the Models picker). */
export interface BudgetOperations {
  /** Builds a new budget sheet (never into an existing one) in `language`; resolves with its name. */
  buildBudgetSheet(model: BudgetModelInput, language?: Language): Promise<{ sheetName: string }>;
  /** Reads the budget model back from the active sheet. */
  readActiveBudget(): Promise<ActiveBudget>;
  /** Runs the budget allocator off the UI thread (the optimisers' worker). */
  solveBudget(model: BudgetModelInput): Promise<BudgetSolution>;
  /** As writeDiscounts, for a budget sheet's spend cells. */
  writeSpends: DecisionWriter;
}

export interface PaneOperations {
  /**
   * Builds a new model sheet with labels and notes in `language` (default: the
   * pane's language); resolves with its (unique) name.
   */
  buildSheet(model: DiscountModelInput, language?: Language): Promise<{ sheetName: string }>;
  /** Reads the model back from the active sheet. */
  readActiveModel(): Promise<ActiveModel>;
  /** Runs the optimiser off the UI thread. */
  solve(model: DiscountModelInput): Promise<DiscountSolution>;
  /** Writes a discount model sheet's decision cells (see DecisionWriter). */
  writeDiscounts: DecisionWriter;
  readSelection(): Promise<{ address: string; values: SheetCell[][] }>;
  /** Builds a new sheet from a plan (a guided sheet made from the pane's form); resolves with its name. */
  buildPlanSheet(plan: SheetPlan): Promise<{ sheetName: string }>;
  /** Builds a new sheet over the selected table in place; `makePlan` gets what the selection holds. */
  buildFromSelection(
    makePlan: (selection: SelectedTable) => Checked<SheetPlan>
  ): Promise<SelectionBuild>;
  insertFormula(formula: string): Promise<{ address: string }>;
  /** Make shareable, step 1: reads the formulas in scope and plans the rewrite; writes nothing. */
  findShareable(scope: ShareScope): Promise<ShareablePlan>;
  /** Step 2: writes the planned native formulas into exactly the changed cells. */
  writeShareable(changes: readonly CellChange[]): Promise<{ written: number; batches: number }>;
  /** Undo: the previous formulas back, where a cell still holds what was written. */
  undoShareable(
    changes: readonly CellChange[]
  ): Promise<{ restored: number; skipped: number; batches: number }>;
  /**
   * The function gallery's entries; absent, the whole MKT catalogue, which the
   * gallery then loads with its tab (not with the pane's first scripts).
   */
  catalogue?: readonly GalleryEntry[];
  /** The budget model's operations; absent where no budget optimiser is wired (tests of other parts). */
  budget?: BudgetOperations;
}
