/**
 * One Optimise and one Undo through the real operations (createOfficeOperations
 * over the mock host): how many round trips they cost, and that a value the
 * user types at any moment before the write reaches Excel is never lost.
 */
import {
  buildDiscountSheetPlan,
  discountSheetName,
  optimiseDiscounts,
} from "../../../src/core/discount";
import { optimiseActiveSheet, undoLastWrite } from "../../../src/taskpane/actions";
import { applySheetPlan } from "../../../src/taskpane/office/applySheetPlan";
import { createOfficeOperations } from "../../../src/taskpane/office/officeOperations";
import { ARTICLE_EXAMPLE } from "../../../src/taskpane/state/modelForm";
import { createMockExcel, WITH_PRINT_SETUP } from "./mockExcel";

/** The decision cells of the article's sheet (one per tier). */
const DECISIONS = ["B25", "B26", "B27"];

async function paneOverBuiltSheet() {
  const excel = createMockExcel({ sheets: [{ name: "Sheet1" }] });
  const plan = buildDiscountSheetPlan(ARTICLE_EXAMPLE, {
    sheetName: discountSheetName(ARTICLE_EXAMPLE.name),
  });
  const { sheetName } = await applySheetPlan(excel.context, plan, WITH_PRINT_SETUP);
  excel.setActive(sheetName);
  const ops = createOfficeOperations({
    solve: (model) => Promise.resolve(optimiseDiscounts(model)),
    catalogue: [],
    run: (batch) => batch(excel.context),
    requirements: () => ({ isSetSupported: () => true }),
  });
  const cells = () => DECISIONS.map((a) => excel.sheet(sheetName)!.cells.get(a));
  return { excel, ops, sheetName, cells };
}

describe("round trips", () => {
  it("one Optimise costs 2 round trips (target 3): read the model, then check-and-write", async () => {
    const { excel, ops, cells } = await paneOverBuiltSheet();
    const before = excel.syncCount();
    const outcome = await optimiseActiveSheet(ops, () => undefined);
    expect(outcome.status.kind).toBe("success");
    expect(excel.syncCount() - before).toBe(2);
    expect(cells()[1]).toBeCloseTo(0.138, 3);
  });

  it("one Undo costs 1 round trip", async () => {
    const { excel, ops, cells } = await paneOverBuiltSheet();
    const { undo } = await optimiseActiveSheet(ops, () => undefined);
    const before = excel.syncCount();
    const outcome = await undoLastWrite(ops, undo!, () => undefined);
    expect(outcome.restored).toBe(true);
    expect(excel.syncCount() - before).toBe(1);
    expect(cells()).toEqual([0, 0, 0]);
  });
});

describe("a value typed while the pane works is never overwritten", () => {
  // Whatever round trips Undo makes, a value typed before any of them must survive:
  // the check of the cells and the write share one batch (writeDecisions.ts).
  it.each([1, 2, 3])("Undo, the user typing 0.15 just before round trip %i of it", async (k) => {
    const { excel, ops, sheetName, cells } = await paneOverBuiltSheet();
    const { undo } = await optimiseActiveSheet(ops, () => undefined);
    const start = excel.syncCount();
    let typed = false;
    excel.beforeSync((n) => {
      if (n !== start + k) return;
      excel.sheet(sheetName)!.cells.set("B26", 0.15);
      typed = true;
    });
    const outcome = await undoLastWrite(ops, undo!, () => undefined);
    if (!typed) return; // Undo made fewer round trips than k
    expect(cells()[1]).toBe(0.15);
    expect(outcome.restored).toBe(false);
    expect(outcome.undo).toBeNull(); // the cells are the user's now: nothing left to undo
    expect(cells()[2]).toBe(undo!.written[2]); // and nothing else was changed either
  });

  it("Optimise, the user typing 0.15 into a decision cell while the optimiser runs", async () => {
    const { excel, ops, sheetName, cells } = await paneOverBuiltSheet();
    const solve = ops.solve;
    ops.solve = async (model) => {
      excel.sheet(sheetName)!.cells.set("B26", 0.15);
      return solve(model);
    };
    const outcome = await optimiseActiveSheet(ops, () => undefined);
    expect(outcome.status.kind).toBe("error");
    expect(outcome.undo).toBeNull();
    expect(cells()).toEqual([0, 0.15, 0]);
  });
});
