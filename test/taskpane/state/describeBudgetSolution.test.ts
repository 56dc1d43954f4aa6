/**
 * The budget result card's words (state/describeBudgetSolution): figures of
 * the reference example as the engine solves it, the certificate as a plain
 * sentence that never claims more than was proved, in English and Russian.
 */
import { optimiseBudget, type BudgetSolution } from "../../../src/core/budget";
import { setLocale } from "../../../src/core/i18n";
import { formatMoney } from "../../../src/core/numberFormat";
import { BUDGET_EXAMPLE } from "../../../src/taskpane/state/budgetForm";
import {
  describeBudgetSolution,
  provedShare,
} from "../../../src/taskpane/state/describeBudgetSolution";

afterEach(() => setLocale("en"));

type Optimal = Extract<BudgetSolution, { status: "optimal" }>;
const solved = () => optimiseBudget(BUDGET_EXAMPLE) as Optimal;

describe("describeBudgetSolution", () => {
  it("the reference example: profit before and after, the change, each channel's spend and marginal return", () => {
    const s = solved();
    const summary = describeBudgetSolution(s, BUDGET_EXAMPLE);
    if (summary.status !== "optimal") throw new Error("expected optimal");
    expect(summary.profitBefore).toBe(formatMoney(s.currentProfit!, "KZT"));
    expect(summary.change).toBe(`+${formatMoney(s.totalProfit - s.currentProfit!, "KZT")}`);
    expect(summary.spent).toBe(`${formatMoney(s.totalSpend, "KZT")} of 12,000,000`);
    expect(summary.channels.map((c) => c.label)).toEqual(["Retail chains", "Traditional trade"]);
    expect(summary.channels[0].today).toBe("3,000,000");
    // Both channels lie inside their bounds: at the optimum their marginal returns are equal.
    expect(summary.channels[0].marginal).toBe(summary.channels[1].marginal);
    expect(summary.certificate).toMatch(/^Proved optimal within 0\.0001% of profit: /);
  });

  it("reads in Russian", () => {
    setLocale("ru");
    const summary = describeBudgetSolution(solved(), BUDGET_EXAMPLE);
    expect(summary.status === "optimal" && summary.certificate).toMatch(
      /^Доказано: оптимум с точностью 0,0001\s% прибыли/
    );
  });

  it("a search stopped by its node cap says it is not proved beyond its gap", () => {
    const s = solved();
    const capped: Optimal = {
      ...s,
      certificate: { ...s.certificate, reachedTarget: false, gapBound: s.totalProfit * 0.0123 },
    };
    const summary = describeBudgetSolution(capped, BUDGET_EXAMPLE);
    expect(summary.status === "optimal" && summary.certificate).toMatch(
      /^Best split found, proved within 1\.3% of profit: the search stopped/
    );
  });

  it("without today's spend for every channel there is no before and no change", () => {
    const model = {
      ...BUDGET_EXAMPLE,
      channels: BUDGET_EXAMPLE.channels.map((c, i) => (i === 1 ? { ...c, current: null } : c)),
    };
    const summary = describeBudgetSolution(optimiseBudget(model), model);
    expect(summary.status === "optimal" && [summary.profitBefore, summary.change]).toEqual([
      null,
      null,
    ]);
  });

  it("infeasible: the engine's reason", () => {
    const model = { ...BUDGET_EXAMPLE, budget: 100_000 };
    const summary = describeBudgetSolution(optimiseBudget(model), model);
    expect(summary.status).toBe("infeasible");
    expect(summary.status === "infeasible" && summary.message).toMatch(/minimum spends/i);
  });
});

describe("provedShare rounds the gap up, never down", () => {
  it.each([
    [0, 1000, "0.0001%"],
    [1e-9, 1, "0.0001%"],
    [0.1234, 1000, "0.013%"],
    [5, 1000, "0.5%"],
    // Relative to at least one money unit, as the engine's stopping rule.
    [0.5, 0, "50%"],
  ])("gap %p on profit %p is %p", (gap, profit, text) => {
    expect(provedShare(gap, profit)).toBe(text);
  });
});
