/**
 * The pure part of "Make shareable": which cells change, and how the writes
 * are cut into batches within the request budget.
 */
import {
  batchRuns,
  formulaBytes,
  planShareable,
  REQUEST_LIMIT_BYTES,
  WRITE_BUDGET_BYTES,
  writeRuns,
} from "../../../src/taskpane/state/shareablePlan";
import { describePlan } from "../../../src/taskpane/state/shareActions";

describe("planShareable", () => {
  it("lists the cells that change, the functions and the calls left alone", () => {
    const plan = planShareable("workbook", [
      { sheet: "A", address: "B1", formula: "=MKT.CPL(A1,A2)+MKT.CPL(A1,2)" },
      { sheet: "A", address: "B2", formula: "=SUM(A1:A2)" },
      { sheet: "B", address: "C3", formula: "=MKT.NOPE(1)+MKT.CPC(1,2)" },
      { sheet: "B", address: "C4", formula: "not a formula MKT.CPL(1,2)" },
    ]);
    expect(plan.changes.map((c) => `${c.sheet}!${c.address}`)).toEqual(["A!B1", "B!C3"]);
    expect(plan.functions).toEqual({ CPL: 2, CPC: 1 });
    expect(plan.kept).toEqual({ NOPE: { reason: "unknown", count: 1 } });
    expect(describePlan(plan)).toEqual({
      summary: "2 cells on 2 sheets will change (A, B).",
      functions: ["MKT.CPC: 1 call", "MKT.CPL: 2 calls"],
      kept: ["MKT.NOPE (1 call) is not a function of this add-in; left as it is."],
    });
  });
});

describe("writeRuns and batchRuns", () => {
  const cells = [
    { sheet: "S", address: "B3", formula: "=2" },
    { sheet: "S", address: "B1", formula: "=1" },
    { sheet: "S", address: "B2", formula: "=1.5" },
    { sheet: "S", address: "AA2", formula: "=3" },
    { sheet: "T", address: "B4", formula: "=4" },
  ];

  it("writes adjacent changed cells of a column as one range, and nothing else", () => {
    expect(writeRuns(cells)).toEqual([
      { sheet: "S", address: "B1:B3", formulas: ["=1", "=1.5", "=2"] },
      { sheet: "S", address: "AA2", formulas: ["=3"] },
      { sheet: "T", address: "B4", formulas: ["=4"] },
    ]);
  });

  it("keeps every batch within the budget, cutting a long run where it must", () => {
    const long = Array.from({ length: 1000 }, (_, i) => ({
      sheet: "S",
      address: `C${i + 1}`,
      formula: `=${"1+".repeat(500)}${i}`,
    }));
    const budget = 100_000;
    const batches = batchRuns(writeRuns(long), budget);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      const bytes = batch.reduce(
        (n, run) => n + 200 + run.formulas.reduce((m, f) => m + formulaBytes(f), 0),
        0
      );
      expect(bytes).toBeLessThanOrEqual(budget);
    }
    expect(batches.flat().flatMap((r) => r.formulas)).toEqual(long.map((c) => c.formula));
  });

  it("plans writes well under Excel on the web's 5 MB request limit", () => {
    expect(WRITE_BUDGET_BYTES).toBeLessThan(REQUEST_LIMIT_BYTES / 2);
    // The longest formula Excel holds (8,192 characters) fits a batch many times over.
    expect(formulaBytes("x".repeat(8192)) * 40).toBeLessThan(WRITE_BUDGET_BYTES);
  });
});
