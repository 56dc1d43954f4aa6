/**
 * What an Optimise section remembers (state/optimiseState): the result card
 * and the Undo step after each outcome of Optimise and of Undo.
 */
import type { Outcome, UndoStep } from "../../../src/taskpane/actions";
import {
  afterOptimise,
  afterUndo,
  NOTHING_OPTIMISED,
  type OptimiseState,
} from "../../../src/taskpane/state/optimiseState";

const ok: Outcome = { kind: "success", text: "ok" };
const failure: Outcome = { kind: "error", text: "no" };
const step = (sheetName: string): UndoStep => ({ sheetName, previous: [0], written: [0.1] });
const shown: OptimiseState<string> = { result: "card of Sheet A", undo: step("Sheet A") };

describe("afterOptimise", () => {
  it("shows the new card and offers Undo of the new write", () => {
    const next = afterOptimise(shown, { status: ok, result: "card of B", undo: step("Sheet B") });
    expect(next).toEqual({ result: "card of B", undo: step("Sheet B") });
  });

  it("keeps the card and the Undo shown when an Optimise fails before solving", () => {
    expect(afterOptimise(shown, { status: failure, result: null, undo: null })).toEqual(shown);
  });

  it("shows an infeasible model's card and keeps the earlier Undo (nothing was written)", () => {
    const next = afterOptimise(shown, { status: ok, result: "infeasible B", undo: null });
    expect(next).toEqual({ result: "infeasible B", undo: step("Sheet A") });
  });

  it("starts from nothing", () => {
    expect(NOTHING_OPTIMISED).toEqual({ result: null, undo: null });
  });
});

describe("afterUndo", () => {
  it("drops the card and the Undo once the previous cells are back", () => {
    expect(afterUndo(shown, { status: ok, undo: null, restored: true })).toEqual({
      result: null,
      undo: null,
    });
  });

  it("keeps the card, and the Undo the workflow still offers, when Undo failed", () => {
    expect(afterUndo(shown, { status: failure, undo: step("Sheet A"), restored: false })).toEqual(
      shown
    );
    expect(afterUndo(shown, { status: failure, undo: null, restored: false })).toEqual({
      result: "card of Sheet A",
      undo: null,
    });
  });
});
