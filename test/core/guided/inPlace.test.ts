/**
 * Sheets over the user's selection (core/guided/inPlace): problems named by
 * the selection's own cells, the plan's formulas on the selected range.
 * (Paths only: the messages are the table readers', tested with them.)
 */
import { distributionInPlacePlan, surveyInPlacePlan } from "../../../src/core/guided";

const stores = {
  sheet: "Audit",
  address: "B3:F5",
  values: [
    ["store", "group", "category_sales", "Jan", "Feb"],
    ["S1", "North", 100, true, true],
    ["S2", "South", 50, false, true],
  ],
};

describe("distributionInPlacePlan", () => {
  it("builds over the selected range, where it is", () => {
    const built = distributionInPlacePlan(stores, "Audit 2027");
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const formulas = built.value.blocks.flatMap((b) => b.cells.flat()).map(String);
    expect(formulas.some((f) => f.includes("'Audit'!$D$4:$D$5"))).toBe(true);
  });

  it("names a bad cell by its address on the user's sheet", () => {
    const bad = { ...stores, values: [stores.values[0], ["S1", "North", "lots", true, true]] };
    const built = distributionInPlacePlan({ ...bad, address: "B3:F4" }, "Audit");
    expect(built.ok ? [] : built.errors.map((e) => e.path)).toEqual(["'Audit'!D4"]);
  });

  it("names a problem of the header row by the row's address", () => {
    const noPeriods = { ...stores, values: stores.values.map((row) => row.slice(0, 3)) };
    const built = distributionInPlacePlan({ ...noPeriods, address: "B3:D5" }, "Audit");
    expect(built.ok ? [] : built.errors.map((e) => e.path)).toEqual(["'Audit'!B3:D3"]);
  });

  it("refuses an empty selection", () => {
    const built = distributionInPlacePlan({ sheet: "Audit", address: "B3", values: [] }, "Audit");
    expect(built.ok ? [] : built.errors.map((e) => e.path)).toEqual([""]);
  });
});

describe("surveyInPlacePlan", () => {
  const answers = {
    sheet: "Answers",
    address: "A1:B3",
    values: [
      ["group", "Play zone"],
      ["Families", 5],
      ["Teens", 3],
    ],
  };

  it("checks the form against the groups and services read from the selection", () => {
    const built = surveyInPlacePlan(answers, { name: "Survey", dailyVisitors: -1, effects: [] });
    expect(built.ok).toBe(false);
  });

  it("refuses an empty selection before reading the form", () => {
    const built = surveyInPlacePlan({ ...answers, values: [] }, null);
    expect(built.ok ? [] : built.errors.map((e) => e.path)).toEqual([""]);
  });
});
