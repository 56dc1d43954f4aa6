/**
 * The guided forms as data (state/guidedForms), their problems routed to
 * their fields (state/guidedProblems) and the Build workflow's outcomes
 * (actions.buildGuidedSheet) against a stub of the operations.
 */
import { GUIDED_KINDS, type GuidedKind } from "../../../src/core/guided";
import { msg, translate, type Message } from "../../../src/core/i18n";

/** Problems as the validators make them: a field's rule, a table cell's reading. */
const fieldProblem = (path: string, rule: Message) => ({
  path,
  problem: msg("model.field", { path, rule }),
});
const nonNegative = msg("model.mustBeNonNegative");
const cellProblem = (where: string, what: string | Message, expected: Message, got: string) => ({
  path: where,
  problem: msg("rule.table.at", {
    where,
    rule: msg("rule.table.mustBe", { what, expected, got }),
  }),
});
import { CATALOGUES } from "../../../src/core/everyLanguage";
import { buildGuidedSheet } from "../../../src/taskpane/actions";
import type { PaneOperations } from "../../../src/taskpane/operations";
import { planFromForm, planFromSelection } from "../../../src/taskpane/state/guidedBuild";
import {
  emptyGuidedForm,
  GUIDED_FORMS,
  guidedFormFromInput,
  guidedFormToRaw,
  relocaliseGuidedForm,
} from "../../../src/taskpane/state/guidedForms";
import { routeGuidedProblems } from "../../../src/taskpane/state/guidedProblems";
import { UserFacingError } from "../../../src/taskpane/state/userFacingError";

const FORM_KINDS: GuidedKind[] = ["campaigns", "promo", "posm"];

describe("guided forms", () => {
  it.each(FORM_KINDS)("%s: the example, as typed in the form, builds in en and ru", (kind) => {
    const en = guidedFormFromInput(kind, GUIDED_FORMS[kind].example!, "en");
    const ru = relocaliseGuidedForm(kind, en, "en", "ru");
    const plan = planFromForm(kind, en, "en");
    expect(plan.ok).toBe(true);
    expect(planFromForm(kind, ru, "ru")).toMatchObject({ ok: true });
    // The same numbers, whichever way they were written.
    expect(guidedFormToRaw(kind, ru, "ru")).toEqual(guidedFormToRaw(kind, en, "en"));
  });

  it("writes the example's numbers the way the pane's language does", () => {
    const form = guidedFormFromInput("campaigns", GUIDED_FORMS.campaigns.example!, "ru");
    expect(form.values.grossMargin).toBe("0,3");
    expect(form.rows[0].label).toBe("Almaty, HoReCa");
  });

  it("leaves text fields as typed when the language changes", () => {
    const form = { values: { name: "1,5 promo", currency: "KZT" }, rows: [] };
    expect(relocaliseGuidedForm("promo", form, "en", "ru").values.name).toBe("1,5 promo");
  });

  it.each(GUIDED_KINDS)(
    "%s: every label and choice is in the catalogue in every language",
    (kind) => {
      const spec = GUIDED_FORMS[kind];
      const fields = [...spec.fields, ...(spec.list?.fields ?? [])];
      const keys = [
        ...fields.flatMap((f) => [f.label, ...(f.choices ?? []).map((c) => c.label)]),
        ...(spec.list ? [spec.list.label, spec.list.item] : []),
      ];
      for (const catalogue of Object.values(CATALOGUES))
        for (const key of keys) expect(catalogue[key]).toBeDefined();
    }
  );

  it("starts a choice at its first word and a list with one blank row", () => {
    expect(emptyGuidedForm("posm").rows).toEqual([
      expect.objectContaining({ label: "", kind: "permanent" }),
    ]);
    expect(emptyGuidedForm("promo").rows).toEqual([]);
  });
});

describe("routeGuidedProblems", () => {
  const form = guidedFormFromInput("campaigns", GUIDED_FORMS.campaigns.example!, "en");

  it("puts a field's problem under that field, without its path", () => {
    const routed = routeGuidedProblems("campaigns", form, [
      fieldProblem("campaigns[1].cost", msg("model.brokenRule", { rule: nonNegative, value: -5 })),
      fieldProblem("name", msg("model.textMissing")),
    ]);
    expect([...routed.fieldMessages]).toEqual([
      ["campaigns[1].cost", "Must be >= 0 (got -5)"],
      ["name", "Is missing (text is required)"],
    ]);
    expect(routed.generalMessages).toEqual([]);
  });

  it("names a whole list by its heading and keeps a table cell's own address", () => {
    const routed = routeGuidedProblems("campaigns", form, [
      fieldProblem("campaigns", msg("model.entryCount", { min: 1, max: 50, count: 0 })),
      cellProblem(
        "'Audit'!E5",
        msg("rule.distribution.presenceIn", { period: "Feb" }),
        msg("rule.cell.flag"),
        '"x"'
      ),
    ]);
    expect(routed.generalMessages).toEqual([
      "Campaigns: must have 1 to 50 entries (got 0)",
      `'Audit'!E5: presence in Feb must be TRUE/FALSE or 1/0 (got "x")`,
    ]);
  });
});

describe("buildGuidedSheet", () => {
  const refuse = () => Promise.reject(new Error("not expected in this test"));
  const ops = (overrides: Partial<PaneOperations>) => ({ ...overrides }) as PaneOperations;
  const form = guidedFormFromInput("promo", GUIDED_FORMS.promo.example!, "en");

  it("builds a form kind's sheet and says its name", async () => {
    const steps: string[] = [];
    const outcome = await buildGuidedSheet(
      ops({ buildPlanSheet: () => Promise.resolve({ sheetName: "Promo - Tasting" }) }),
      { from: "form", plan: planFromForm("promo", form, "en") },
      (text) => steps.push(text)
    );
    expect(outcome).toEqual({
      status: {
        kind: "success",
        text: translate("en", "pane.guided.built", { sheet: "Promo - Tasting" }),
      },
      errors: [],
    });
    expect(steps).toEqual([translate("en", "pane.status.building")]);
  });

  it("shows what Excel refused as a readable error", async () => {
    const outcome = await buildGuidedSheet(
      ops({ buildFromSelection: () => Promise.reject(new UserFacingError("Excel is too old")) }),
      {
        from: "selection",
        makePlan: planFromSelection("distribution", emptyGuidedForm("distribution"), "en"),
      },
      () => {}
    );
    expect(outcome).toEqual({ status: { kind: "error", text: "Excel is too old" }, errors: [] });
  });

  it("says the table's problems without building", async () => {
    const problems = [
      cellProblem("'Audit'!C7", "category_sales", msg("rule.cell.number"), '"abc"'),
    ];
    const outcome = await buildGuidedSheet(
      ops({ buildFromSelection: () => Promise.resolve({ problems }), buildPlanSheet: refuse }),
      {
        from: "selection",
        makePlan: planFromSelection("distribution", emptyGuidedForm("distribution"), "en"),
      },
      () => {}
    );
    expect(outcome).toEqual({
      status: { kind: "error", text: translate("en", "pane.guided.tableProblems") },
      errors: problems,
    });
  });
});
