import {
  ARTICLE_EXAMPLE,
  emptyForm,
  formFromModel,
  formReducer,
  formToModel,
  MAX_SEGMENTS,
  MAX_TIERS,
  type ModelFormState,
} from "../../../src/taskpane/state/modelForm";

const example = (): ModelFormState => formFromModel(ARTICLE_EXAMPLE);

describe("formFromModel / formToModel", () => {
  it("round-trips the article's example exactly", () => {
    const converted = formToModel(example());
    expect(converted).toEqual({ ok: true, raw: ARTICLE_EXAMPLE });
  });

  it("accepts percentages and decimal commas as typed in Excel", () => {
    let s = example();
    s = formReducer(s, { type: "setField", field: "maxDiscount", value: "25%" });
    s = formReducer(s, { type: "setTier", index: 0, field: "minMargin", value: "0,15" });
    s = formReducer(s, { type: "setField", field: "listPrice", value: "1 250" });
    const converted = formToModel(s);
    if (!converted.ok) throw new Error("expected ok");
    expect(converted.raw.maxDiscount).toBeCloseTo(0.25, 12);
    expect(converted.raw.tiers[0].minMargin).toBeCloseTo(0.15, 12);
    expect(converted.raw.listPrice).toBe(1250);
  });

  it("reports a blank number as blank, never as 0", () => {
    const s = formReducer(example(), { type: "setField", field: "orderCost", value: "" });
    expect(formToModel(s)).toEqual({
      ok: false,
      problems: [{ field: "orderCost", message: "Enter a number." }],
    });
  });

  it("reports text in a number field on that field", () => {
    const s = formReducer(example(), { type: "setShare", segment: 1, tier: 2, value: "lots" });
    expect(formToModel(s)).toEqual({
      ok: false,
      problems: [{ field: "segments.1.shares.2", message: "Not a number: type e.g. 0.2 or 20%." }],
    });
  });
});

describe("formReducer", () => {
  it("adding a tier adds a share column to every segment", () => {
    const s = formReducer(example(), { type: "addTier" });
    expect(s.tiers).toHaveLength(4);
    expect(s.segments.every((seg) => seg.shares.length === 4 && seg.shares[3] === "")).toBe(true);
    expect(new Set([...s.tiers.map((t) => t.id), ...s.segments.map((x) => x.id)]).size).toBe(7);
  });

  it("with one segment a new tier's share is 1 (it can be nothing else)", () => {
    const s = formReducer(emptyForm(), { type: "addTier" });
    expect(s.segments[0].shares).toEqual(["1", "1"]);
  });

  it("removing a tier removes its share from every segment and keeps the others aligned", () => {
    const s = formReducer(example(), { type: "removeTier", index: 1 });
    expect(s.tiers.map((t) => t.label)).toEqual(["1-9", "50+"]);
    expect(s.segments[1].shares).toEqual(["0.25", "0.7"]);
  });

  it("never removes the last tier or segment", () => {
    const one = emptyForm();
    expect(formReducer(one, { type: "removeTier", index: 0 })).toBe(one);
    expect(formReducer(one, { type: "removeSegment", index: 0 })).toBe(one);
  });

  it(`stops at ${MAX_TIERS} tiers`, () => {
    let s = emptyForm();
    for (let i = 0; i < MAX_TIERS + 3; i++) s = formReducer(s, { type: "addTier" });
    expect(s.tiers).toHaveLength(MAX_TIERS);
  });

  it("adding a segment gives it one empty share per tier", () => {
    const s = formReducer(example(), { type: "addSegment" });
    expect(s.segments[3]).toMatchObject({ label: "", elasticity: "", shares: ["", "", ""] });
  });

  it("removing a segment keeps the rest", () => {
    const s = formReducer(example(), { type: "removeSegment", index: 0 });
    expect(s.segments.map((x) => x.label)).toEqual(["B. Installers", "C. Legal entities"]);
  });

  it("replaceTiers keeps the segments and resizes their shares", () => {
    const s = formReducer(example(), {
      type: "replaceTiers",
      tiers: [
        { label: "small", minQty: "1", orders: "10", unitsPerOrder: "2", minMargin: "0.1" },
        { label: "big", minQty: "5", orders: "3", unitsPerOrder: "9", minMargin: "0.05" },
      ],
    });
    expect(s.tiers.map((t) => t.label)).toEqual(["small", "big"]);
    expect(s.segments.map((x) => x.shares)).toEqual([
      ["0.7", "0.25"],
      ["0.25", "0.6"],
      ["0.05", "0.15"],
    ]);
  });

  it("edits change only the targeted cell", () => {
    const before = example();
    const after = formReducer(before, { type: "setTier", index: 2, field: "orders", value: "31" });
    expect(after.tiers[2].orders).toBe("31");
    expect(after.tiers[0]).toBe(before.tiers[0]);
    expect(before.tiers[2].orders).toBe("30");
  });
});

describe("formReducer on segments", () => {
  it.each([
    [
      "setSegmentLabel",
      { type: "setSegmentLabel", index: 1, value: "Fitters" },
      "label",
      "Fitters",
    ],
    [
      "setSegmentElasticity",
      { type: "setSegmentElasticity", index: 1, value: "2,5" },
      "elasticity",
      "2,5",
    ],
  ] as const)("%s changes that segment only", (_, action, field, value) => {
    const before = example();
    const after = formReducer(before, action);
    expect(after.segments[1][field]).toBe(value);
    expect(after.segments[0]).toBe(before.segments[0]);
    expect(after.segments[2]).toBe(before.segments[2]);
  });

  it("adds segments up to MAX_SEGMENTS, each with an empty share per tier, and keeps the last one", () => {
    let s = example();
    while (s.segments.length < MAX_SEGMENTS) s = formReducer(s, { type: "addSegment" });
    expect(s.segments[MAX_SEGMENTS - 1].shares).toEqual(s.tiers.map(() => ""));
    expect(formReducer(s, { type: "addSegment" })).toBe(s);
    while (s.segments.length > 1) s = formReducer(s, { type: "removeSegment", index: 0 });
    expect(formReducer(s, { type: "removeSegment", index: 0 })).toBe(s);
    expect(formReducer(example(), { type: "removeSegment", index: 7 }).segments).toHaveLength(3);
  });
});
