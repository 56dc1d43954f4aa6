import {
  buildDiscountSheetPlan,
  discountSheetName,
  modelFromSheetValues,
} from "../../../src/core/discount";
import { applySheetPlan } from "../../../src/taskpane/office/applySheetPlan";
import { readModelSheet } from "../../../src/taskpane/office/readModelSheet";
import { UserFacingError } from "../../../src/taskpane/state/userFacingError";
import { writeDecisions } from "../../../src/taskpane/office/writeDecisions";
import { ARTICLE_EXAMPLE } from "../../../src/taskpane/state/modelForm";
import { createMockExcel, WITH_PRINT_SETUP } from "./mockExcel";

async function builtWorkbook() {
  const excel = createMockExcel({ sheets: [{ name: "Sheet1", cells: { A1: "notes" } }] });
  const plan = {
    ...buildDiscountSheetPlan(ARTICLE_EXAMPLE, {
      sheetName: discountSheetName(ARTICLE_EXAMPLE.name),
    }),
  };
  const { sheetName } = await applySheetPlan(excel.context, plan, WITH_PRINT_SETUP);
  return { excel, sheetName };
}

describe("readModelSheet", () => {
  it("reads the model back from a built sheet in one round trip (names and ranges in one batch)", async () => {
    const { excel, sheetName } = await builtWorkbook();
    const syncsBefore = excel.syncCount();
    const read = await readModelSheet(excel.context);
    expect(excel.syncCount() - syncsBefore).toBe(1);
    expect(read.kind).toBe("model");
    if (read.kind !== "model") return;
    expect(read.sheetName).toBe(sheetName);
    expect(modelFromSheetValues(read.values)).toEqual({ ok: true, model: ARTICLE_EXAMPLE });
  });

  it("sees the user's edits to the inputs", async () => {
    const { excel, sheetName } = await builtWorkbook();
    excel.sheet(sheetName)!.cells.set("B6", 1300); // list price
    excel.sheet(sheetName)!.cells.set("C14", 0); // orders of tier 2
    const read = await readModelSheet(excel.context);
    const checked = read.kind === "model" ? modelFromSheetValues(read.values) : null;
    expect(checked?.ok && checked.model.listPrice).toBe(1300);
    expect(checked?.ok && checked.model.tiers[1].orders).toBe(0);
  });

  it("says the active sheet is not a model when it has no marker", async () => {
    const { excel } = await builtWorkbook();
    excel.setActive("Sheet1");
    await expect(readModelSheet(excel.context)).resolves.toEqual({
      kind: "notModel",
      sheetName: "Sheet1",
    });
  });

  it("explains when the layout names were deleted", async () => {
    const { excel, sheetName } = await builtWorkbook();
    excel.sheet(sheetName)!.names.delete("mkt_tiers");
    await expect(readModelSheet(excel.context)).rejects.toThrow(UserFacingError);
    await expect(readModelSheet(excel.context)).rejects.toThrow(/mkt_tiers/);
  });
});

describe("writeDecisions", () => {
  it("writes the discounts into the decision cells and returns what was there", async () => {
    const { excel, sheetName } = await builtWorkbook();
    const first = await writeDecisions(excel.context, sheetName, [0, 0.138, 0.181]);
    expect(first.previous).toEqual([0, 0, 0]);
    const sheet = excel.sheet(sheetName)!;
    expect(["B25", "B26", "B27"].map((a) => sheet.cells.get(a))).toEqual([0, 0.138, 0.181]);
    const second = await writeDecisions(excel.context, sheetName, first.previous);
    expect(second.previous).toEqual([0, 0.138, 0.181]);
    expect(["B25", "B26", "B27"].map((a) => sheet.cells.get(a))).toEqual([0, 0, 0]);
  });

  it("Undo (expectCurrent) restores only when the cells still hold what the pane wrote", async () => {
    const { excel, sheetName } = await builtWorkbook();
    const { previous } = await writeDecisions(excel.context, sheetName, [0, 0.1, 0.2]);
    excel.sheet(sheetName)!.cells.set("B26", 0.15); // the user edits a discount
    await expect(writeDecisions(excel.context, sheetName, previous, [0, 0.1, 0.2])).rejects.toThrow(
      /changed after the pane wrote them/
    );
    expect(excel.sheet(sheetName)!.cells.get("B26")).toBe(0.15);
    excel.sheet(sheetName)!.cells.set("B26", 0.1);
    await writeDecisions(excel.context, sheetName, previous, [0, 0.1, 0.2]);
    expect(["B25", "B26", "B27"].map((a) => excel.sheet(sheetName)!.cells.get(a))).toEqual([
      0, 0, 0,
    ]);
  });

  it("Undo restores the user's formulas and text in the decision cells, not their values", async () => {
    const { excel, sheetName } = await builtWorkbook();
    const sheet = excel.sheet(sheetName)!;
    sheet.cells.set("B26", "=B25+0.05");
    sheet.computed = new Map([["B26", 0.05]]);
    sheet.cells.set("B27", "ask sales");
    const { previous } = await writeDecisions(excel.context, sheetName, [0, 0.1, 0.2]);
    expect(previous).toEqual([0, "=B25+0.05", "ask sales"]);
    sheet.computed.clear();
    await writeDecisions(excel.context, sheetName, previous, [0, 0.1, 0.2]);
    expect(["B25", "B26", "B27"].map((a) => sheet.cells.get(a))).toEqual([
      0,
      "=B25+0.05",
      "ask sales",
    ]);
  });

  it("the Undo guard compares the cells' values: a formula computing what the pane wrote is no edit", async () => {
    const { excel, sheetName } = await builtWorkbook();
    const { previous } = await writeDecisions(excel.context, sheetName, [0, 0.1, 0.2]);
    const sheet = excel.sheet(sheetName)!;
    sheet.cells.set("B26", "=0.05*2"); // same value, other formula: values match, Undo proceeds
    sheet.computed = new Map([["B26", 0.1]]);
    await writeDecisions(excel.context, sheetName, previous, [0, 0.1, 0.2]);
    expect(sheet.cells.get("B26")).toBe(0);
  });

  it("empties a cell that was empty before (Undo of a blank)", async () => {
    const { excel, sheetName } = await builtWorkbook();
    await writeDecisions(excel.context, sheetName, [null, 0.1, 0.2]);
    expect(excel.sheet(sheetName)!.cells.get("B25")).toBeNull();
  });

  it("refuses when the number of tiers does not match the sheet, writing nothing", async () => {
    const { excel, sheetName } = await builtWorkbook();
    await expect(writeDecisions(excel.context, sheetName, [0.1, 0.2])).rejects.toThrow(
      /3 decision cells but the solution has 2/
    );
    expect(excel.sheet(sheetName)!.cells.get("B26")).toBe(0);
  });

  it("fails with ItemNotFound when the sheet was deleted meanwhile", async () => {
    const { excel } = await builtWorkbook();
    await expect(writeDecisions(excel.context, "Gone", [0, 0, 0])).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });

  it("touches no other sheet", async () => {
    const { excel, sheetName } = await builtWorkbook();
    const appliedBefore = excel.applied.length;
    await writeDecisions(excel.context, sheetName, [0.01, 0.02, 0.03]);
    expect(excel.applied.slice(appliedBefore).map((op) => `${op.kind} ${op.sheet}`)).toEqual([
      `formulas ${sheetName}`,
    ]);
    expect(excel.sheet("Sheet1")!.cells.get("A1")).toBe("notes");
  });
});
