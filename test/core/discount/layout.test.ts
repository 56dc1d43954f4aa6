import { fieldErrorText } from "../../../src/core/fieldValidation";
import {
  buildDiscountSheetPlan,
  modelFromSheetValues,
  LAYOUT_NAMES,
  MODEL_MARKER_NAME,
  MODEL_MARKER_VALUE,
  type SheetCell,
} from "../../../src/core/discount";
import { PlanEngine } from "./planEngine";
import { SPLIT_FLOOR, loadExample } from "./fixtures";

function readBack(engine: PlanEngine): Record<string, SheetCell[][]> {
  const out: Record<string, SheetCell[][]> = {};
  for (const name of [
    LAYOUT_NAMES.meta,
    LAYOUT_NAMES.inputs,
    LAYOUT_NAMES.tiers,
    LAYOUT_NAMES.segments,
  ]) {
    out[name] = engine.values(engine.rangeOfName(name)) as SheetCell[][];
  }
  return out;
}

describe("layout names and modelFromSheetValues", () => {
  it.each([
    ["sample", loadExample("sockets.json")],
    ["split floor", SPLIT_FLOOR],
  ])("reads the %s model back from its own sheet", (_, model) => {
    const plan = buildDiscountSheetPlan(model);
    const engine = new PlanEngine(plan);
    expect(modelFromSheetValues(readBack(engine))).toEqual({ ok: true, model });
  });

  it("marks the sheet with a hidden constant and hides every layout and Solver name", () => {
    const plan = buildDiscountSheetPlan(loadExample("sockets.json"));
    expect(plan.names.find((n) => n.name === MODEL_MARKER_NAME)?.refersTo).toEqual({
      value: MODEL_MARKER_VALUE,
    });
    for (const name of Object.values(LAYOUT_NAMES))
      expect(plan.names.find((n) => n.name === name)?.hidden).toBe(true);
    expect(plan.names.every((n) => n.hidden)).toBe(true);
  });

  it("gives layout shapes T x 5, S x (2+T), T x 1", () => {
    const model = loadExample("sockets.json");
    const engine = new PlanEngine(buildDiscountSheetPlan(model));
    expect(engine.values(engine.rangeOfName(LAYOUT_NAMES.tiers))).toHaveLength(3);
    expect(engine.values(engine.rangeOfName(LAYOUT_NAMES.tiers))[0]).toHaveLength(5);
    expect(engine.values(engine.rangeOfName(LAYOUT_NAMES.segments))[0]).toHaveLength(5);
    expect(engine.values(engine.rangeOfName(LAYOUT_NAMES.decisions))).toEqual([[0], [0], [0]]);
  });

  it("reports a user's edit that breaks a rule with the model's field path", () => {
    const engine = new PlanEngine(buildDiscountSheetPlan(loadExample("sockets.json")));
    const values = readBack(engine);
    values[LAYOUT_NAMES.tiers][1][2] = "lots"; // orders of tier 2
    values[LAYOUT_NAMES.segments][0][2] = null; // share of tier 1, segment A
    const r = modelFromSheetValues(values);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toEqual(["tiers[1].orders", "segments[0].shares[0]"]);
    }
  });

  it("reads numeric labels as text and blank strings as missing", () => {
    const engine = new PlanEngine(buildDiscountSheetPlan(loadExample("sockets.json")));
    const values = readBack(engine);
    values[LAYOUT_NAMES.tiers][2][0] = 50;
    values[LAYOUT_NAMES.inputs][0][0] = "  ";
    const r = modelFromSheetValues(values);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors.map((e) => ({ path: e.path, message: fieldErrorText(e, "en") }))).toEqual([
        { path: "listPrice", message: "listPrice is missing (a number is required)" },
      ]);
  });

  it("reports a missing range", () => {
    const r = modelFromSheetValues({});
    expect(r.ok).toBe(false);
  });
});
