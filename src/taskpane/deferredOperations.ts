/**
 * The pane's operations, with the code behind them fetched on the first use.
 * What the buttons run (the sheet plans, the Office adapters, Make shareable's
 * formula rewriting) is not needed to show the pane, so the entry point hands
 * it over as a dynamic import: the first load carries the form and the
 * operations' names only (bench/taskpane.bench.ts), and the first Build,
 * Optimise, Import, Insert or Share waits once for that chunk.
 */
import type { BudgetOperations, PaneOperations } from "./operations";

type Method = Exclude<keyof PaneOperations, "catalogue" | "budget">;

/** Every operation of PaneOperations (the check below fails to compile when one is added without it). */
const METHODS = [
  "buildSheet",
  "readActiveModel",
  "solve",
  "writeDiscounts",
  "readSelection",
  "buildPlanSheet",
  "buildFromSelection",
  "insertFormula",
  "findShareable",
  "writeShareable",
  "undoShareable",
] as const satisfies readonly Method[];

/** Every operation of the budget model's BudgetOperations, likewise. */
const BUDGET_METHODS = [
  "buildBudgetSheet",
  "readActiveBudget",
  "solveBudget",
  "writeSpends",
] as const satisfies readonly (keyof BudgetOperations)[];

type Unlisted =
  | Exclude<Method, (typeof METHODS)[number]>
  | Exclude<keyof BudgetOperations, (typeof BUDGET_METHODS)[number]>;
// An operation missing from METHODS would silently do nothing: make that a compile error.
const everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyMethodListed;

/**
 * Operations that call `load()` once, on the first operation used, and then
 * the loaded ones. A failed load (the chunk could not be fetched) is that
 * operation's error, and the next operation tries again. An operation the
 * loaded object lacks (an optional one) rejects with a programmer error.
 */
export function deferredOperations(
  load: () => Promise<PaneOperations>,
  catalogue?: PaneOperations["catalogue"]
): PaneOperations {
  let loading: Promise<PaneOperations> | null = null;
  const loaded = (): Promise<PaneOperations> => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  /** `name` of the object `part` picks from the loaded operations, called once they are there. */
  const deferred =
    (part: (ops: PaneOperations) => object | undefined, name: string) =>
    async (...args: unknown[]) => {
      const target = part(await loaded());
      const method = (target as Record<string, unknown> | undefined)?.[name];
      if (typeof method !== "function")
        throw new Error(`the loaded pane operations have no ${name}`);
      return (method as (...a: unknown[]) => Promise<unknown>).apply(target, args);
    };
  const operations: Record<string, unknown> = { catalogue };
  for (const name of METHODS) operations[name] = deferred((ops) => ops, name);
  // The budget model's operations, behind the same one load.
  operations.budget = Object.fromEntries(
    BUDGET_METHODS.map((name) => [name, deferred((ops) => ops.budget, name)])
  );
  return operations as unknown as PaneOperations;
}
