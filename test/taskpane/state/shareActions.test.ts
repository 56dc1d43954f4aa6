/**
 * The Make-shareable workflow over stub operations: what each step says, and
 * that Undo gets exactly the changes that were written.
 */
import {
  applyShareable,
  previewShareable,
  undoShareableAction,
} from "../../../src/taskpane/state/shareActions";
import { planShareable } from "../../../src/taskpane/state/shareablePlan";

const plan = planShareable("sheet", [
  { sheet: "S", address: "A1", formula: "=MKT.CPL(B1,B2)" },
  { sheet: "S", address: "A2", formula: "=MKT.CPL(B1,B3)" },
]);
const empty = planShareable("selection", [{ sheet: "S", address: "A1", formula: "=1+1" }]);

describe("previewShareable", () => {
  it("shows what will change and keeps the plan for Replace", async () => {
    const result = await previewShareable({ findShareable: async () => plan }, "sheet");
    expect(result.plan).toBe(plan);
    expect(result.status).toEqual({
      kind: "info",
      text: "Nothing is changed yet: check the list below, then replace or cancel.",
    });
  });

  it("says so when nothing in scope calls an MKT function", async () => {
    const result = await previewShareable({ findShareable: async () => empty }, "selection");
    expect(result).toEqual({
      plan: null,
      status: {
        kind: "info",
        text: "No formula in the selection calls an MKT function that can be replaced.",
      },
    });
  });
});

describe("applyShareable and undoShareableAction", () => {
  it("writes the plan's changes and hands the same changes to Undo", async () => {
    const written: unknown[] = [];
    const result = await applyShareable(
      {
        writeShareable: async (changes) => {
          written.push(changes);
          return { written: changes.length, batches: 1 };
        },
      },
      plan
    );
    expect(written).toEqual([plan.changes]);
    expect(result.undo).toBe(plan.changes);
    expect(result.status.text).toMatch(/^Replaced the MKT calls in 2 cells with native formulas/);
  });

  it("reports cells Undo left because they were edited since", async () => {
    const status = await undoShareableAction(
      { undoShareable: async () => ({ restored: 1, skipped: 1, batches: 1 }) },
      plan.changes
    );
    expect(status.text).toBe(
      "Restored the previous formulas in 1 cell. 1 cell was edited since and left as it is."
    );
  });
});
