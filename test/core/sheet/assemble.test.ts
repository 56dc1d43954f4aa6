import { assembleSheetPlan, hiddenName } from "../../../src/core/sheet/assemble";
import { absRangeAt, block, cellAt, columnBlock, rangeAt } from "../../../src/core/sheet/place";
import { solverNames, SOLVER_DEFAULT_OPTIONS } from "../../../src/core/sheet/solverModel";
import type { SolverModel } from "../../../src/core/sheet/solverModel";

describe("place", () => {
  it.each([
    [cellAt(2, 5), "B5"],
    [cellAt(27, 1), "AA1"],
    [rangeAt(2, 5, 4, 7), "B5:D7"],
    [absRangeAt(1, 1, 1, 3), "$A$1:$A$3"],
  ])("%s = %s", (got, expected) => expect(got).toBe(expected));

  it("derives a block's address from its top-left cell and the shape of its cells", () => {
    expect(
      block(
        2,
        3,
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
        "calc"
      ).address
    ).toBe("B3:D4");
    expect(columnBlock(1, 10, ["a", "b"], "label", "@")).toEqual({
      address: "A10:A11",
      cells: [["a"], ["b"]],
      role: "label",
      numberFormat: "@",
    });
  });

  it("refuses a block without cells", () => {
    expect(() => block(1, 1, [], "calc")).toThrow(RangeError);
  });
});

describe("assembleSheetPlan", () => {
  const title = { blocks: [block(1, 1, [["Title"]], "title")] };
  const table = {
    blocks: [block(1, 3, [["x", "y"]], "header"), block(1, 4, [[1, "=A4*2"]], "calc")],
    names: [hiddenName("mkt_out_y", { range: "B4" })],
    charts: [
      {
        kind: "column" as const,
        title: "y",
        categories: { address: "A4" },
        series: [{ name: "y", values: { address: "B4" } }],
        anchor: { from: "D3", to: "H12" },
      },
    ],
  };

  it("joins the sections' blocks, names and charts in order, sheet-wide names first", () => {
    const plan = assembleSheetPlan({
      sheetName: "Test",
      sections: [title, table],
      names: [hiddenName("mkt_model", { value: "test" }, "marker")],
      columnWidths: [{ column: "A", width: 100 }],
      focus: "B4",
    });
    expect(plan.sheetName).toBe("Test");
    expect(plan.blocks.map((b) => b.address)).toEqual(["A1:A1", "A3:B3", "A4:B4"]);
    expect(plan.names.map((n) => n.name)).toEqual(["mkt_model", "mkt_out_y"]);
    expect(plan.names[0]).toEqual({
      name: "mkt_model",
      refersTo: { value: "test" },
      hidden: true,
      comment: "marker",
    });
    expect(plan.charts).toHaveLength(1);
    expect(plan.columnWidths).toEqual([{ column: "A", width: 100 }]);
    expect(plan.focus).toBe("B4");
  });

  it("throws when two blocks share a cell", () => {
    const clash = { blocks: [block(2, 3, [["z"]], "label")] };
    expect(() => assembleSheetPlan({ sheetName: "T", sections: [table, clash] })).toThrow(
      /A3:B3 and B3:B3 overlap/
    );
  });

  it("accepts blocks that touch without sharing a cell", () => {
    const beside = { blocks: [block(3, 3, [["z"], ["w"]], "label")] };
    expect(() => assembleSheetPlan({ sheetName: "T", sections: [table, beside] })).not.toThrow();
  });

  it("throws when a block's cells do not fill its address", () => {
    const bad = { blocks: [{ address: "A1:B2", cells: [[1, 2]], role: "calc" as const }] };
    expect(() => assembleSheetPlan({ sheetName: "T", sections: [bad] })).toThrow(/2 x 2/);
  });

  it("throws when per-cell number formats have another shape", () => {
    const bad = { blocks: [block(1, 1, [[1, 2]], "calc", [["0"]])] };
    expect(() => assembleSheetPlan({ sheetName: "T", sections: [bad] })).toThrow(/formats/);
  });

  it("throws when a name is given twice (names are case-insensitive)", () => {
    expect(() =>
      assembleSheetPlan({
        sheetName: "T",
        sections: [table],
        names: [hiddenName("MKT_OUT_Y", { value: 1 })],
      })
    ).toThrow(/given twice/);
  });
});

describe("solverNames", () => {
  const model: SolverModel = {
    objective: "B10",
    goal: "min",
    variables: "B2:B4",
    constraints: [
      { lhs: "C2:C4", relation: ">=", rhs: { value: 0 } },
      { lhs: "B2:B4", relation: "<=", rhs: { range: "D2:D4" } },
      { lhs: "E2", relation: "=", rhs: { value: 1 } },
    ],
    engine: "simplex",
    nonNegative: false,
    multistart: true,
  };
  const names = solverNames(model);
  const value = (n: string) => names.find((x) => x.name === n)?.refersTo;

  it("stores objective, goal, variables and each constraint as Excel saves them", () => {
    expect(value("solver_opt")).toEqual({ range: "B10" });
    expect(value("solver_typ")).toEqual({ value: 2 });
    expect(value("solver_adj")).toEqual({ range: "B2:B4" });
    expect(value("solver_num")).toEqual({ value: 3 });
    expect([1, 2, 3].map((i) => value(`solver_rel${i}`))).toEqual([
      { value: 3 },
      { value: 1 },
      { value: 2 },
    ]);
    expect(value("solver_rhs2")).toEqual({ range: "D2:D4" });
    expect(value("solver_eng")).toEqual({ value: 2 });
    expect(value("solver_neg")).toEqual({ value: 2 });
    expect(value("solver_msl")).toEqual({ value: 1 });
    expect(value("solver_ver")).toEqual({ value: 3 });
  });

  it("adds every option default, and every name is hidden", () => {
    for (const [n, v] of SOLVER_DEFAULT_OPTIONS) expect(value(n)).toEqual({ value: v });
    expect(names.every((n) => n.hidden)).toBe(true);
  });

  it("is attached by assembleSheetPlan after the other names", () => {
    const plan = assembleSheetPlan({
      sheetName: "T",
      sections: [],
      names: [hiddenName("mkt_model", { value: "x" })],
      solver: model,
    });
    expect(plan.names[0].name).toBe("mkt_model");
    expect(plan.names[1].name).toBe("solver_opt");
  });
});
