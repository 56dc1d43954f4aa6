import { UserFacingError } from "../../../src/taskpane/state/userFacingError";
import {
  buildDiscountSheetPlan,
  discountSheetName,
  LAYOUT_NAMES,
  MODEL_MARKER_NAME,
} from "../../../src/core/discount";
import type { DiscountModelInput } from "../../../src/core/discount/model";
import type { SheetPlan } from "../../../src/core/sheet/plan";
import { applySheetPlan, cellForExcel } from "../../../src/taskpane/office/applySheetPlan";
import { ARTICLE_EXAMPLE } from "../../../src/taskpane/state/modelForm";
import {
  colLetters,
  createMockExcel,
  parseReference,
  type SheetState,
  WITH_PRINT_SETUP,
} from "./mockExcel";

function planFor(model: DiscountModelInput): SheetPlan {
  return buildDiscountSheetPlan(model, { sheetName: discountSheetName(model.name) });
}

/** A model with `tiers` tiers and two segments, valid by construction. */
function modelWithTiers(tiers: number): DiscountModelInput {
  return {
    ...ARTICLE_EXAMPLE,
    tiers: Array.from({ length: tiers }, (_, t) => ({
      label: `${t * 10 + 1}+`,
      minQty: t * 10 + 1,
      orders: 100 - t,
      unitsPerOrder: 2 + t * 5,
      minMargin: 0.05,
    })),
    segments: [
      { label: "Inelastic", elasticity: 0.3, shares: Array.from({ length: tiers }, () => 0.6) },
      { label: "Elastic", elasticity: 3, shares: Array.from({ length: tiers }, () => 0.4) },
    ],
  };
}

/** "Discounts - Sockets and switches" is 32 characters, one over Excel's limit: the cut falls between words. */
const SHEET = "Discounts - Sockets and…";

function userSheet(name: string) {
  return {
    name,
    cells: { A1: "my data", B2: 42, C3: "=B2*2" },
    names: { my_name: { reference: `='${name}'!$B$2`, visible: true } },
  };
}

function snapshot(s: SheetState) {
  return JSON.stringify({
    cells: [...s.cells],
    names: [...s.names],
    formats: [...s.formats],
    styles: [...s.styles],
  });
}

describe("applySheetPlan", () => {
  it("builds the article's example in two round trips into a new, active sheet", async () => {
    const excel = createMockExcel({ sheets: [userSheet("Sheet1")] });
    const plan = planFor(ARTICLE_EXAMPLE);
    const result = await applySheetPlan(excel.context, plan, WITH_PRINT_SETUP);

    expect(result.sheetName).toBe(SHEET);
    expect(excel.syncCount()).toBe(2);
    expect(excel.activeName()).toBe(result.sheetName);
    const sheet = excel.sheet(result.sheetName)!;
    // Every block's cells arrive as written (formulas in invariant English).
    for (const block of plan.blocks) {
      const [from] = block.address.split(":");
      const m = /^([A-Z]+)(\d+)$/.exec(from)!;
      const col0 = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== null)
            expect(sheet.cells.get(`${colLetters(col0 + c)}${Number(m[2]) + r}`)).toBe(cell);
        })
      );
    }
    expect(sheet.cells.get("B32")).toBe("=SUM(E25:E27)");
    expect(sheet.formats.get("B25")).toBe("0.00%");
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        type: "XYScatterLinesNoMarkers",
        seriesBy: "Columns",
        source: "B59:B89",
        position: "F58:K77",
        series: ["1-9", "10-49", "50+"].map((name, t) => ({
          name,
          values: `${"BCD"[t]}59:${"BCD"[t]}89`,
          categories: "A59:A89",
        })),
      }),
    ]);
    expect(sheet.columnWidths.get("A")).toBe(
      plan.columnWidths.find((w) => w.column === "A")!.width
    );
    // Decision cells are styled as decisions and unlocked (for users who protect the sheet).
    expect(sheet.styles.get("B25:B27|protection.locked")).toBe(false);
    expect(sheet.styles.get("B25:B27|fill.color")).toBe("#E2EFDA");
  });

  it("adds every plan name, hidden in the same batch, with references qualified by the new sheet's name", async () => {
    const excel = createMockExcel({ sheets: [userSheet("Sheet1")] });
    const plan = planFor(ARTICLE_EXAMPLE);
    const { sheetName } = await applySheetPlan(excel.context, plan, WITH_PRINT_SETUP);
    const names = excel.sheet(sheetName)!.names;

    const solverNames = plan.names.filter((n) => n.name.startsWith("solver_"));
    expect(solverNames.length).toBeGreaterThan(10);
    for (const n of plan.names) {
      const added = names.get(n.name);
      expect(added).toBeDefined();
      expect(added!.visible).toBe(!n.hidden);
      if ("range" in n.refersTo) {
        expect(parseReference(added!.reference)).toEqual({
          sheet: sheetName,
          address: n.refersTo.range.replace(/\$/g, ""),
        });
      }
    }
    for (const n of [
      "solver_opt",
      "solver_adj",
      "solver_lhs1",
      "solver_typ",
      MODEL_MARKER_NAME,
      ...Object.values(LAYOUT_NAMES),
    ]) {
      expect(names.get(n)?.visible).toBe(false);
    }
    expect(names.get("solver_opt")!.reference).toBe(`='${SHEET}'!$B$32`);
    expect(names.get("solver_typ")!.reference).toBe("=1");
    expect(names.get(MODEL_MARKER_NAME)!.reference).toBe('="discount-model-v1"');
    // Names are added and hidden within the one writing batch (sync 2), never after it.
    const nameOps = excel.applied.filter((op) => op.kind.startsWith("names."));
    expect(nameOps.every((op) => op.sheet === sheetName)).toBe(true);
  });

  it.each([1, 3, 20])("succeeds in exactly 2 round trips with %i tiers", async (tiers) => {
    const excel = createMockExcel({ sheets: [userSheet("Sheet1")] });
    const model = modelWithTiers(tiers);
    const plan = planFor(model);
    const { sheetName } = await applySheetPlan(excel.context, plan, WITH_PRINT_SETUP);
    expect(excel.syncCount()).toBe(2);
    // Complete: every block, name and the chart reached the sheet.
    const sheet = excel.sheet(sheetName)!;
    expect([...sheet.names.keys()].sort()).toEqual(plan.names.map((n) => n.name).sort());
    expect(excel.applied.filter((op) => op.kind === "formulas")).toHaveLength(plan.blocks.length);
    expect(sheet.charts).toHaveLength(1);
  });

  it("never writes into an existing sheet and leaves the user's sheets exactly as they were", async () => {
    const excel = createMockExcel({ sheets: [userSheet("Sheet1"), userSheet(SHEET)] });
    const before = excel.sheets.map(snapshot);
    const { sheetName } = await applySheetPlan(
      excel.context,
      planFor(ARTICLE_EXAMPLE),
      WITH_PRINT_SETUP
    );
    expect(sheetName).toBe("Discounts - Sockets and… (2)");
    expect(excel.sheets.slice(0, 2).map(snapshot)).toEqual(before);
    expect(excel.applied.every((op) => op.sheet === sheetName)).toBe(true);
  });

  it("chooses the first free name, comparing case-insensitively as Excel does", async () => {
    const excel = createMockExcel({
      sheets: [userSheet(SHEET.toUpperCase()), userSheet("discounts - sockets and… (2)")],
    });
    const { sheetName } = await applySheetPlan(
      excel.context,
      planFor(ARTICLE_EXAMPLE),
      WITH_PRINT_SETUP
    );
    expect(sheetName).toBe("Discounts - Sockets and… (3)");
  });

  it("keeps names within 31 characters and without characters Excel forbids", async () => {
    const excel = createMockExcel({ sheets: [userSheet("Sheet1")] });
    const model = { ...ARTICLE_EXAMPLE, name: "Cables [3x1.5]: copper/PVC? *new*" };
    const { sheetName } = await applySheetPlan(excel.context, planFor(model), WITH_PRINT_SETUP);
    expect(sheetName.length).toBeLessThanOrEqual(31);
    expect(sheetName).not.toMatch(/[\\/?*[\]:]/);
    expect(sheetName.startsWith("Discounts - Cables 3x1.5")).toBe(true);
  });

  it.each([
    ["formulas", "C47:G55", "GeneralException"],
    ["names.add", "solver_adj", "GeneralException"],
    ["charts.add", "XYScatter", "GeneralException"],
    ["names.add", "solver_adj", "ItemAlreadyExists"],
    ["formulas", "C47:G55", "AccessDenied"],
    ["select", "", "AccessDenied"],
  ])(
    "rolls back when the write of %s %s fails with %s: the workbook is as before",
    async (kind, detail, code) => {
      const excel = createMockExcel({
        sheets: [userSheet("Sheet1"), userSheet("Sheet2")],
        active: "Sheet2",
      });
      const before = excel.sheets.map(snapshot);
      excel.failOn((op) => (op.kind === kind && op.detail.startsWith(detail) ? code : undefined));
      await expect(
        applySheetPlan(excel.context, planFor(ARTICLE_EXAMPLE), WITH_PRINT_SETUP)
      ).rejects.toMatchObject({
        code,
      });
      expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sheet2"]);
      expect(excel.sheets.map(snapshot)).toEqual(before);
      expect(excel.activeName()).toBe("Sheet2");
      expect(excel.syncCount()).toBe(3);
    }
  );

  it("re-activates the sheet the user was on when the failure came after activating the new sheet", async () => {
    const excel = createMockExcel({
      sheets: [userSheet("Sheet1"), userSheet("Sheet2")],
      active: "Sheet2",
    });
    const plan = planFor(ARTICLE_EXAMPLE);
    expect(plan.focus).toBeDefined();
    excel.failOn((op) => (op.kind === "select" ? "GeneralException" : undefined));
    await expect(applySheetPlan(excel.context, plan, WITH_PRINT_SETUP)).rejects.toMatchObject({
      code: "GeneralException",
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1", "Sheet2"]);
    expect(excel.activeName()).toBe("Sheet2");
  });

  it("when the add itself failed (ItemAlreadyExists, no error location), says nothing was built and never asks to delete a half-built sheet", async () => {
    const excel = createMockExcel({ sheets: [userSheet("Sheet1")] });
    excel.withoutErrorLocation();
    excel.failOn((op) => (op.kind === "add" ? "ItemAlreadyExists" : undefined));
    const failure = applySheetPlan(excel.context, planFor(ARTICLE_EXAMPLE), WITH_PRINT_SETUP);
    await expect(failure).rejects.toThrow(UserFacingError);
    await expect(failure).rejects.toThrow(/nothing was built/);
    await expect(failure).rejects.not.toThrow(/half-built|delete/i);
    expect(excel.syncCount()).toBe(2);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("when the host gives no error location, still rolls back any other failure", async () => {
    const excel = createMockExcel({ sheets: [userSheet("Sheet1")] });
    excel.withoutErrorLocation();
    excel.failOn((op) => (op.kind === "charts.add" ? "AccessDenied" : undefined));
    await expect(
      applySheetPlan(excel.context, planFor(ARTICLE_EXAMPLE), WITH_PRINT_SETUP)
    ).rejects.toMatchObject({
      code: "AccessDenied",
    });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("does not delete a sheet of the same name that the user created between the two round trips", async () => {
    const excel = createMockExcel({ sheets: [userSheet("Sheet1")] });
    excel.beforeSync((n) => {
      if (n === 2)
        excel.sheets.push({ ...excel.sheets[0], name: SHEET, cells: new Map([["A1", "mine"]]) });
    });
    await expect(
      applySheetPlan(excel.context, planFor(ARTICLE_EXAMPLE), WITH_PRINT_SETUP)
    ).rejects.toThrow(/appeared while the pane was building its model sheet, so nothing was built/);
    expect(excel.sheet(SHEET)!.cells.get("A1")).toBe("mine");
    expect(excel.syncCount()).toBe(2);
  });

  it("keeps text that Excel would turn into a date, number or boolean as text", () => {
    expect(cellForExcel("1-9")).toBe("'1-9");
    expect(cellForExcel("50+")).toBe("'50+");
    expect(cellForExcel("TRUE")).toBe("'TRUE");
    expect(cellForExcel("=SUM(A1:A2)")).toBe("=SUM(A1:A2)");
    expect(cellForExcel("Installers")).toBe("Installers");
    expect(cellForExcel(12)).toBe(12);
  });
});
