/**
 * "Fill the curve" (state/curveFill): the catalogue's own worked examples of
 * MKT.ADBUDG_CALIBRATE and MKT.ADBUDG_FIT first, typed into the pane in
 * English and in Russian; then one test per way it can fail, each message at
 * the field it concerns.
 */
import { setLocale } from "../../../src/core/i18n";
import { emptyBudgetForm, type ChannelRow } from "../../../src/taskpane/state/budgetForm";
import {
  fillFromHistory,
  fillFromJudgement,
  parseHistory,
  type JudgementInput,
} from "../../../src/taskpane/state/curveFill";

afterEach(() => setLocale("en"));

/** A channel with the catalogue example's floor 1,000 and ceiling 5,000. */
function channel(floor = "1000", ceiling = "5000"): ChannelRow {
  const row = emptyBudgetForm().channels[0];
  return { ...row, curve: { ...row.curve, minResponse: floor, maxResponse: ceiling } };
}

const POINTS: JudgementInput = {
  spend1: "100000",
  response1: "3000",
  spend2: "200000",
  response2: "4200",
};

/** MKT.ADBUDG_FIT's example: the ADBUDG example's curve at six spends. */
const HISTORY = "0\t1000\n50000\t1800\n100000\t3000\n200000\t4200\n300000\t4600\n700000\t4920\n";

describe("fillFromJudgement (MKT.ADBUDG_CALIBRATE)", () => {
  it("the catalogue's example: halfway at 100,000 and 80% at 200,000 give γ = 2, K = 100,000", () => {
    const outcome = fillFromJudgement(channel(), POINTS, "North", "en");
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.values.shape).toBeCloseTo(2, 12);
    expect(outcome.values.halfSaturationSpend).toBeCloseTo(100000, 6);
    expect(outcome.message).toBe(
      "Filled the shape (2) and the half-saturation spend (100,000) of North."
    );
  });

  it("reads the points the Russian way", () => {
    setLocale("ru");
    const outcome = fillFromJudgement(
      channel("1 000", "5 000"),
      { spend1: "100 000", response1: "3000,0", spend2: "200000", response2: "4 200" },
      "Север",
      "ru"
    );
    expect(outcome.ok && outcome.values.shape).toBeCloseTo(2, 12);
  });

  it("without a floor and a ceiling it asks for them first", () => {
    const outcome = fillFromJudgement(channel("", "5000"), POINTS, "North", "en");
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          field: "",
          message:
            "Enter the channel's floor and ceiling first: the two points are read between them.",
        },
      ],
    });
  });

  it("a point on or outside the floor and the ceiling is named at its response", () => {
    const outcome = fillFromJudgement(channel(), { ...POINTS, response2: "5000" }, "North", "en");
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          field: "response2",
          message:
            "The response at spend 2 must lie strictly between the floor (1,000) and the ceiling (5,000): the curve only approaches them.",
        },
      ],
    });
  });

  it("a ceiling not above the floor", () => {
    const outcome = fillFromJudgement(channel("5000", "5000"), POINTS, "North", "en");
    expect(!outcome.ok && outcome.problems[0].message).toBe(
      "The ceiling must be greater than the floor."
    );
  });

  it("two equal spends are named at the second spend", () => {
    const outcome = fillFromJudgement(channel(), { ...POINTS, spend2: "100000" }, "North", "en");
    expect(!outcome.ok && outcome.problems[0]).toEqual({
      field: "spend2",
      message: "The two spends must differ: one spend cannot fix the slope of the curve.",
    });
  });

  it("a response that falls with the spend", () => {
    const outcome = fillFromJudgement(channel(), { ...POINTS, response2: "2000" }, "North", "en");
    expect(!outcome.ok && outcome.problems[0].message).toBe(
      "The response must rise with the spend for an ADBUDG curve."
    );
  });

  it("a spend of 0 is the function's own argument rule, at its field", () => {
    const outcome = fillFromJudgement(channel(), { ...POINTS, spend1: "0" }, "North", "en");
    expect(!outcome.ok && outcome.problems[0].field).toBe("spend1");
  });

  it("a point that is no number is a field problem, before anything is computed", () => {
    const outcome = fillFromJudgement(channel(), { ...POINTS, response1: "lots" }, "North", "en");
    expect(!outcome.ok && outcome.problems.map((p) => p.field)).toEqual(["response1"]);
  });
});

describe("fillFromHistory (MKT.ADBUDG_FIT)", () => {
  it("the catalogue's example: floor 1,000, ceiling 5,000, γ = 2, K = 100,000 recovered", () => {
    const outcome = fillFromHistory(HISTORY, "North", "en");
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { minResponse, maxResponse, shape, halfSaturationSpend } = outcome.values;
    expect(minResponse).toBeCloseTo(1000, 3);
    expect(maxResponse).toBeCloseTo(5000, 3);
    expect(shape).toBeCloseTo(2, 6);
    expect(halfSaturationSpend).toBeCloseTo(100000, 1);
    expect(outcome.message).toBe(
      "Filled the floor, ceiling, shape and half-saturation spend of North from 6 periods."
    );
  });

  it("reads semicolons and Russian numbers", () => {
    const ru = HISTORY.replace(/\t/g, "; ").replace("50000", "50 000,0");
    const parsed = parseHistory(ru, "ru");
    expect(parsed.ok && parsed.spend).toEqual([0, 50000, 100000, 200000, 300000, 700000]);
  });

  it("too few different spends", () => {
    const outcome = fillFromHistory("100\t10\n100\t12\n200\t15\n", "North", "en");
    expect(outcome).toEqual({
      ok: false,
      problems: [
        {
          field: "history",
          message:
            "Fitting four parameters needs at least 4 periods at 4 different spends; the history has 2 different spends.",
        },
      ],
    });
  });

  it("a line that is not two numbers is named by its number", () => {
    const outcome = fillFromHistory("100\t10\n200 15\n\n300\t-4\n", "North", "en");
    expect(!outcome.ok && outcome.problems.map((p) => p.message)).toEqual([
      "Line 2: type a spend and a response separated by a tab or a semicolon, both numbers of 0 or more.",
      "Line 4: type a spend and a response separated by a tab or a semicolon, both numbers of 0 or more.",
    ]);
  });

  it("a response that does not rise with the spend", () => {
    const outcome = fillFromHistory("100\t50\n200\t40\n300\t30\n400\t20\n", "North", "en");
    expect(!outcome.ok && outcome.problems[0].message).toBe(
      "The response must rise with the spend for an ADBUDG curve."
    );
  });
});
