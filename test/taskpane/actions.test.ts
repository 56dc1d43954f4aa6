/**
 * The pane's workflows (actions.ts) against a stub of PaneOperations: what
 * each shows and which state it changes, one test per outcome.
 */
import { optimiseDiscounts, type DiscountSolution } from "../../src/core/discount";
import { msg, translate, type Message } from "../../src/core/i18n";

/** A field error as the validator makes it: the path, the rule and the value it got. */
const fieldError = (path: string, rule: Message, value: number) => ({
  path,
  problem: msg("model.field", { path, rule: msg("model.brokenRule", { rule, value }) }),
});
import {
  buildSheet,
  importTiers,
  insertFormula,
  optimiseActiveSheet,
  runStatusStep,
  runStep,
  undoLastWrite,
  type Outcome,
  type UndoStep,
} from "../../src/taskpane/actions";
import type { ActiveModel, PaneOperations } from "../../src/taskpane/operations";
import { ARTICLE_EXAMPLE } from "../../src/taskpane/state/modelForm";
import { UserFacingError } from "../../src/taskpane/state/userFacingError";

const SHEET = "Discounts - Sockets and switches";
const en = translate.bind(null, "en") as unknown as (...args: unknown[]) => string;

function stub(overrides: Partial<PaneOperations> = {}): PaneOperations {
  const refuse = () => Promise.reject(new Error("not expected in this test"));
  return {
    buildSheet: refuse,
    readActiveModel: refuse,
    solve: (model) => Promise.resolve(optimiseDiscounts(model)),
    writeDiscounts: refuse,
    readSelection: refuse,
    buildPlanSheet: refuse,
    buildFromSelection: refuse,
    insertFormula: refuse,
    findShareable: refuse,
    writeShareable: refuse,
    undoShareable: refuse,
    catalogue: [],
    ...overrides,
  };
}

const modelSheet: ActiveModel = {
  kind: "model",
  sheetName: SHEET,
  model: ARTICLE_EXAMPLE,
  decisions: [0, 0, 0],
};

function recordProgress() {
  const steps: string[] = [];
  return { steps, progress: (text: string) => steps.push(text) };
}

describe("optimiseActiveSheet", () => {
  it("reads, solves, writes and offers Undo of exactly what it wrote", async () => {
    const writes: unknown[][] = [];
    const ops = stub({
      readActiveModel: () => Promise.resolve(modelSheet),
      writeDiscounts: (sheet, cells, expect) => {
        writes.push([sheet, cells, expect]);
        return Promise.resolve({ previous: [0, 0, 0] });
      },
    });
    const { steps, progress } = recordProgress();
    const outcome = await optimiseActiveSheet(ops, progress);
    const solution = optimiseDiscounts(ARTICLE_EXAMPLE) as Extract<
      DiscountSolution,
      { status: "optimal" }
    >;
    expect(outcome.status).toEqual({
      kind: "success",
      text: en("pane.status.wrote", { sheet: SHEET }),
    });
    // The write carries the decision values read with the model: it is refused if they changed meanwhile.
    expect(writes).toEqual([[SHEET, solution.discounts, [0, 0, 0]]]);
    expect(outcome.undo).toEqual({
      sheetName: SHEET,
      previous: [0, 0, 0],
      written: solution.discounts,
    });
    expect(outcome.result?.summary.status).toBe("optimal");
    expect(steps).toEqual([
      en("pane.status.readingModel"),
      en("pane.status.solving"),
      en("pane.status.writing"),
    ]);
  });

  it("says so when the active sheet is not a model, writing nothing", async () => {
    const ops = stub({
      readActiveModel: () => Promise.resolve({ kind: "notModel", sheetName: "Sheet1" }),
    });
    const outcome = await optimiseActiveSheet(ops, () => undefined);
    expect(outcome).toEqual({
      status: { kind: "error", text: en("pane.status.notModel", { sheet: "Sheet1" }) },
      result: null,
      undo: null,
    });
  });

  it("lists the problems of an invalid model", async () => {
    const ops = stub({
      readActiveModel: () =>
        Promise.resolve({
          kind: "invalid",
          sheetName: SHEET,
          errors: [
            fieldError("listPrice", msg("model.mustBePositive"), 0),
            fieldError("tiers[0].orders", msg("model.mustBeNonNegative"), -1),
          ],
        }),
    });
    const outcome = await optimiseActiveSheet(ops, () => undefined);
    expect(outcome.status.text).toBe(
      en("pane.status.invalidModel", {
        sheet: SHEET,
        problems: "listPrice must be > 0 (got 0); tiers[0].orders must be >= 0 (got -1)",
      })
    );
  });

  it("shows an infeasible model's reason and writes nothing", async () => {
    const infeasible = {
      ...ARTICLE_EXAMPLE,
      tiers: ARTICLE_EXAMPLE.tiers.map((t) => ({ ...t, minMargin: 0.9 })),
    };
    const ops = stub({
      readActiveModel: () => Promise.resolve({ ...modelSheet, model: infeasible }),
    });
    const outcome = await optimiseActiveSheet(ops, () => undefined);
    expect(outcome.status).toEqual({ kind: "info", text: en("pane.status.infeasible") });
    expect(outcome.result?.summary.status).toBe("infeasible");
    expect(outcome.undo).toBeNull();
  });

  it("refuses to overwrite decision cells the user changed while the optimiser ran", async () => {
    const ops = stub({
      readActiveModel: () => Promise.resolve(modelSheet),
      writeDiscounts: () => Promise.reject(new UserFacingError("edited", "EditedSinceWrite")),
    });
    const outcome = await optimiseActiveSheet(ops, () => undefined);
    expect(outcome.status).toEqual({
      kind: "error",
      text: en("pane.status.changedWhileSolving", { sheet: SHEET }),
    });
    expect(outcome.undo).toBeNull();
  });

  it("turns an Office error into words", async () => {
    const ops = stub({
      readActiveModel: () => Promise.reject({ code: "AccessDenied", message: "x" }),
    });
    const outcome = await optimiseActiveSheet(ops, () => undefined);
    expect(outcome.status).toEqual({ kind: "error", text: en("office.AccessDenied") });
  });
});

describe("undoLastWrite", () => {
  const step: UndoStep = {
    sheetName: SHEET,
    previous: [0, "=B25+0.05", null],
    written: [0, 0.1, 0.2],
  };

  it("restores the previous cells only if they still hold what the pane wrote", async () => {
    const calls: unknown[][] = [];
    const ops = stub({
      writeDiscounts: (sheet, cells, expect) => {
        calls.push([sheet, cells, expect]);
        return Promise.resolve({ previous: [0, 0.1, 0.2] });
      },
    });
    const outcome = await undoLastWrite(ops, step, () => undefined);
    expect(calls).toEqual([[SHEET, step.previous, step.written]]);
    expect(outcome).toEqual({
      status: { kind: "success", text: en("pane.status.restored", { sheet: SHEET }) },
      undo: null,
      restored: true,
    });
  });

  it("drops Undo when the user changed the cells since", async () => {
    const ops = stub({
      writeDiscounts: () => Promise.reject(new UserFacingError("changed", "EditedSinceWrite")),
    });
    const outcome = await undoLastWrite(ops, step, () => undefined);
    expect(outcome).toEqual({
      status: { kind: "error", text: "changed" },
      undo: null,
      restored: false,
    });
  });

  it("keeps Undo when the failure passes (Excel busy editing a cell)", async () => {
    const ops = stub({
      writeDiscounts: () => Promise.reject({ code: "InvalidOperationInCellEditMode" }),
    });
    const outcome = await undoLastWrite(ops, step, () => undefined);
    expect(outcome.undo).toBe(step);
    expect(outcome.status.text).toBe(en("office.InvalidOperationInCellEditMode"));
  });
});

describe("importTiers", () => {
  it("imports a tier table and names the ignored columns", async () => {
    const ops = stub({
      readSelection: () =>
        Promise.resolve({
          address: "Sheet1!A1:F3",
          values: [
            ["Label", "Min qty", "Orders", "Units per order", "Min margin", "Notes"],
            ["1-9", 1, 400, 4, 0.2, "small"],
            ["10+", 10, 120, 20, 0.12, null],
          ],
        }),
    });
    const outcome = await importTiers(ops, () => undefined);
    expect(outcome.tiers?.map((t) => t.label)).toEqual(["1-9", "10+"]);
    expect(outcome.status.text).toBe(
      en("pane.status.imported", { count: 2, address: "Sheet1!A1:F3" }) +
        " " +
        en("pane.status.ignoredColumns", { columns: "Notes" })
    );
  });

  it("says what is wrong with a selection that is no tier table", async () => {
    const ops = stub({ readSelection: () => Promise.resolve({ address: "A1", values: [["x"]] }) });
    const outcome = await importTiers(ops, () => undefined);
    expect(outcome.tiers).toBeNull();
    expect(outcome.status.kind).toBe("error");
  });
});

describe("buildSheet and insertFormula", () => {
  it("build reports the new sheet's name", async () => {
    const ops = stub({ buildSheet: () => Promise.resolve({ sheetName: SHEET }) });
    expect(await buildSheet(ops, ARTICLE_EXAMPLE, () => undefined)).toEqual({
      kind: "success",
      text: en("pane.status.built", { sheet: SHEET }),
    });
  });

  it("build reports a refusal", async () => {
    const ops = stub({
      buildSheet: () => Promise.reject(new UserFacingError("too old", "ExcelTooOld")),
    });
    expect(await buildSheet(ops, ARTICLE_EXAMPLE, () => undefined)).toEqual({
      kind: "error",
      text: "too old",
    });
  });

  it("insert names the formula and the cell", async () => {
    const ops = stub({ insertFormula: () => Promise.resolve({ address: "Sheet1!B2" }) });
    expect(await insertFormula(ops, "=MKT.ROMI(1,2,3)", () => undefined)).toEqual({
      kind: "success",
      text: en("pane.status.inserted", { formula: "=MKT.ROMI(1,2,3)", address: "Sheet1!B2" }),
    });
  });

  it("insert reports a non-empty cell", async () => {
    const ops = stub({
      insertFormula: () => Promise.reject(new UserFacingError("B2 is not empty")),
    });
    expect(await insertFormula(ops, "=MKT.ROMI(1,2,3)", () => undefined)).toEqual({
      kind: "error",
      text: "B2 is not empty",
    });
  });
});

describe("runStep and runStatusStep", () => {
  it("shows its progress, then returns what the step returns", async () => {
    const { steps, progress } = recordProgress();
    const done: Outcome = { kind: "success", text: "done" };
    expect(await runStatusStep(progress, "working", () => Promise.resolve(done))).toBe(done);
    expect(steps).toEqual(["working"]);
  });

  it("turns an error the step throws into the failed status", async () => {
    const step = () => Promise.reject(new UserFacingError("Excel is busy"));
    expect(await runStatusStep(() => undefined, "working", step)).toEqual({
      kind: "error",
      text: "Excel is busy",
    });
  });

  it("hands onError the failed status and the error itself, for an outcome with more than a status", async () => {
    const thrown = new UserFacingError("gone", "DecisionCellsChanged");
    const outcome = await runStep(
      () => undefined,
      "working",
      (): Promise<{ status: Outcome; rows: number[] | null }> => Promise.reject(thrown),
      (status, error) => ({ status, rows: error === thrown ? [] : null })
    );
    expect(outcome).toEqual({ status: { kind: "error", text: "gone" }, rows: [] });
  });
});
