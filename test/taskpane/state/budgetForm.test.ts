/**
 * The budget form (state/budgetForm): the example round-trips through the
 * form, numbers are read in the pane's language, blanks of optional fields
 * take the engine's defaults, and the engine's messages land under the field
 * they name.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { setLocale } from "../../../src/core/i18n";
import {
  BUDGET_EXAMPLE,
  budgetFormFromModel,
  budgetFormReducer,
  budgetFormToRaw,
  emptyBudgetForm,
  validateBudgetForm,
  type BudgetFormAction,
  type BudgetFormState,
} from "../../../src/taskpane/state/budgetForm";

afterEach(() => setLocale("en"));

const example = () => budgetFormFromModel(BUDGET_EXAMPLE, "en");
const apply = (s: BudgetFormState, ...actions: BudgetFormAction[]) =>
  actions.reduce(budgetFormReducer, s);

describe("the budget form's example", () => {
  it("is examples/h1-trade-budget.json, the reference's and the CLI's example", () => {
    const file = JSON.parse(
      readFileSync(join(__dirname, "../../../examples/h1-trade-budget.json"), "utf8")
    );
    expect(BUDGET_EXAMPLE.name).toBe(file.name);
    expect(BUDGET_EXAMPLE.channels.map((c) => c.label)).toEqual(
      file.channels.map((c: { label: string }) => c.label)
    );
  });

  it("loads into the form and comes back as the same model", () => {
    const v = validateBudgetForm(
      apply(emptyBudgetForm(), { type: "loadModel", model: BUDGET_EXAMPLE })
    );
    expect(v.blockedReason).toBeNull();
    expect(v.model).toEqual(BUDGET_EXAMPLE);
  });

  it("shows numbers the Russian way and reads them back so", () => {
    setLocale("ru");
    const form = budgetFormFromModel(BUDGET_EXAMPLE, "ru");
    expect(form.channels[0].numbers.margin).toBe("1");
    expect(form.channels[0].curve.shape).toBe("2,2");
    expect(validateBudgetForm(form).model).toEqual(BUDGET_EXAMPLE);
  });

  it("rewrites what was typed when the pane's language changes", () => {
    const ru = apply(example(), { type: "relocalise", from: "en", to: "ru" });
    expect(ru.channels[1].curve.decayRate).toBe("0,15");
    // Money keeps its thousands grouped, the way each language groups them.
    expect([example().budget, ru.budget]).toEqual(["12,000,000", "12\u00a0000\u00a0000"]);
  });
});

describe("budgetFormToRaw", () => {
  it("leaves blank optional fields out, so the engine applies its defaults", () => {
    const s = apply(
      example(),
      { type: "setNumber", index: 1, field: "max", value: "" },
      { type: "setNumber", index: 1, field: "current", value: " " }
    );
    const v = validateBudgetForm(s);
    expect(v.model?.channels[1].max).toBe(BUDGET_EXAMPLE.budget);
    expect(v.model?.channels[1].current).toBeNull();
  });

  it("a blank required field and a word where a number belongs are field problems", () => {
    const s = apply(
      example(),
      { type: "setNumber", index: 0, field: "margin", value: "" },
      { type: "setCurve", index: 0, field: "shape", value: "steep" }
    );
    const raw = budgetFormToRaw(s, "en");
    expect(raw.ok).toBe(false);
    if (raw.ok) return;
    expect(raw.problems.map((p) => p.field)).toEqual([
      "channels.0.response.shape",
      "channels.0.margin",
    ]);
  });

  it("a channel switched to the other curve sends that curve's parameters only", () => {
    const s = apply(example(), { type: "setModel", index: 0, model: "vidale-wolfe" });
    const v = validateBudgetForm(s);
    expect(v.model).toBeNull();
    expect(v.fieldMessages.get("channels.0.response.responseRate")).toBe("Enter a number.");
    // Switching back finds what was typed.
    const back = apply(s, { type: "setModel", index: 0, model: "adbudg" });
    expect(validateBudgetForm(back).model).toEqual(BUDGET_EXAMPLE);
  });
});

describe("validateBudgetForm: the engine's rules, routed to the fields", () => {
  it("puts a rule under its field without the JSON path", () => {
    const s = apply(example(), { type: "setNumber", index: 0, field: "current", value: "9000000" });
    const message = validateBudgetForm(s).fieldMessages.get("channels.0.current");
    expect(message).toMatch(/^Must be within channels\[0\]\.min and channels\[0\]\.max/);
  });

  it("a ceiling below the floor is reported at the ceiling", () => {
    const s = apply(example(), { type: "setCurve", index: 0, field: "maxResponse", value: "1" });
    expect(validateBudgetForm(s).fieldMessages.get("channels.0.response.maxResponse")).toMatch(
      /^Must be >= channels\[0\]\.response\.minResponse/
    );
  });

  it("two channels with one label are a problem of the list, in words", () => {
    const s = apply(example(), { type: "setLabel", index: 1, value: "Retail chains" });
    const v = validateBudgetForm(s);
    expect(v.model).toBeNull();
    expect([...v.fieldMessages.values(), ...v.generalMessages].join(" | ")).toMatch(
      /Retail chains/
    );
    expect(v.blockedReason).toMatch(/^Build is disabled: 1 problem/);
  });
});

describe("budgetFormReducer", () => {
  it("adds and removes channels but keeps at least one", () => {
    const two = apply(emptyBudgetForm(), { type: "addChannel" });
    expect(two.channels.map((c) => c.id)).toEqual([1, 2]);
    const one = apply(
      two,
      { type: "removeChannel", index: 0 },
      { type: "removeChannel", index: 0 }
    );
    expect(one.channels.map((c) => c.id)).toEqual([2]);
  });

  it("fillCurve writes the computed parameters as the locale types them and makes the channel ADBUDG", () => {
    setLocale("ru");
    const s = apply(
      example(),
      { type: "setModel", index: 1, model: "vidale-wolfe" },
      { type: "fillCurve", index: 1, values: { shape: 2.5, halfSaturationSpend: 150000 } }
    );
    expect(s.channels[1].model).toBe("adbudg");
    expect([s.channels[1].curve.shape, s.channels[1].curve.halfSaturationSpend]).toEqual([
      "2,5",
      "150\u00a0000",
    ]);
  });

  it("the spend-all switch is the model's spendAll", () => {
    const s = apply(example(), { type: "setSpendAll", value: true });
    expect(validateBudgetForm(s).model?.spendAll).toBe(true);
  });
});
