/**
 * "Make shareable" against the Office mock: only cells with an MKT call are
 * written, in batches within the write budget, and Undo restores the exact
 * previous formulas (leaving a cell the user edited since alone).
 */
import { createMockExcel } from "./mockExcel";
import {
  findShareable,
  undoShareable,
  writeShareable,
} from "../../../src/taskpane/office/makeShareable";

function workbook() {
  return createMockExcel({
    sheets: [
      {
        name: "Data",
        cells: {
          A1: 1000,
          A2: 20,
          B1: "=MKT.CPL(A1,A2)",
          B2: '=IF(A1>0,MKT.ROMI(A1,A2),"none")',
          B3: "=SUM(A1:A2)",
          B4: '="MKT.ROMI(A1,A2)"',
          C1: "=MKT.CPC(A1,A2)",
          D7: "=MKT.NOT_A_FUNCTION(A1)",
        },
      },
      { name: "Q1 'plan'", cells: { A1: "=MKT.CPL('Data'!A1,Data!A2)", A2: 5 } },
    ],
    active: "Data",
    selection: "B1:B3",
  });
}

describe("findShareable", () => {
  it("for the selection: the cells and functions that will change, nothing written", async () => {
    const excel = workbook();
    const plan = await findShareable(excel.context, "selection");
    expect(plan.changes.map((c) => c.address)).toEqual(["B1", "B2"]);
    expect(plan.functions).toEqual({ CPL: 1, ROMI: 1 });
    expect(excel.applied).toEqual([]);
  });

  it("for the active sheet: unknown functions are listed and left", async () => {
    const plan = await findShareable(workbook().context, "sheet");
    expect(plan.changes.map((c) => c.address).sort()).toEqual(["B1", "B2", "C1"]);
    expect(plan.kept).toEqual({ NOT_A_FUNCTION: { reason: "unknown", count: 1 } });
  });

  it("for the whole workbook, across sheets with quoted names", async () => {
    const plan = await findShareable(workbook().context, "workbook");
    expect(plan.sheets).toEqual(["Data", "Q1 'plan'"]);
    const q1 = plan.changes.find((c) => c.sheet === "Q1 'plan'")!;
    expect(q1.after).toContain("'Data'!A1");
    expect(q1.after).not.toContain("MKT.");
  });
});

describe("writeShareable and undoShareable", () => {
  it("writes only the changed cells, in batches within the budget; Undo restores them exactly", async () => {
    const excel = workbook();
    const before = new Map(excel.sheet("Data")!.cells);
    const plan = await findShareable(excel.context, "workbook");
    const syncsBefore = excel.syncCount();
    // A budget that fits one or two formulas per batch forces several batches.
    const result = await writeShareable(excel.context, plan.changes, 4000);
    expect(result.written).toBe(4);
    expect(result.batches).toBeGreaterThan(1);
    expect(excel.syncCount() - syncsBefore).toBe(result.batches);
    const written = excel.applied
      .filter((op) => op.kind === "formulas")
      .flatMap((w) =>
        (w.detail === "B1:B2" ? ["B1", "B2"] : [w.detail]).map((a) => `${w.sheet}!${a}`)
      );
    expect(written.sort()).toEqual(["Data!B1", "Data!B2", "Data!C1", "Q1 'plan'!A1"].sort());
    const data = excel.sheet("Data")!.cells;
    expect(data.get("B3")).toBe("=SUM(A1:A2)");
    expect(data.get("B4")).toBe('="MKT.ROMI(A1,A2)"');
    expect(String(data.get("B1"))).not.toContain("MKT.");

    const undone = await undoShareable(excel.context, plan.changes);
    expect(undone).toMatchObject({ restored: 4, skipped: 0 });
    expect(new Map(excel.sheet("Data")!.cells)).toEqual(before);
    expect(excel.sheet("Q1 'plan'")!.cells.get("A1")).toBe("=MKT.CPL('Data'!A1,Data!A2)");
  });

  it("Undo leaves a cell the user edited since alone and says so", async () => {
    const excel = workbook();
    const plan = await findShareable(excel.context, "sheet");
    await writeShareable(excel.context, plan.changes);
    excel.sheet("Data")!.cells.set("C1", "=42");
    const undone = await undoShareable(excel.context, plan.changes);
    expect(undone).toMatchObject({ restored: 2, skipped: 1 });
    expect(excel.sheet("Data")!.cells.get("C1")).toBe("=42");
    expect(excel.sheet("Data")!.cells.get("B1")).toBe("=MKT.CPL(A1,A2)");
  });

  it("reads a large sheet in blocks of at most 20,000 cells per request", async () => {
    const cells: Record<string, string | number> = {};
    for (let r = 1; r <= 12000; r++) {
      cells[`A${r}`] = r;
      cells[`B${r}`] = `=MKT.CPL(A${r},2)`;
    }
    const excel = createMockExcel({ sheets: [{ name: "Big", cells }], active: "Big" });
    const syncs = excel.syncCount();
    const plan = await findShareable(excel.context, "sheet");
    expect(plan.changes).toHaveLength(12000);
    // 1 sync for the used range, then 24,000 cells in 2 blocks of at most 20,000.
    expect(excel.syncCount() - syncs).toBe(3);
    const result = await writeShareable(excel.context, plan.changes);
    expect(result.batches).toBeGreaterThanOrEqual(1);
  });
});
