import { readFileSync } from "fs";
import { join } from "path";
import { validateBudgetModel, type BudgetModelInput } from "../../../src/core/budget";
import { H1_TRADE } from "./fixtures";
import { fieldErrorText } from "../../../src/core/fieldValidation";

const example = JSON.parse(
  readFileSync(join(__dirname, "../../../examples/h1-trade-budget.json"), "utf8")
) as Record<string, unknown>;

function messages(raw: unknown): string[] {
  const r = validateBudgetModel(raw);
  return r.ok ? [] : r.errors.map((e) => fieldErrorText(e));
}

/** The example with one field of one channel replaced (undefined deletes it). */
function withChannel(i: number, patch: Record<string, unknown>): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(example)) as { channels: Record<string, unknown>[] };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete copy.channels[i][k];
    else copy.channels[i][k] = v;
  }
  return copy;
}

describe("validateBudgetModel", () => {
  it("reads the reference example, max defaulting to the budget", () => {
    const r = validateBudgetModel(JSON.stringify(example));
    expect(r).toEqual({ ok: true, model: H1_TRADE as BudgetModelInput });
  });

  it("spendAll defaults to false and min to 0", () => {
    const r = validateBudgetModel(withChannel(0, { min: undefined }));
    expect(r.ok && r.model.channels[0].min).toBe(0);
    const { spendAll: _, ...rest } = example;
    const s = validateBudgetModel(rest);
    expect(s.ok && s.model.spendAll).toBe(false);
  });

  it.each([
    ["not JSON", "{", /input is not valid JSON/],
    ["not an object", "[1]", /input must be a JSON object \(got an array\)/],
    ["budget 0", { ...example, budget: 0 }, /^budget must be > 0 \(got 0\)$/],
    [
      "budget text",
      { ...example, budget: "12 000 000" },
      /^budget must be a finite number \(got text "12 000 000"\)$/,
    ],
    ["spendAll not boolean", { ...example, spendAll: "yes" }, /^spendAll must be true or false/],
    [
      "no channels",
      { ...example, channels: [] },
      /^channels must have 1 to 100 entries \(got 0\)$/,
    ],
    [
      "101 channels",
      { ...example, channels: new Array(101).fill((example.channels as unknown[])[0]) },
      /must have 1 to 100 entries \(got 101\)/,
    ],
    [
      "a channel that is not an object",
      { ...example, channels: [3] },
      /^channels\[0\] must be an object/,
    ],
    [
      "max below min",
      withChannel(1, { max: 100 }),
      /^channels\[1\]\.max must be >= channels\[1\]\.min \(got 100 < 500000\)$/,
    ],
    ["negative min", withChannel(0, { min: -1 }), /^channels\[0\]\.min must be >= 0 \(got -1\)$/],
    [
      "current outside the bounds",
      withChannel(0, { current: 9000000 }),
      /^channels\[0\]\.current must be within channels\[0\]\.min and channels\[0\]\.max/,
    ],
    ["margin 0", withChannel(0, { margin: 0 }), /^channels\[0\]\.margin must be > 0 \(got 0\)$/],
    ["margin missing", withChannel(0, { margin: undefined }), /^channels\[0\]\.margin is missing/],
    [
      "response missing",
      withChannel(0, { response: undefined }),
      /^channels\[0\]\.response is missing/,
    ],
    [
      "unknown model",
      withChannel(0, { response: { model: "hill" } }),
      /^channels\[0\]\.response\.model must be "adbudg" or "vidale-wolfe" \(got text "hill"\)$/,
    ],
    [
      "ceiling below floor",
      withChannel(0, {
        response: {
          model: "adbudg",
          minResponse: 5,
          maxResponse: 4,
          shape: 2,
          halfSaturationSpend: 1,
        },
      }),
      /maxResponse must be >= channels\[0\]\.response\.minResponse \(got 4 < 5\)/,
    ],
    [
      "shape 0",
      withChannel(0, {
        response: {
          model: "adbudg",
          minResponse: 0,
          maxResponse: 4,
          shape: 0,
          halfSaturationSpend: 1,
        },
      }),
      /response\.shape must be > 0 \(got 0\)/,
    ],
    [
      "shape 80",
      withChannel(0, {
        response: {
          model: "adbudg",
          minResponse: 0,
          maxResponse: 4,
          shape: 80,
          halfSaturationSpend: 1,
        },
      }),
      /response\.shape must be <= 50 \(got 80\)/,
    ],
    [
      "half-saturation 0",
      withChannel(0, {
        response: {
          model: "adbudg",
          minResponse: 0,
          maxResponse: 4,
          shape: 2,
          halfSaturationSpend: 0,
        },
      }),
      /halfSaturationSpend must be > 0/,
    ],
    [
      "no decay",
      withChannel(1, {
        response: { model: "vidale-wolfe", responseRate: 1, saturationSales: 10, decayRate: 0 },
      }),
      /response\.decayRate must be > 0 \(got 0\)/,
    ],
    [
      "saturation 0",
      withChannel(1, {
        response: { model: "vidale-wolfe", responseRate: 1, saturationSales: 0, decayRate: 1 },
      }),
      /response\.saturationSales must be > 0/,
    ],
    [
      "duplicate labels",
      withChannel(1, { label: "retail CHAINS" }),
      /^channels\[1\]\.label duplicates channels\[0\]\.label/,
    ],
    ["formula label", withChannel(1, { label: "=1+1" }), /must not start with "="/],
    [
      "overflow",
      withChannel(0, {
        margin: 1e300,
        response: {
          model: "adbudg",
          minResponse: 1e300,
          maxResponse: 1e300,
          shape: 2,
          halfSaturationSpend: 1,
        },
      }),
      /profit overflows/,
    ],
  ])("%s", (_, raw, message) => {
    expect(messages(raw)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it("minimums above the budget are left to the optimiser (a status, not a field error)", () => {
    const r = validateBudgetModel({ ...withChannel(1, { current: undefined }), budget: 400000 });
    expect(r.ok && r.model.channels[1].max).toBe(500000);
  });
});
