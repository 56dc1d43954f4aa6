/**
 * The budget side of the pane's Office operations (createOfficeOperations'
 * `budget`) against the office-addin-mock host: Build writes a new sheet and
 * nothing else (and takes a failed build back), Optimise reads the sheet back
 * and writes the engine's spends, Undo restores only what still holds the
 * pane's write; the round trips of each are counted.
 */
import {
  BUDGET_LAYOUT_NAMES,
  buildBudgetSheetPlan,
  budgetSheetRows,
  optimiseBudget,
} from "../../../src/core/budget";
import { optimiseDiscounts } from "../../../src/core/discount";
import {
  buildBudget,
  optimiseBudgetSheet,
  undoBudgetWrite,
} from "../../../src/taskpane/budgetActions";
import { createOfficeOperations } from "../../../src/taskpane/office/officeOperations";
import type { BudgetOperations } from "../../../src/taskpane/operations";
import { BUDGET_EXAMPLE } from "../../../src/taskpane/state/budgetForm";
import { createMockExcel, type SheetState } from "./mockExcel";

const SHEET = "Budget - H1 trade budget";
const R = budgetSheetRows(BUDGET_EXAMPLE.channels.length);
const SPEND_CELLS = BUDGET_EXAMPLE.channels.map((_, i) => `B${R.decision(i)}`);
const quiet = () => undefined;

function userSheet(name: string) {
  return { name, cells: { A1: "my data", B2: 42 }, names: {} };
}

function snapshot(s: SheetState) {
  return JSON.stringify({ cells: [...s.cells], names: [...s.names], formats: [...s.formats] });
}

function pane(sheets = [userSheet("Sheet1")]) {
  const excel = createMockExcel({ sheets });
  const ops = createOfficeOperations({
    solve: (model) => Promise.resolve(optimiseDiscounts(model)),
    solveBudget: (model) => Promise.resolve(optimiseBudget(model)),
    catalogue: [],
    run: (batch) => batch(excel.context),
    requirements: () => ({ isSetSupported: () => true }),
  });
  const budget = ops.budget as BudgetOperations;
  const spends = (sheet = SHEET) => SPEND_CELLS.map((a) => excel.sheet(sheet)!.cells.get(a));
  return { excel, budget, spends };
}

async function builtPane() {
  const p = pane();
  const status = await buildBudget(p.budget, BUDGET_EXAMPLE, quiet);
  expect(status).toEqual({
    kind: "success",
    text: `Built the sheet "${SHEET}". Optimise it below.`,
  });
  return p;
}

const optimum = () => {
  const s = optimiseBudget(BUDGET_EXAMPLE);
  if (s.status !== "optimal") throw new Error("expected optimal");
  return s.channels.map((c) => c.spend);
};

describe("Build", () => {
  it("writes a new budget sheet with its names in 2 round trips and leaves the user's sheet as it was", async () => {
    const { excel, budget } = pane();
    const before = snapshot(excel.sheet("Sheet1")!);
    const { sheetName } = await budget.buildBudgetSheet(BUDGET_EXAMPLE, "en");
    expect(sheetName).toBe(SHEET);
    expect(excel.syncCount()).toBe(2);
    expect(snapshot(excel.sheet("Sheet1")!)).toBe(before);
    const names = [...excel.sheet(SHEET)!.names.keys()];
    for (const n of Object.values(BUDGET_LAYOUT_NAMES)) expect(names).toContain(n);
    expect(excel.sheet(SHEET)!.charts).toHaveLength(BUDGET_EXAMPLE.channels.length);
  });

  it("never builds into an existing sheet of the same name", async () => {
    const { excel, budget } = pane([userSheet(SHEET)]);
    const before = snapshot(excel.sheet(SHEET)!);
    const { sheetName } = await budget.buildBudgetSheet(BUDGET_EXAMPLE, "en");
    expect(sheetName).not.toBe(SHEET);
    expect(snapshot(excel.sheet(SHEET)!)).toBe(before);
  });

  it("a failed build leaves the workbook as it was and says why", async () => {
    const { excel, budget } = pane();
    excel.failOn((op) => (op.kind === "charts.add" ? "AccessDenied" : undefined));
    const status = await buildBudget(budget, BUDGET_EXAMPLE, quiet);
    expect(status.kind).toBe("error");
    expect(status.text).toMatch(/protected/);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(excel.activeName()).toBe("Sheet1");
  });

  it("builds the sheet in the language asked for", async () => {
    const { excel, budget } = pane();
    const { sheetName } = await budget.buildBudgetSheet(BUDGET_EXAMPLE, "ru");
    const plan = buildBudgetSheetPlan(BUDGET_EXAMPLE, { language: "ru" });
    expect(excel.sheet(sheetName)!.cells.get("A1")).toBe(plan.blocks[0].cells[0][0]);
  });
});

describe("Optimise and Undo", () => {
  it("Optimise costs 2 round trips (read the sheet, check-and-write) and writes the engine's spends", async () => {
    const { excel, budget, spends } = await builtPane();
    const before = excel.syncCount();
    const outcome = await optimiseBudgetSheet(budget, quiet);
    expect(outcome.status).toEqual({
      kind: "success",
      text: `Wrote the optimal spends into "${SHEET}".`,
    });
    expect(excel.syncCount() - before).toBe(2);
    expect(spends()).toEqual(optimum());
    expect(outcome.result?.model).toEqual(BUDGET_EXAMPLE);
  });

  it("Optimise reads what the user changed on the sheet", async () => {
    const { excel, budget } = await builtPane();
    excel.sheet(SHEET)!.cells.set(`B${R.budget}`, 5_000_000);
    const outcome = await optimiseBudgetSheet(budget, quiet);
    const solution = outcome.result?.solution;
    expect(solution?.status === "optimal" && solution.totalSpend).toBeLessThanOrEqual(5_000_000);
  });

  it("Undo costs 1 round trip and restores the minimums the sheet was built with", async () => {
    const { excel, budget, spends } = await builtPane();
    const { undo } = await optimiseBudgetSheet(budget, quiet);
    const before = excel.syncCount();
    const outcome = await undoBudgetWrite(budget, undo!, quiet);
    expect(outcome.restored).toBe(true);
    expect(outcome.status.text).toBe(`Restored the previous spends on "${SHEET}".`);
    expect(excel.syncCount() - before).toBe(1);
    expect(spends()).toEqual(BUDGET_EXAMPLE.channels.map((c) => c.min));
  });

  it("Undo still applies where the host reads the spends back rounded (HyperFormula keeps 11 digits of millions)", async () => {
    const { excel, budget, spends } = await builtPane();
    const { undo } = await optimiseBudgetSheet(budget, quiet);
    for (const a of SPEND_CELLS) {
      const x = excel.sheet(SHEET)!.cells.get(a) as number;
      excel.sheet(SHEET)!.cells.set(a, Number(x.toPrecision(11)));
    }
    const outcome = await undoBudgetWrite(budget, undo!, quiet);
    expect(outcome.restored).toBe(true);
    expect(spends()).toEqual(BUDGET_EXAMPLE.channels.map((c) => c.min));
  });

  it("Undo leaves a spend the user typed since, and says so in terms of spends", async () => {
    const { excel, budget, spends } = await builtPane();
    const { undo } = await optimiseBudgetSheet(budget, quiet);
    excel.sheet(SHEET)!.cells.set(SPEND_CELLS[1], 1_000_000);
    const outcome = await undoBudgetWrite(budget, undo!, quiet);
    expect(outcome.restored).toBe(false);
    expect(outcome.undo).toBeNull();
    expect(outcome.status.text).toMatch(
      /^The spends on ".*" were changed after the pane wrote them/
    );
    expect(spends()[1]).toBe(1_000_000);
    expect(spends()[0]).toBe(optimum()[0]);
  });

  it("a spend typed while the optimiser runs is kept and nothing is written", async () => {
    const { excel, budget, spends } = await builtPane();
    const solve = budget.solveBudget;
    budget.solveBudget = async (model) => {
      excel.sheet(SHEET)!.cells.set(SPEND_CELLS[0], 42);
      return solve(model);
    };
    const outcome = await optimiseBudgetSheet(budget, quiet);
    expect(outcome.status.text).toMatch(/changed while the optimiser ran/);
    expect(outcome.undo).toBeNull();
    expect(spends()).toEqual([42, BUDGET_EXAMPLE.channels[1].min]);
  });

  it("on a sheet that is not a budget sheet it says so and writes nothing", async () => {
    const { excel, budget } = pane();
    const outcome = await optimiseBudgetSheet(budget, quiet);
    expect(outcome.status.text).toMatch(/^The active sheet "Sheet1" is not a budget sheet/);
    expect(excel.applied).toEqual([]);
  });

  it("a budget sheet whose names were deleted is named as such", async () => {
    const { excel, budget } = await builtPane();
    excel.sheet(SHEET)!.names.delete(BUDGET_LAYOUT_NAMES.channels);
    const outcome = await optimiseBudgetSheet(budget, quiet);
    expect(outcome.status.text).toMatch(/names mkt_channels were deleted/);
  });

  it("an invalid input on the sheet is listed with its JSON path", async () => {
    const { excel, budget } = await builtPane();
    excel.sheet(SHEET)!.cells.set(`F${R.channel(1)}`, -1);
    const outcome = await optimiseBudgetSheet(budget, quiet);
    expect(outcome.status.text).toMatch(/are not a valid budget model: channels\[1\]\.margin/);
  });
});
