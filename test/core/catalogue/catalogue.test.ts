/**
 * The catalogue as a whole: the issue's function list, complete help data,
 * every example reproduced through the shared evaluation path, and one named
 * test per argument-level error branch of every function (generated from the
 * declarations, so a new argument gets its tests automatically).
 */
import {
  CATALOGUE,
  CatalogueEntry,
  evaluate,
  findEntry,
  type ResultRow,
} from "../../../src/core/catalogue";
import { ArgDecl } from "../../../src/core/args";
import { isPassedError } from "../../../src/core/errors";
import { isCalcError } from "../../../src/core/errors";

const ISSUE_FUNCTIONS = [
  "ROMI",
  "ROMI_RATING",
  "ROI",
  "SALES_LIFT_PER_COST",
  "COST_PER_EXTRA_UNIT",
  "TM_COST_SHARE",
  "NUMERIC_DIST",
  "WEIGHTED_DIST",
  "CLEAN_DIST",
  "PARTICIPATION_RATE",
  "NEW_CUSTOMER_SHARE",
  "AKB_GROWTH", // issue 13
  "POSM_PROFIT",
  "POSM_ROI",
  "POSM_PAYBACK",
  "TEMP_POSM_PROFIT",
  "PROMO_INCREMENT",
  "BUNDLE_DISCOUNT",
  "BREAKEVEN_LIFT",
  "CPL",
  "BREAKEVEN_UNITS",
  "MARKET_VOLUME",
  "ARPU",
  "CHURN_RATE",
  "BRAND_AWARENESS", // issue 13
  "CPC",
  "LOYALTY_INDEX",
  "REDEMPTION_RATE",
  "ENGAGEMENT_RATE",
  "REPEAT_RATE",
  "CONVERSION_RATE", // issue 13
  "RETENTION_RATE", // issue 13
  "CLV", // issue 13
  "SERVICE_EFFECT",
  "INFLUENCE_COEF",
  "HYPOTHESIS_CONFIRMED",
  "ADBUDG",
  "VIDALE_WOLFE",
  "ADBUDG_CALIBRATE",
  "ADBUDG_FIT",
];

function close(actual: unknown, expected: number | string | boolean | ResultRow): boolean {
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((row, i) => row.every((x, j) => close((actual[i] as unknown[])[j], x)))
    );
  if (typeof expected !== "number" || typeof actual !== "number") return actual === expected;
  return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
}

describe("the catalogue", () => {
  it("holds exactly the functions of issues 3, 12 and 13, in article order", () => {
    expect(CATALOGUE.map((e) => e.name)).toEqual(ISSUE_FUNCTIONS);
  });

  it("finds a function by its Excel name, case-insensitively, with or without MKT.", () => {
    expect(findEntry("romi")?.name).toBe("ROMI");
    expect(findEntry("MKT.Weighted_Dist")?.name).toBe("WEIGHTED_DIST");
    expect(findEntry("SUM")).toBeUndefined();
  });

  it.each(CATALOGUE.map((e) => [e.name, e] as const))("%s has complete help data", (_, entry) => {
    expect(entry.anchor).toBe(entry.name.toLowerCase());
    expect(entry.summary).toMatch(/^[A-Z].{20,}\.$/);
    expect(entry.summary.length).toBeLessThanOrEqual(160);
    expect(entry.returns.length).toBeGreaterThan(5);
    expect(entry.formula.length).toBeGreaterThan(5);
    expect(entry.section).toMatch(/^§\d+(\.\d+)?$/);
    expect(entry.example.source.length).toBeGreaterThan(5);
    // Every scalar function has a native twin; a function returning a row of cells has none
    // (a twin is one cell's formula) and its notes say what to use instead.
    if (Array.isArray(entry.example.expected))
      expect(entry.notes.some((n) => n.startsWith("No native twin"))).toBe(true);
    else expect(entry.twin).not.toBeNull();
    let seenOptional = false;
    for (const arg of entry.args) {
      expect(arg.name).toMatch(/^[a-z][a-z_]*(_[0-9])?$/); // spend_1, spend_2: issue 12 names them so
      expect(arg.description.length).toBeGreaterThan(15);
      if (arg.optional) seenOptional = true;
      else expect(seenOptional).toBe(false); // optional arguments come last
      if (arg.optional && arg.kind !== "range") expect(arg.default).toBeDefined();
      // Issue 3: every optional argument says what a blank cell does, web (empty) and desktop (0).
      if (arg.optional) expect(arg.blankNote).toMatch(/desktop/);
    }
  });

  it("gives the article's interpretation bands", () => {
    expect(findEntry("ROMI")!.bands!.map((b) => b.when)).toEqual([
      "< 30%",
      "≥ 30%",
      "≥ 50%",
      "≥ 80%",
      "≥ 200%",
    ]);
    expect(findEntry("TM_COST_SHARE")!.bands![0].when).toBe("≤ 10%");
    expect(findEntry("REDEMPTION_RATE")!.bands![0]).toEqual({
      when: "< 20%",
      meaning: "the loyalty programme does not work",
    });
  });

  it("records every Decision of formulas.md in the help of the function it concerns", () => {
    const decisions = (name: string) =>
      findEntry(name)!.notes.filter((n) => n.startsWith("Decision")).length;
    expect(decisions("ROMI")).toBe(1);
    expect(decisions("WEIGHTED_DIST")).toBe(1);
    expect(decisions("NUMERIC_DIST")).toBe(1);
    for (const name of ["POSM_PROFIT", "POSM_ROI"]) expect(decisions(name)).toBe(1);
    expect(findEntry("POSM_PAYBACK")!.notes.join(" ")).toMatch(/never pays back/);
  });

  it.each(CATALOGUE.map((e) => [e.name, e] as const))(
    "%s reproduces its documented example",
    (_, entry) => {
      const result = evaluate(entry, entry.example.args as unknown[]);
      expect(close(result, entry.example.expected)).toBe(true);
    }
  );
});

/** The example's arguments with one replaced. */
function withArg(entry: CatalogueEntry, index: number, value: unknown): unknown[] {
  const args: unknown[] = [...entry.example.args];
  args[index] = value;
  return args;
}

type Case = [string, CatalogueEntry, number, unknown, string];

function argumentCases(): Case[] {
  const cases: Case[] = [];
  for (const entry of CATALOGUE) {
    entry.args.forEach((arg: ArgDecl, i) => {
      const label = `${entry.name}(${arg.name})`;
      if (arg.kind === "range") {
        cases.push([`${label}: a ragged range is #VALUE!`, entry, i, [[1, 1], [1]], "VALUE"]);
        cases.push([`${label}: text in a cell is #VALUE!`, entry, i, [["abc"]], "VALUE"]);
        cases.push([`${label}: a negative cell is #NUM!`, entry, i, [[-1]], "NUM"]);
        return;
      }
      if (arg.kind === "text") {
        cases.push([`${label}: an unknown word is #VALUE!`, entry, i, "xx", "VALUE"]);
        return;
      }
      cases.push([`${label}: text is #VALUE!`, entry, i, "ten", "VALUE"]);
      cases.push([`${label}: TRUE is #VALUE!`, entry, i, true, "VALUE"]);
      if (arg.kind === "share")
        cases.push([`${label}: a share above 1 is #NUM!`, entry, i, 1.5, "NUM"]);
      if (arg.kind === "count")
        cases.push([`${label}: a fractional count is #NUM!`, entry, i, 2.5, "NUM"]);
      const min =
        arg.bounds?.min ?? (["money", "count", "share"].includes(arg.kind) ? 0 : undefined);
      if (min !== undefined)
        cases.push([`${label}: below ${min} is #NUM!`, entry, i, min - 1, "NUM"]);
      if (arg.bounds?.zeroIsDivision) cases.push([`${label}: 0 is #DIV/0!`, entry, i, 0, "DIV0"]);
      else if (arg.bounds?.minExclusive) cases.push([`${label}: 0 is #NUM!`, entry, i, 0, "NUM"]);
      if (arg.bounds?.max !== undefined)
        cases.push([
          `${label}: above ${arg.bounds.max} is #NUM!`,
          entry,
          i,
          arg.bounds.max + 1,
          "NUM",
        ]);
    });
  }
  return cases;
}

describe("argument errors of every function", () => {
  it.each(argumentCases())("%s", (_, entry, index, value, kind) => {
    const result = evaluate(entry, withArg(entry, index, value));
    expect(isCalcError(result) && result.kind).toBe(kind);
    expect(isCalcError(result) && result.message).toContain(entry.args[index].name);
  });

  it.each(CATALOGUE.map((e) => [e.name, e] as const))(
    "%s passes an incoming error value through unchanged",
    (_, entry) => {
      const na = { code: "#N/A", message: "from a lookup" };
      const arg = entry.args[0];
      const result = evaluate(entry, withArg(entry, 0, arg.kind === "range" ? [[na]] : na));
      expect(isPassedError(result) && result.original).toBe(na);
    }
  );

  it.each([
    [
      "NUMERIC_DIST",
      [
        [[1], [0]],
        [[1], [1], [1]],
      ],
    ],
    ["WEIGHTED_DIST", [[[1], [2]], [[true, false]]]],
  ])("%s: ranges of different shapes are #VALUE!", (name, args) => {
    const result = evaluate(findEntry(name)!, args);
    expect(isCalcError(result) && result.kind).toBe("VALUE");
    expect(isCalcError(result) && result.message).toMatch(/same shape/);
  });

  it("a share typed as a percentage number tells how to type it", () => {
    const result = evaluate(findEntry("ROMI")!, [150000, 50000, 40]);
    expect(result).toEqual({
      kind: "NUM",
      message: "gross_margin is a share between 0 and 1: type 40% or 0.4, not 40",
    });
  });

  it("ROMI_RATING with no language speaks English so a shared workbook reads the same everywhere", () => {
    expect(evaluate(findEntry("ROMI_RATING")!, [0.6])).toBe("good");
    expect(evaluate(findEntry("ROMI_RATING")!, [0.6, "RU"])).toBe("хороший");
    expect(evaluate(findEntry("ROMI_RATING")!, [0.6, "kk"])).toBe("жақсы");
  });

  it("LOYALTY_INDEX takes shares without total and counts with it", () => {
    expect(evaluate(findEntry("LOYALTY_INDEX")!, [0.3, 0.2])).toBeCloseTo(0.1, 15);
    expect(evaluate(findEntry("LOYALTY_INDEX")!, [90, 60, 300])).toBeCloseTo(0.1, 15);
    expect(evaluate(findEntry("LOYALTY_INDEX")!, [90, 60])).toMatchObject({ kind: "NUM" });
  });

  it("CLV names its source articles and says the current period's margin is not included", () => {
    const notes = findEntry("CLV")!.notes.join(" ");
    expect(notes).toMatch(/Gupta and Lehmann/);
    expect(notes).toMatch(/Маркетинг взаимоотношений как современная концепция маркетинга/);
    expect(notes).toMatch(/current period's margin is not included/);
  });

  it("AKB_GROWTH's help says the absolute growth is a subtraction", () => {
    expect(findEntry("AKB_GROWTH")!.notes.join(" ")).toMatch(/plain subtraction/);
  });

  it.each([
    ["RETENTION_RATE", /SMART-маркетинг/],
    ["CONVERSION_RATE", /SMART-маркетинг/],
    ["BRAND_AWARENESS", /Методы оценки эффективности маркетинговой стратегии/],
    ["AKB_GROWTH", /Маркетингтік науқанның тиімділігін/],
  ])("%s names its source article by title", (name, title) => {
    expect(findEntry(name)!.notes.join(" ")).toMatch(title);
  });

  it("PROMO_INCREMENT defaults to 11 months after and 30 days a month, as in the article", () => {
    const entry = findEntry("PROMO_INCREMENT")!;
    const base = [20, 0.1, 5, 60, 8, 4, 20];
    expect(evaluate(entry, base)).toBe(evaluate(entry, [...base, 11, 30]));
    expect(evaluate(entry, [...base, null, null])).toBe(evaluate(entry, [...base, 11, 30]));
  });
});

describe("desktop blanks (0) in optional arguments", () => {
  it("HYPOTHESIS_CONFIRMED: a threshold of 0 is #NUM!, telling the user to leave the argument out", () => {
    const result = evaluate(findEntry("HYPOTHESIS_CONFIRMED")!, [[[4], [1], [1], [1]], 0]);
    expect(result).toEqual({
      kind: "NUM",
      message: expect.stringMatching(/threshold must be greater than 0.*leave the argument out/),
    });
    expect(evaluate(findEntry("HYPOTHESIS_CONFIRMED")!, [[[4], [1], [1], [1]], null])).toBe(false);
  });

  it("PROMO_INCREMENT: days_per_month 0 is #NUM! with the same advice, not #DIV/0!", () => {
    const result = evaluate(findEntry("PROMO_INCREMENT")!, [20, 0.1, 5, 60, 8, 4, 20, null, 0]);
    expect(result).toEqual({
      kind: "NUM",
      message: expect.stringMatching(
        /days_per_month must be greater than 0.*leave the argument out/
      ),
    });
  });

  it("PROMO_INCREMENT: months_after 0 stays a real 0 (a promo in the year's last month)", () => {
    const entry = findEntry("PROMO_INCREMENT")!;
    const base = [20, 0.1, 5, 60, 8, 4, 20];
    expect(evaluate(entry, [...base, 0])).not.toBe(evaluate(entry, base));
    expect(evaluate(entry, [...base, 0])).toBeCloseTo((7400 * 0.1 - 20 - 720) / 720, 12);
  });

  it("ROMI: a gross_margin of 0 is #NUM! with the advice (it would make every ROMI -100%)", () => {
    const result = evaluate(findEntry("ROMI")!, [150000, 50000, 0]);
    expect(result).toEqual({
      kind: "NUM",
      message: expect.stringMatching(/gross_margin must be greater than 0.*leave the argument out/),
    });
  });

  it("ROMI_RATING: a numeric 0 for the language is the default, English", () => {
    expect(evaluate(findEntry("ROMI_RATING")!, [0.6, 0])).toBe("good");
    expect(evaluate(findEntry("ROMI_RATING")!, [0.6, 1])).toMatchObject({ kind: "VALUE" });
  });

  it("LOYALTY_INDEX: a total of 0 is #DIV/0! (a real denominator) with the advice in its message", () => {
    const result = evaluate(findEntry("LOYALTY_INDEX")!, [0.3, 0.2, 0]);
    expect(result).toEqual({
      kind: "DIV0",
      message: expect.stringMatching(/total must be greater than 0.*leave the argument out/),
    });
  });
});

describe("results", () => {
  it("never lets a non-finite result out: an overflowing result is #NUM!", () => {
    const result = evaluate(findEntry("ROI")!, [1e308, 0, 1e308, 1]);
    expect(result).toMatchObject({ kind: "NUM", message: expect.stringMatching(/too large/) });
  });
});
