import {
  buildDistributionExportPlan,
  buildDistributionSheetPlan,
  distributionGroups,
} from "../../../src/core/guided/distribution/sheetPlan";
import {
  validateDistribution,
  type DistributionInput,
} from "../../../src/core/guided/distribution/input";
import { readDistributionTable } from "../../../src/core/guided/distribution/table";
import { mulberry32 } from "../../../testkit/random";
import { GuidedEngine, mkt } from "./guidedEngine";
import { example } from "./examples";
import { recordingTable } from "../table/recordingTable";
import { fieldErrorText } from "../../../src/core/fieldValidation";

const DISTRIBUTION_EXAMPLE = example("distribution.json", validateDistribution);

/** MKT.NUMERIC_DIST, WEIGHTED_DIST and CLEAN_DIST over the stores that sell the category. */
function reference(input: DistributionInput, stores = input.stores) {
  const selling = stores.filter((s) => s.sellsCategory);
  const col = (k: number) => selling.map((s) => [s.presence[k]]);
  return {
    dn: input.periods.map((_, k) =>
      mkt(
        "NUMERIC_DIST",
        col(k),
        selling.map(() => [true])
      )
    ),
    wd: input.periods.map((_, k) =>
      mkt(
        "WEIGHTED_DIST",
        selling.map((s) => [s.categorySales]),
        col(k)
      )
    ),
    clean: mkt(
      "CLEAN_DIST",
      selling.map((s) => s.presence)
    ),
  };
}

function randomInput(seed: number, stores: number, periods: number): DistributionInput {
  const r = mulberry32(seed);
  const presence = () => {
    const x = r();
    return x < 0.2 ? null : x < 0.4 ? false : x < 0.6 ? true : x < 0.8 ? 0 : Math.round(r() * 20);
  };
  return {
    name: `random ${seed}`,
    periods: Array.from({ length: periods }, (_, k) => `P${k + 1}`),
    stores: Array.from({ length: stores }, (_, i) => ({
      store: `S${i}`,
      group: ["North", "South", "East"][Math.floor(r() * 3)],
      categorySales: Math.round(r() * 5000) / 10,
      sellsCategory: r() > 0.15 || i === 0,
      // A store always present at least once, so CLEAN_DIST (which skips all-blank rows) counts every store.
      presence: Array.from({ length: periods }, (_, k) =>
        k === 0 ? 1 + Math.floor(r() * 3) : presence()
      ),
    })),
  };
}

const close = (got: unknown[], want: unknown[]) =>
  got.forEach((g, i) => expect(g as number).toBeCloseTo(want[i] as number, 12));

describe("distribution sheet (exported, over its data sheet)", () => {
  it.each([
    ["the reference's example", DISTRIBUTION_EXAMPLE],
    ["random list 1", randomInput(1, 60, 3)],
    ["random list 2", randomInput(2, 200, 6)],
  ])("%s: DN, WD per period and clean distribution equal the MKT functions", (_, input) => {
    const engine = new GuidedEngine(buildDistributionExportPlan(input));
    expect(engine.errors()).toEqual([]);
    const want = reference(input);
    close(engine.list("mkt_out_dn"), want.dn);
    close(engine.list("mkt_out_wd"), want.wd);
    close(engine.list("mkt_out_clean"), [want.clean]);
  });

  it("gives the same three by group", () => {
    const input = randomInput(3, 120, 4);
    const engine = new GuidedEngine(buildDistributionExportPlan(input));
    const groups = distributionGroups(input);
    const top = engine.plan.blocks.find((b) => b.cells[0][0] === groups[0] && b.role === "label")!;
    const firstRow = Number(/\d+/.exec(top.address)![0]);
    groups.forEach((g, i) => {
      const [row] = engine.values(`B${firstRow + i}:I${firstRow + i}`);
      const want = reference(
        input,
        input.stores.filter((s) => s.group === g)
      );
      expect(row[1]).toBeCloseTo(want.dn[0] as number, 12);
      expect(row[2]).toBeCloseTo(want.dn[3] as number, 12);
      expect(row[4]).toBeCloseTo(want.wd[0] as number, 12);
      expect(row[7]).toBeCloseTo(want.clean as number, 12);
    });
  });
});

describe("distribution sheet over the user's table in place", () => {
  const header = ["Store", "Group", "Category sales", "Jan", "Feb"];
  const rows = [
    ["A", "X", 100, true, 1],
    ["B", "X", 50, false, null],
    ["C", "Y", 30, 5, 0],
  ];
  const user = { "Audit 2027": [["Store list"], header, ...rows] };
  const table = readDistributionTable("Audit", {
    header,
    rows,
    decimalComma: false,
    where: (r, c) => `'Audit 2027'!${"ABCDE"[c]}${r + 3}`,
    whereHeader: (c) => `'Audit 2027'!${"ABCDE"[c]}2`,
  });

  it("refers to the user's range and computes from it", () => {
    expect(table.ok).toBe(true);
    if (!table.ok) return;
    const plan = buildDistributionSheetPlan({
      name: "Audit",
      periods: table.value.input.periods,
      groups: distributionGroups(table.value.input),
      source: { sheet: "Audit 2027", headerRow: 2, firstColumn: 1, rows: rows.length },
      columns: table.value.columns,
    });
    expect(plan.dataSheets).toBeUndefined();
    const formulas = plan.blocks
      .flatMap((b) => b.cells.flat())
      .filter((v) => typeof v === "string" && v.startsWith("="));
    expect(formulas.some((f) => String(f).includes("'Audit 2027'!$D$3:$D$5"))).toBe(true);
    const engine = new GuidedEngine(plan, user);
    expect(engine.list("mkt_out_dn")).toEqual([2 / 3, 1 / 3]);
    expect(engine.list("mkt_out_clean")).toEqual([1 / 3]);
    // Period labels come from the user's header.
    expect(engine.values("A12:A13").flat()).toEqual(["Jan", "Feb"]);
  });
});

describe("validateDistribution and readDistributionTable", () => {
  const store = DISTRIBUTION_EXAMPLE.stores[0];
  it.each([
    [
      { ...DISTRIBUTION_EXAMPLE, stores: [{ ...store, presence: [1, 0] }] },
      "stores[0].presence must have one entry per period: 3 (got 2)",
    ],
    [
      { ...DISTRIBUTION_EXAMPLE, stores: [{ ...store, presence: [1, "yes", 0] }] },
      'stores[0].presence[1] must be a finite number (got text "yes")',
    ],
    [
      { ...DISTRIBUTION_EXAMPLE, stores: [{ ...store, sellsCategory: false }] },
      "stores has no store that sells the category",
    ],
    [{ ...DISTRIBUTION_EXAMPLE, periods: [] }, "periods must have 1 to 24 entries (got 0)"],
  ])("JSON: names the field and the rule: %#", (raw, message) => {
    const result = validateDistribution(raw);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => fieldErrorText(e)).join("\n")).toContain(message);
  });

  const where = (r: number, c: number) => `line ${r + 2}, column ${c + 1}`;
  it.each([
    [["store", "group", "Jan"], [["A", "X", 1]], 'the column "category_sales" is missing'],
    [["store", "group", "category_sales"], [["A", "X", 1]], "no period columns"],
    [
      ["store", "group", "category_sales", "Jan"],
      [["A", "X", "lots", 1]],
      'line 2, column 3: category_sales must be a number (got "lots")',
    ],
    [
      ["store", "group", "category_sales", "Jan"],
      [["A", "X", 5, "yes"]],
      'line 2, column 4: presence in Jan must be TRUE/FALSE, 1/0 or a stock figure >= 0 (got "yes")',
    ],
    [
      ["store", "group", "category_sales", "Jan"],
      [["", "X", 5, 1]],
      "line 2, column 1: store is blank",
    ],
    [
      ["store", "group", "category_sales", "Jan"],
      [["A", "X", -5, 1]],
      "line 2, column 3: category_sales must be >= 0 (got -5)",
    ],
  ])("table: says what is wrong and where: %#", (header, rows, message) => {
    const result = readDistributionTable("t", {
      header,
      rows,
      decimalComma: false,
      where,
      whereHeader: (c) => `column ${c + 1}`,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => fieldErrorText(e)).join("\n")).toContain(message);
  });

  it("names a negative category_sales once in Russian (no doubled 'must be')", () => {
    const result = readDistributionTable("t", {
      header: ["store", "group", "category_sales", "Янв"],
      rows: [["A", "X", "-5,5", 1]],
      decimalComma: true,
      where,
      whereHeader: (c) => `column ${c + 1}`,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => fieldErrorText(e, "ru"))).toEqual([
        "line 2, column 3: category_sales: нужно число >= 0 (получено -5,5)",
      ]);
  });

  // Naming a place is a translated message: the readers ask for one only where there is a problem.
  it.each([
    [
      "a clean store list",
      [
        ["A", "X", 5, 1, 0],
        ["B", "X", 6, "", 3],
      ],
      [],
    ],
    [
      "one bad presence and one blank group",
      [
        ["A", "X", 5, 1, "yes"],
        ["B", "", 6, "", 3],
      ],
      ["0,4", "1,1"],
    ],
  ])("locates cells only for problems: %s", (_, rows, located) => {
    const { table, asked } = recordingTable(
      ["store", "group", "category_sales", "Jan", "Feb"],
      rows
    );
    readDistributionTable("t", table);
    expect(asked).toEqual(located);
  });

  it("reads decimal commas and Russian TRUE/FALSE from a ; file", () => {
    const result = readDistributionTable("t", {
      header: ["store", "group", "category_sales", "sells_category", "Янв"],
      rows: [
        ["A", "X", "12,5", "ИСТИНА", "ЛОЖЬ"],
        ["B", "X", "7,5", "ИСТИНА", "3"],
      ],
      decimalComma: true,
      where,
      whereHeader: (c) => `column ${c + 1}`,
    });
    expect(
      result.ok &&
        result.value.input.stores.map((s) => [s.categorySales, s.sellsCategory, s.presence[0]])
    ).toEqual([
      [12.5, true, false],
      [7.5, true, 3],
    ]);
  });
});
