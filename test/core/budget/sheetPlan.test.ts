import {
  buildBudgetSheetPlan,
  budgetSheetRows,
  channelCurve,
  optimiseBudget,
  BUDGET_MARKER_NAME,
  type BudgetModelInput,
} from "../../../src/core/budget";
import { CURVE_POINTS } from "../../../src/core/budget/sheetSections";
import { chartSpecProblems } from "../../../src/core/sheet/chartSpec";
import { PlanEngine } from "../discount/planEngine";
import { H1_TRADE, model, sCurve } from "./fixtures";
import { generateModels } from "../../../testkit/budget/generateModels";

function optimalSpend(m: BudgetModelInput): { spend: number[]; profit: number } {
  const s = optimiseBudget(m);
  if (s.status !== "optimal") throw new Error("expected optimal");
  return { spend: s.channels.map((c) => c.spend), profit: s.totalProfit };
}

const REGIONS = model(
  [
    sCurve("North", { current: 100 }),
    sCurve("South", { current: 50, margin: 0.8 }, 2.5, 150),
    {
      label: "Online",
      min: 20,
      max: 300,
      current: 60,
      margin: 0.9,
      response: { model: "vidale-wolfe", responseRate: 2, saturationSales: 500, decayRate: 0.4 },
    },
  ],
  420
);

describe("buildBudgetSheetPlan: the sheet computes what the engine optimises (HyperFormula)", () => {
  const cases: [string, BudgetModelInput][] = [
    ["the reference example", H1_TRADE],
    ["S-curves and a Vidale-Wolfe channel", REGIONS],
    ...generateModels(77, 4, { channels: 12 }).map((m, i): [string, BudgetModelInput] => [
      `generated model ${i}`,
      m,
    ]),
  ];
  it.each(cases)("%s: objective, responses, profits and marginal returns", (_, m) => {
    const { spend, profit } = optimalSpend(m);
    const plan = buildBudgetSheetPlan(m, { spend });
    const hf = new PlanEngine(plan);
    const R = budgetSheetRows(m.channels.length);
    const objective = hf.value(hf.rangeOfName("mkt_objective")) as number;
    expect(objective).toBeCloseTo(profit, 6);
    m.channels.forEach((ch, i) => {
      const curve = channelCurve(ch);
      const row = R.decision(i);
      expect(hf.value(`C${row}`)).toBeCloseTo(curve.response(spend[i]), 6);
      expect(hf.value(`D${row}`)).toBeCloseTo(curve.profit(spend[i]), 6);
      expect(hf.value(`E${row}`)).toBeCloseTo(curve.slope(spend[i]), 6);
    });
  });

  it("the objective follows the decision cells (Solver's view)", () => {
    const plan = buildBudgetSheetPlan(REGIONS);
    const hf = new PlanEngine(plan);
    const spend = [150, 120, 80];
    hf.setColumn(hf.rangeOfName("mkt_decisions"), spend);
    const expected = REGIONS.channels.reduce(
      (a, ch, i) => a + channelCurve(ch).profit(spend[i]),
      0
    );
    expect(hf.value(hf.rangeOfName("mkt_objective"))).toBeCloseTo(expected, 8);
  });

  it("profit at current spends is the engine's currentProfit", () => {
    const s = optimiseBudget(REGIONS);
    if (s.status !== "optimal") throw new Error("expected optimal");
    const hf = new PlanEngine(buildBudgetSheetPlan(REGIONS));
    const R = budgetSheetRows(3);
    expect(hf.value(`B${R.currentProfit}`)).toBeCloseTo(s.currentProfit as number, 6);
  });

  it("the curve data is each channel's response from 0 to its maximum", () => {
    const hf = new PlanEngine(buildBudgetSheetPlan(REGIONS));
    const R = budgetSheetRows(3);
    REGIONS.channels.forEach((ch, i) => {
      const first = R.curveHeader(i) + 1;
      const last = first + CURVE_POINTS - 1;
      expect(hf.value(`A${first}`)).toBe(0);
      expect(hf.value(`A${last}`)).toBeCloseTo(ch.max, 9);
      const mid = first + 16;
      const x = hf.value(`A${mid}`) as number;
      expect(hf.value(`B${mid}`)).toBeCloseTo(channelCurve(ch).response(x), 8);
    });
  });
});

describe("buildBudgetSheetPlan: what the sheet carries", () => {
  const plan = buildBudgetSheetPlan(REGIONS, { note: "From the MKT optimiser." });
  const names = new Map(plan.names.map((n) => [n.name, n]));

  it("every computed cell is a native formula (no MKT. function)", () => {
    const formulas = plan.blocks.flatMap((b) =>
      b.cells.flat().filter((v): v is string => typeof v === "string" && v.startsWith("="))
    );
    expect(formulas.length).toBeGreaterThan(3 * CURVE_POINTS);
    for (const f of formulas) expect(f).not.toMatch(/MKT\./i);
  });

  it("names the decisions, the objective and the marker, all hidden", () => {
    expect(names.get("mkt_decisions")?.refersTo).toEqual({ range: "B18:B20" });
    expect(names.get("mkt_objective")?.refersTo).toEqual({ range: "B26" });
    expect(names.get(BUDGET_MARKER_NAME)?.refersTo).toEqual({ value: "budget-model-v1" });
    expect([...names.values()].every((n) => n.hidden)).toBe(true);
  });

  it("stores the Solver model: maximise the objective over the spends within bounds and the budget", () => {
    const value = (n: string) => names.get(n)?.refersTo;
    expect(value("solver_opt")).toEqual({ range: "B26" });
    expect(value("solver_typ")).toEqual({ value: 1 });
    expect(value("solver_adj")).toEqual({ range: "B18:B20" });
    expect(value("solver_num")).toEqual({ value: 3 });
    expect([value("solver_lhs1"), value("solver_rel1"), value("solver_rhs1")]).toEqual([
      { range: "B18:B20" },
      { value: 3 },
      { range: "F18:F20" },
    ]);
    expect([value("solver_lhs2"), value("solver_rel2"), value("solver_rhs2")]).toEqual([
      { range: "B18:B20" },
      { value: 1 },
      { range: "G18:G20" },
    ]);
    expect([value("solver_lhs3"), value("solver_rel3"), value("solver_rhs3")]).toEqual([
      { range: "B23" },
      { value: 1 },
      { range: "B6" },
    ]);
    expect(value("solver_msl")).toEqual({ value: 1 });
  });

  it("spending all of the budget is an equality in the Solver model", () => {
    const all = buildBudgetSheetPlan({ ...REGIONS, spendAll: true });
    expect(all.names.find((n) => n.name === "solver_rel3")?.refersTo).toEqual({ value: 2 });
  });

  it("draws one valid response-curve chart per channel with its current and sheet spend", () => {
    expect(plan.charts).toHaveLength(3);
    for (const chart of plan.charts) expect(chartSpecProblems(chart)).toEqual([]);
    expect(plan.charts[0].series.map((s) => s.name)).toEqual([
      "Response curve",
      "Current spend",
      "Spend in the sheet",
    ]);
    expect(plan.charts[0].series[2]).toMatchObject({
      values: { address: "C18" },
      categories: { address: "B18" },
    });
  });

  it("a channel without a current spend gets no current point", () => {
    const p = buildBudgetSheetPlan(model([sCurve("A"), sCurve("B", { current: 10 })], 300));
    expect(p.charts[0].series.map((s) => s.name)).toEqual(["Response curve", "Spend in the sheet"]);
    expect(p.charts[1].series).toHaveLength(3);
  });

  it("starts the spend cells at the minimums unless given spends", () => {
    const hf = new PlanEngine(buildBudgetSheetPlan(REGIONS));
    expect(hf.values("B18:B20")).toEqual([[0], [0], [20]]);
  });

  it("puts the note under the notes", () => {
    const notes = plan.blocks.find((b) => b.role === "note");
    expect(notes?.cells.flat()).toContain("From the MKT optimiser.");
  });

  it("puts the notes under the summary, one paragraph a row across A:G, and prints A:M landscape without the charts' data", () => {
    const R = budgetSheetRows(REGIONS.channels.length);
    const notes = plan.blocks.find((b) => b.role === "note")!;
    expect(notes.address).toBe(`A${R.note}:A${R.note + 4}`);
    expect(R.note).toBeGreaterThan(R.currentProfit);
    expect(R.chartsHeading).toBeGreaterThan(R.note + 4);
    expect(plan.merges).toEqual(
      expect.arrayContaining([0, 1, 2, 3, 4].map((i) => `A${R.note + i}:G${R.note + i}`))
    );
    for (let i = 0; i < 5; i++)
      expect(plan.rowHeights?.find((h) => h.row === R.note + i)?.height).toBeGreaterThan(15);
    expect(plan.page).toEqual({
      orientation: "landscape",
      printArea: `A1:M${R.curvesHeading - 1}`,
    });
    expect(plan.columnWidths.map((w) => w.column).join("")).toBe("ABCDEFGHIJKLM");
  });

  it("rejects spends of the wrong length (a programming error)", () => {
    expect(() => buildBudgetSheetPlan(REGIONS, { spend: [1] })).toThrow(/1 spends for 3 channels/);
  });
});
