import { fieldErrorText } from "../../../src/core/fieldValidation";
/**
 * Distribution and survey sheets over the user's selected table, against the
 * Office.js test double: at most 3 round trips whatever the number of rows,
 * formulas that refer to the user's range, the user's cells untouched, and
 * import problems named by cell with nothing built.
 */
import { distributionInPlacePlan, surveyInPlacePlan } from "../../../src/core/guided";
import { buildFromSelection, splitAddress } from "../../../src/taskpane/office/buildFromSelection";
import { colLetters, createMockExcel, type Cell, WITH_PRINT_SETUP } from "./mockExcel";
import { auditSheet } from "./guidedFixtures";

describe("buildFromSelection", () => {
  it.each([10, 2000])(
    "builds a distribution sheet over %i stores in at most 3 round trips, referring to the range",
    async (stores) => {
      const user = auditSheet(stores);
      const before = new Map(Object.entries(user.cells));
      const excel = createMockExcel({
        sheets: [user],
        active: "Audit",
        selection: `A2:E${stores + 2}`,
      });
      const result = await buildFromSelection(
        excel.context,
        (sel) => distributionInPlacePlan(sel, "Audit 2027"),
        WITH_PRINT_SETUP
      );
      expect(result).toEqual({ sheetName: "Distribution - Audit 2027" });
      expect(excel.syncCount()).toBeLessThanOrEqual(3);
      const sheet = excel.sheet("Distribution - Audit 2027")!;
      const formulas = [...sheet.cells.values()].filter(
        (v) => typeof v === "string" && v.startsWith("=")
      );
      expect(formulas.some((f) => String(f).includes(`'Audit'!$D$3:$D$${stores + 2}`))).toBe(true);
      // The user's cells are as they were.
      const audit = excel.sheet("Audit")!;
      for (const [k, v] of before) expect(audit.cells.get(k)).toEqual(v);
      // Its chart came in the same batch.
      expect(sheet.charts).toHaveLength(1);
    }
  );

  it("names the cell of an import problem and builds nothing", async () => {
    const user = auditSheet(5);
    user.cells.E5 = "yes";
    const excel = createMockExcel({ sheets: [user], active: "Audit", selection: "A2:E7" });
    const result = await buildFromSelection(
      excel.context,
      (sel) => distributionInPlacePlan(sel, "Audit"),
      WITH_PRINT_SETUP
    );
    const problems = "problems" in result ? result.problems : [];
    expect(problems.map((e) => ({ path: e.path, message: fieldErrorText(e, "en") }))).toEqual([
      {
        path: "'Audit'!E5",
        message: `'Audit'!E5: presence in Feb must be TRUE/FALSE, 1/0 or a stock figure >= 0 (got "yes")`,
      },
    ]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Audit"]);
  });

  it("builds a survey sheet over the answers with the form's daily visitors and effects", async () => {
    const cells: Record<string, Cell> = { A1: "group", B1: "Play zone", C1: "Cloakroom" };
    [
      ["Families", 5, 3],
      ["Families", 4, null],
      ["All", 1, 4],
    ].forEach((row, i) =>
      row.forEach((v, c) => {
        if (v !== null) cells[`${colLetters(c + 1)}${i + 2}`] = v;
      })
    );
    const excel = createMockExcel({
      sheets: [{ name: "Answers 2027", cells }],
      active: "Answers 2027",
      selection: "A1:C4",
    });
    const form = {
      name: "Mall",
      dailyVisitors: 4500,
      effects: [
        {
          service: "Play zone",
          group: "Families",
          frequencyCoef: 0.2,
          checksCoef: 0.1,
          trafficShare: 0.05,
          additionalTrafficShare: 0.05,
        },
      ],
    };
    const result = await buildFromSelection(
      excel.context,
      (sel) => surveyInPlacePlan(sel, form),
      WITH_PRINT_SETUP
    );
    expect(result).toEqual({ sheetName: "Survey - Mall" });
    expect(excel.syncCount()).toBeLessThanOrEqual(3);
    const sheet = excel.sheet("Survey - Mall")!;
    expect(
      [...sheet.cells.values()].some((v) => String(v).includes("'Answers 2027'!$B$2:$B$4"))
    ).toBe(true);
  });

  it.each([
    ["Sheet1!B3:H9", { sheet: "Sheet1", address: "B3:H9" }],
    ["'Bob''s list'!A1:C2", { sheet: "Bob's list", address: "A1:C2" }],
  ])("splitAddress(%s)", (address, expected) => expect(splitAddress(address)).toEqual(expected));
});
