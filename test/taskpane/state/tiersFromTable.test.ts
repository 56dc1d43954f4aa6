import { tiersFromTable } from "../../../src/taskpane/state/tiersFromTable";

describe("tiersFromTable", () => {
  it("reads a table with headers in any order and wording", () => {
    const result = tiersFromTable([
      [
        "Required margin",
        "Tier",
        "Orders per period",
        "Minimum quantity",
        "Avg units per order",
        "Notes",
      ],
      [0.2, "1-9", 400, 1, 4, "retail"],
      [0.12, "10-49", 120, 10, 20, null],
      [null, null, null, null, null, null],
      [0.06, "50+", 30, 50, 120, ""],
    ]);
    expect(result).toEqual({
      ok: true,
      ignoredColumns: ["Notes"],
      tiers: [
        { label: "1-9", minQty: "1", orders: "400", unitsPerOrder: "4", minMargin: "0.2" },
        { label: "10-49", minQty: "10", orders: "120", unitsPerOrder: "20", minMargin: "0.12" },
        { label: "50+", minQty: "50", orders: "30", unitsPerOrder: "120", minMargin: "0.06" },
      ],
    });
  });

  it("accepts the column labels of the pane's own tier table", () => {
    // The labels TierEditor shows, as a user would copy them into a sheet.
    const result = tiersFromTable([
      ["Label", "Min qty (units)", "Orders / period", "Units / order", "Min margin"],
      ["1-9", 1, 400, 4, 0.2],
    ]);
    expect(result).toEqual({
      ok: true,
      ignoredColumns: [],
      tiers: [{ label: "1-9", minQty: "1", orders: "400", unitsPerOrder: "4", minMargin: "0.2" }],
    });
  });

  it.each([
    ["Orders/period"],
    ["orders / period"],
    ["Orders (per period)"],
    ["Orders, per period"],
  ])("reads %p as the orders column", (header) => {
    const result = tiersFromTable([
      ["min qty", header, "units per order", "min margin"],
      [1, 10, 2, 0.1],
    ]);
    expect(result.ok && result.tiers[0].orders).toBe("10");
  });

  it("names tiers when the table has no label column", () => {
    const result = tiersFromTable([
      ["min qty", "orders", "units per order", "min margin"],
      [1, 10, 2, 0.1],
    ]);
    expect(result.ok && result.tiers[0].label).toBe("Tier 1");
  });

  it("says which headers are missing", () => {
    expect(
      tiersFromTable([
        ["Tier", "Orders"],
        ["a", 1],
      ])
    ).toEqual({
      ok: false,
      message:
        "The selection's first row must be headers. Missing: Min qty, Units per order, Min margin.",
    });
  });

  it("needs a header row and at least one row", () => {
    expect(tiersFromTable([["min qty", "orders", "units per order", "min margin"]]).ok).toBe(false);
    expect(tiersFromTable([]).ok).toBe(false);
  });

  it("keeps text as typed so validation can point at it", () => {
    const result = tiersFromTable([
      ["min qty", "orders", "units per order", "min margin"],
      ["ten", 10, 2, "12%"],
    ]);
    expect(result.ok && result.tiers[0]).toMatchObject({ minQty: "ten", minMargin: "12%" });
  });
});
