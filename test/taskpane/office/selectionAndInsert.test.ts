import { OfficeMockObject } from "office-addin-mock";
import { insertFunction } from "../../../src/taskpane/office/insertFunction";
import { readSelectionTable } from "../../../src/taskpane/office/readSelectionTable";
import { UserFacingError } from "../../../src/taskpane/state/userFacingError";
import { createMockExcel } from "./mockExcel";

describe("readSelectionTable (office-addin-mock load/sync of scalar properties)", () => {
  function selectionMock(used: Record<string, unknown>) {
    const { isNullObject, ...loadable } = used;
    const mock = new OfficeMockObject({
      workbook: {
        selection: { used: loadable },
        getSelectedRange(this: { selection: unknown }) {
          return this.selection;
        },
      },
    });
    // Office.js sets isNullObject after sync without a load; the library would
    // treat it as an unloaded property, so it is set on the mock directly.
    (
      mock as unknown as { workbook: { selection: { used: Record<string, unknown> } } }
    ).workbook.selection.used.isNullObject = isNullObject;
    return mock;
  }
  // getUsedRangeOrNullObject is a function on the selection; the library keeps functions as given.
  function withUsed(mock: OfficeMockObject): Excel.RequestContext {
    const workbook = (
      mock as unknown as { workbook: { selection: Record<string, unknown> & { used: unknown } } }
    ).workbook;
    workbook.selection.getUsedRangeOrNullObject = () => workbook.selection.used;
    return mock as unknown as Excel.RequestContext;
  }

  it("returns the used cells of the selection, blanks as null", async () => {
    const mock = selectionMock({
      isNullObject: false,
      address: "Sheet1!B2:C3",
      rowCount: 2,
      columnCount: 2,
      values: [
        ["Tier", "Orders"],
        ["1-9", ""],
      ],
    });
    await expect(readSelectionTable(withUsed(mock))).resolves.toEqual({
      address: "Sheet1!B2:C3",
      values: [
        ["Tier", "Orders"],
        ["1-9", null],
      ],
    });
  });

  it("says so when the selection is empty", async () => {
    const mock = selectionMock({
      isNullObject: true,
      address: "",
      rowCount: 0,
      columnCount: 0,
      values: [],
    });
    await expect(readSelectionTable(withUsed(mock))).rejects.toThrow(/empty/);
  });

  it("refuses a runaway selection", async () => {
    const mock = selectionMock({
      isNullObject: false,
      address: "A:Z",
      rowCount: 5000,
      columnCount: 26,
      values: [],
    });
    await expect(readSelectionTable(withUsed(mock))).rejects.toThrow(UserFacingError);
  });

  it("checks the size before reading any cell: a runaway selection is refused without loading its values", async () => {
    const cells: Record<string, number> = {};
    for (let r = 1; r <= 3000; r++) cells[`A${r}`] = r;
    const excel = createMockExcel({ sheets: [{ name: "Data", cells }], selection: "A1:B5000" });
    await expect(readSelectionTable(excel.context)).rejects.toThrow(
      /3000 rows × 1 column = 3000 cells.*at most 2000/
    );
    expect(excel.syncCount()).toBe(1);
    expect(excel.rangeLoads.some((props) => props === "" || props.includes("values"))).toBe(false);
  });

  it("reads only the used part of the selection: its size, then its values (batch mock)", async () => {
    const excel = createMockExcel({
      sheets: [{ name: "Data", cells: { B2: "Min qty", C2: "Orders", B3: 1, C3: 400 } }],
      selection: "A1:F20",
    });
    const read = await readSelectionTable(excel.context);
    expect(read.values).toEqual([
      ["Min qty", "Orders"],
      [1, 400],
    ]);
    expect(excel.syncCount()).toBe(2);
  });
});

describe("insertFunction", () => {
  it("writes the formula into the active cell of an empty selection", async () => {
    const excel = createMockExcel({ sheets: [{ name: "Sheet1" }], selection: "D4:E9" });
    await expect(insertFunction(excel.context, "=MKT.ROMI(150000,50000,0.4)")).resolves.toEqual({
      address: "'Sheet1'!D4",
    });
    expect(excel.sheet("Sheet1")!.cells.get("D4")).toBe("=MKT.ROMI(150000,50000,0.4)");
    expect(excel.applied.map((op) => op.kind)).toEqual(["formulas"]);
  });

  it("never overwrites a cell that holds something", async () => {
    const excel = createMockExcel({
      sheets: [{ name: "Sheet1", cells: { D4: 17 } }],
      selection: "D4",
    });
    await expect(insertFunction(excel.context, "=MKT.ROMI(1,2)")).rejects.toThrow(/not empty/);
    expect(excel.sheet("Sheet1")!.cells.get("D4")).toBe(17);
  });
});
