/** The pane's operations load their code once, on first use, and pass every call through. */
import { deferredOperations } from "../../src/taskpane/deferredOperations";
import type { PaneOperations } from "../../src/taskpane/operations";

function realOperations(): PaneOperations {
  return {
    catalogue: [],
    buildSheet: jest.fn(async () => ({ sheetName: "Discounts - Sockets" })),
    readActiveModel: jest.fn(async () => ({ kind: "notModel" as const, sheetName: "Sheet1" })),
    solve: jest.fn(),
    writeDiscounts: jest.fn(async () => ({ previous: [0.1] })),
    readSelection: jest.fn(async () => ({ address: "A1", values: [[1]] })),
    insertFormula: jest.fn(async (formula: string) => ({ address: `B2 ${formula}` })),
    findShareable: jest.fn(),
    writeShareable: jest.fn(),
    undoShareable: jest.fn(),
  } as unknown as PaneOperations;
}

describe("deferredOperations", () => {
  it("loads nothing until an operation is used, then once for all of them", async () => {
    const real = realOperations();
    const load = jest.fn(async () => real);
    const catalogue = [{ name: "ROMI" }] as unknown as PaneOperations["catalogue"];
    const ops = deferredOperations(load, catalogue);
    expect(load).not.toHaveBeenCalled();
    expect(ops.catalogue).toBe(catalogue);
    await expect(ops.insertFormula("=MKT.ROMI(1,2)")).resolves.toEqual({
      address: "B2 =MKT.ROMI(1,2)",
    });
    await expect(ops.readActiveModel()).resolves.toEqual({ kind: "notModel", sheetName: "Sheet1" });
    await Promise.all([ops.readSelection(), ops.writeDiscounts("S", [0.2])]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(real.writeDiscounts).toHaveBeenCalledWith("S", [0.2]);
  });

  it("gives a failed load as the operation's error, and tries again next time", async () => {
    const real = realOperations();
    const load = jest
      .fn<Promise<PaneOperations>, []>()
      .mockRejectedValueOnce(new Error("ChunkLoadError: offline"))
      .mockResolvedValue(real);
    const ops = deferredOperations(load, []);
    await expect(ops.readSelection()).rejects.toThrow("offline");
    await expect(ops.readSelection()).resolves.toEqual({ address: "A1", values: [[1]] });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("rejects an optional operation the loaded ones lack", async () => {
    const ops = deferredOperations(async () => realOperations(), []);
    await expect(ops.buildPlanSheet!({} as never)).rejects.toThrow(/no buildPlanSheet/);
  });

  it("passes the budget model's operations through the same one load", async () => {
    const real = realOperations();
    const budget = {
      buildBudgetSheet: jest.fn(async () => ({ sheetName: "Budget - H1" })),
      readActiveBudget: jest.fn(),
      solveBudget: jest.fn(),
      writeSpends: jest.fn(async () => ({ previous: [0] })),
    };
    const load = jest.fn(async () => ({ ...real, budget }));
    const ops = deferredOperations(load, []);
    await expect(ops.budget!.buildBudgetSheet({} as never, "ru")).resolves.toEqual({
      sheetName: "Budget - H1",
    });
    await ops.readSelection();
    await ops.budget!.writeSpends("S", [1], [0]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(budget.writeSpends).toHaveBeenCalledWith("S", [1], [0]);
  });

  it("rejects a budget operation when the loaded ones have no budget model", async () => {
    const ops = deferredOperations(async () => realOperations(), []);
    await expect(ops.budget!.readActiveBudget()).rejects.toThrow(/no readActiveBudget/);
  });
});
