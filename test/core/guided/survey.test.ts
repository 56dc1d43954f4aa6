import { buildSurveyExportPlan } from "../../../src/core/guided/survey/sheetPlan";
import { validateSurvey } from "../../../src/core/guided/survey/input";
import { readSurveyTable } from "../../../src/core/guided/survey/table";
import { GuidedEngine, mkt } from "./guidedEngine";
import { example } from "./examples";
import { recordingTable } from "../table/recordingTable";
import { fieldErrorText } from "../../../src/core/fieldValidation";
import { SURVEY_SHEET_TEXT } from "../../../src/core/guided/survey/sheetText";
import { wrappedTextHeight } from "../../../src/core/sheet/notes";
import { sheetText } from "../../../src/core/sheet/sheetText";

const SURVEY_EXAMPLE = example("survey.json", validateSurvey);

const engine = new GuidedEngine(buildSurveyExportPlan(SURVEY_EXAMPLE));
const { groups, services, responses, effects } = SURVEY_EXAMPLE;
/** The group's answers to one service as a column, as a user would select them for the MKT functions. */
const answers = (g: string, v: number) =>
  responses.filter((r) => r.group === g).map((r) => [r.scores[v]]);

describe("survey sheet", () => {
  it("computes without an error cell", () => expect(engine.errors()).toEqual([]));

  it("confirms hypotheses and gives influence coefficients equal to the MKT functions (groups in rows, services in columns)", () => {
    expect(engine.named("mkt_out_confirmed")).toEqual(
      groups.map((g) => services.map((_, v) => mkt("HYPOTHESIS_CONFIRMED", answers(g, v), 0.5)))
    );
    engine
      .named("mkt_out_mean_score")
      .forEach((row, g) =>
        row.forEach((x, v) =>
          expect(x).toBeCloseTo(mkt("INFLUENCE_COEF", answers(groups[g], v)) as number, 12)
        )
      );
  });

  it("gives the article's effects: 90 / 45, 540 / 360 and 337.5 / 450", () => {
    expect(engine.list("mkt_out_visitors")).toEqual([90, 540, 337.5]);
    expect(engine.list("mkt_out_checks")).toEqual([45, 360, 450]);
    effects.forEach((e, i) => {
      const share = e.trafficShare + e.additionalTrafficShare;
      expect(engine.list("mkt_out_visitors")[i]).toBeCloseTo(
        mkt("SERVICE_EFFECT", 4500, share, e.frequencyCoef) as number,
        9
      );
    });
  });

  it("flags the sample below 5% of daily visitors and looks up the survey's confirmation per effect", () => {
    const cells = engine.hf.getSheetValues(engine.hf.getSheetId(engine.sheetName)!).flat();
    expect(cells).toContain("below the minimum: read the results as indicative");
    const confirmedColumn = engine.plan.names.find((n) => n.name === "mkt_out_checks")!;
    const range = "range" in confirmedColumn.refersTo ? confirmedColumn.refersTo.range : "";
    const look = engine.values(range.replace(/H/g, "J")).flat();
    expect(look).toEqual(
      effects.map((e) =>
        mkt("HYPOTHESIS_CONFIRMED", answers(e.group, services.indexOf(e.service)), 0.5)
      )
    );
  });
});

describe("survey sheet layout", () => {
  it.each(["en", "ru", "kk"] as const)(
    "%s: the sample check (a formula) and the answers' address sit in cells merged across B:C, inside their border",
    (language) => {
      const plan = buildSurveyExportPlan(SURVEY_EXAMPLE, { language });
      expect(plan.merges).toEqual(expect.arrayContaining(["B10:C10", "B11:C11"]));
      const words = plan.blocks.find((b) => b.address === "B10:C11")!;
      expect(words.role).toBe("calc");
      expect(words.cells[0][0]).toMatch(/^=IF\(/);
      expect([words.cells[0][1], words.cells[1][1]]).toEqual([null, null]);
      // Each of the check's answers takes one line of the merged width (notes' measure of running text).
      const widths = new Map(plan.columnWidths.map((w) => [w.column, w.width]));
      const merged = widths.get("B")! + widths.get("C")!;
      const text = sheetText(SURVEY_SHEET_TEXT, language);
      for (const answer of [text("sampleMissing"), text("sampleSmall"), text("sampleOk")])
        expect(wrappedTextHeight(answer, merged)).toBe(wrappedTextHeight("x", merged));
    }
  );
});

describe("validateSurvey and readSurveyTable", () => {
  it.each([
    [
      { ...SURVEY_EXAMPLE, responses: [{ group: "Teens", scores: [1, 2, 3, 4] }] },
      'responses[0].group must be one of groups (got "Teens")',
    ],
    [
      { ...SURVEY_EXAMPLE, responses: [{ group: "All visitors", scores: [1, 2, 6, 4] }] },
      "responses[0].scores[2] must be a whole score from 0 to 5 (got 6)",
    ],
    [
      { ...SURVEY_EXAMPLE, effects: [{ ...effects[0], service: "Spa" }] },
      'effects[0].service must be one of services (got "Spa")',
    ],
    [{ ...SURVEY_EXAMPLE, dailyVisitors: 0 }, "dailyVisitors must be > 0 (got 0)"],
  ])("JSON: names the field and the rule: %#", (raw, message) => {
    const result = validateSurvey(raw);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => fieldErrorText(e)).join("\n")).toContain(message);
  });

  const where = (r: number, c: number) => `line ${r + 2}, column ${c + 1}`;
  it.each([
    [["who", "Play zone"], [["X", 1]], 'the column "group" is missing'],
    [["group"], [["X"]], "no service columns"],
    [
      ["group", "Play zone"],
      [["X", "good"]],
      'line 2, column 2: the score for Play zone must be a number (got "good")',
    ],
    [
      ["group", "Play zone"],
      [["X", 4.5]],
      "line 2, column 2: a score must be a whole number from 0 to 5 (got 4.5)",
    ],
  ])("table: says what is wrong and where: %#", (header, rows, message) => {
    const result = readSurveyTable({
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

  it.each([
    [
      "clean answers",
      [
        ["X", 4, ""],
        ["Y", 0, 5],
      ],
      [],
    ],
    [
      "a score of 7 and a blank group",
      [
        ["X", 7, ""],
        ["", 0, 5],
      ],
      ["0,1", "1,0"],
    ],
  ])("locates cells only for problems: %s", (_, rows, located) => {
    const { table, asked } = recordingTable(["group", "Play zone", "Parking"], rows);
    readSurveyTable(table);
    expect(asked).toEqual(located);
  });
});
