import { msg } from "../../../src/core/i18n";
import { validateDiscountModel } from "../../../src/core/discount/validate";
import { normalisePath, validateForm } from "../../../src/taskpane/state/formValidation";
import { ARTICLE_EXAMPLE, formFromModel, formReducer } from "../../../src/taskpane/state/modelForm";

const example = () => formFromModel(ARTICLE_EXAMPLE);

describe("validateForm with the engine's validateDiscountModel", () => {
  it("the article's example is valid and Build is enabled", () => {
    const v = validateForm(example(), validateDiscountModel);
    expect(v.blockedReason).toBeNull();
    expect(v.model).toEqual(ARTICLE_EXAMPLE);
    expect(v.fieldMessages.size).toBe(0);
  });

  it("puts the engine's message under the field it names, without the JSON path", () => {
    const s = formReducer(example(), {
      type: "setTier",
      index: 1,
      field: "unitsPerOrder",
      value: "0",
    });
    const v = validateForm(s, validateDiscountModel);
    expect(v.model).toBeNull();
    const message = v.fieldMessages.get("tiers.1.unitsPerOrder");
    expect(message).toMatch(/^Must be > 0/);
    expect(message).not.toContain("tiers[1]");
    expect(v.blockedReason).toBe(
      "Build is disabled: 1 problem in the model to fix first (marked in red)."
    );
  });

  it("a tier's shares that do not sum to 1 are reported in words with the tier named", () => {
    const s = formReducer(example(), { type: "setShare", segment: 0, tier: 0, value: "0.5" });
    const v = validateForm(s, validateDiscountModel);
    expect(v.model).toBeNull();
    const all = [...v.fieldMessages.values(), ...v.generalMessages].join(" | ");
    expect(all).toMatch(/sum to 1/);
    expect(v.blockedReason).toMatch(/^Build is disabled: \d+ problems? in the model/);
  });

  it("number-parsing problems block Build before the engine is asked", () => {
    const s = formReducer(example(), { type: "setField", field: "listPrice", value: "abc" });
    const calls: unknown[] = [];
    const v = validateForm(s, (raw) => {
      calls.push(raw);
      return validateDiscountModel(raw);
    });
    expect(calls).toHaveLength(0);
    expect(v.fieldMessages.get("listPrice")).toBe("Not a number: type e.g. 0.2 or 20%.");
    expect(v.blockedReason).toMatch(/1 problem/);
  });

  it("errors about no single field go to the general list with the row named", () => {
    const v = validateForm(example(), () => ({
      ok: false,
      errors: [
        {
          path: "tiers[2]",
          problem: msg("model.field", { path: "tiers[2]", rule: msg("model.mustBePositive") }),
        },
        { path: "", problem: msg("model.notAnObject", { got: "[]" }) },
      ],
    }));
    expect(v.generalMessages).toEqual([
      "Tier 3 (50+): must be > 0",
      "Input must be a JSON object (got [])",
    ]);
  });

  it.each([
    ["tiers[1].minMargin", "tiers.1.minMargin"],
    ["/tiers/1/minMargin", "tiers.1.minMargin"],
    ["segments[0].shares[2]", "segments.0.shares.2"],
    ["listPrice", "listPrice"],
  ])("normalisePath(%s) = %s", (path, expected) => {
    expect(normalisePath(path)).toBe(expected);
  });
});
