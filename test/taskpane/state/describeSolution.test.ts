import { msg, render, setLocale, translate } from "../../../src/core/i18n";
import { optimiseDiscounts } from "../../../src/core/discount";
import { describeSolution, gapInWords } from "../../../src/taskpane/state/describeSolution";
import { formatMoney, formatPercent } from "../../../src/core/numberFormat";
import { ARTICLE_EXAMPLE } from "../../../src/taskpane/state/modelForm";

describe("describeSolution", () => {
  it("summarises the article's example as the card shows it", () => {
    const solution = optimiseDiscounts(ARTICLE_EXAMPLE);
    if (solution.status !== "optimal") throw new Error("expected optimal");
    const s = describeSolution(solution, "KZT");
    if (s.status !== "optimal") throw new Error("expected optimal");
    expect(s.profitBefore).toBe(formatMoney(3_470_000, "KZT"));
    expect(s.profitAfter).toBe(formatMoney(solution.profit, "KZT"));
    expect(s.uplift).toMatch(/^\+KZT\s?[\d,]+ \(\+6\.\d%\)$/);
    expect(s.tiers.map((t) => t.label)).toEqual(["1-9", "10-49", "50+"]);
    expect(s.tiers[0].discount).toBe("0.0%");
    expect(s.bindingFloors).toEqual(solution.tiers.filter((t) => t.floorBinds).map((t) => t.label));
    expect(s.certificate[0]).toMatch(
      /^This is the best plan, not just a good one: every tier's discount was checked on a grid of 0\.1 percentage points/
    );
    expect(s.certificate[1]).toBe(render("en", solution.certificate.explanation));
  });

  it("says the optimiser's words in the pane's language of the moment, not the one Optimise ran in", () => {
    // What the worker answers: solved while the pane spoke English.
    const infeasible = optimiseDiscounts({
      ...ARTICLE_EXAMPLE,
      tiers: ARTICLE_EXAMPLE.tiers.map((tier, i) =>
        i === 1 ? { ...tier, minMargin: 0.99 } : tier
      ),
    });
    const optimal = optimiseDiscounts(ARTICLE_EXAMPLE);
    if (infeasible.status !== "infeasible" || optimal.status !== "optimal")
      throw new Error("expected one infeasible and one optimal solution");
    try {
      setLocale("ru"); // the user switches the pane to Russian after Optimise
      const card = describeSolution(infeasible, "KZT");
      expect(card.status === "infeasible" && card.message).toBe(
        translate("ru", "pane.result.infeasible", {
          tier: infeasible.tierLabel,
          reason: render("ru", infeasible.message),
        })
      );
      expect(card.status === "infeasible" && card.message).toMatch(
        /минимальной маржи 99\u00a0% ни при какой скидке от 0 до 30\u00a0%/
      );
      const shown = describeSolution(optimal, "KZT");
      expect(shown.status === "optimal" && shown.certificate[1]).toMatch(
        /^Точное динамическое программирование/
      );
    } finally {
      setLocale("en");
    }
  });

  it("names the tier when the model is infeasible", () => {
    const s = describeSolution(
      {
        status: "infeasible",
        tierIndex: 1,
        tierLabel: "10-49",
        message: msg("opt.infeasible.floor", { tier: "10-49", margin: 0.5, max: 0.2 }),
      },
      "KZT"
    );
    expect(s).toEqual({
      status: "infeasible",
      message:
        'No discounts satisfy tier "10-49": ' +
        translate("en", "opt.infeasible.floor", { tier: "10-49", margin: 0.5, max: 0.2 }),
    });
  });

  it.each([
    [1234.4, "more than KZT 1,234 above it"],
    [0.0413, "more than KZT 0.04 above it"],
    [0.001, "even KZT 0.01 more"],
  ])("states a gap of %d as %s", (gap, words) => {
    expect(gapInWords(gap, "KZT").replace(/\u00a0/g, " ")).toBe(words);
  });

  it("formats money with ISO codes and with anything else the user typed", () => {
    expect(formatMoney(1234567.4, "USD")).toBe("$1,234,567");
    expect(formatMoney(1500, "tenge")).toBe("1,500 tenge");
    expect(formatMoney(1500, "")).toBe("1,500");
    expect(formatPercent(0.1384)).toBe("13.8%");
  });
});
