import { validateDiscountModel, type FieldError } from "../../../src/core/discount";
import { readSegments, readTiers } from "../../../src/core/discount/validate";
import { fieldErrorText, Collector } from "../../../src/core/fieldValidation";
import { loadExample } from "./fixtures";

const sample = () => JSON.parse(JSON.stringify(loadExample("sockets.json"))) as Record<string, any>;

function errorsOf(raw: unknown): FieldError[] {
  const r = validateDiscountModel(raw);
  if (r.ok) throw new Error("expected errors");
  return r.errors;
}

/** The errors as the CLI prints them (English): path and sentence. */
const inWords = (errors: FieldError[]) =>
  errors.map((e) => ({ path: e.path, message: fieldErrorText(e, "en") }));

describe("validateDiscountModel", () => {
  it("accepts the article sample, as an object and as JSON text", () => {
    const ok = validateDiscountModel(sample());
    expect(ok.ok).toBe(true);
    expect(validateDiscountModel(JSON.stringify(sample()))).toEqual(ok);
  });

  it("names the tier whose shares do not sum to 1, with the sum", () => {
    const m = sample();
    m.segments[0].shares[2] = 0.05; // 0.05 + 0.70 + 0.20 = 0.95
    expect(inWords(errorsOf(m))).toEqual([
      {
        path: "tiers[2].shares",
        message: expect.stringMatching(/^tiers\[2\]\.shares do not sum to 1 \(0\.95\)/),
      },
    ]);
  });

  it.each<[string, (m: Record<string, any>) => void, string, RegExp]>([
    ["listPrice zero", (m) => (m.listPrice = 0), "listPrice", /listPrice must be > 0 \(got 0\)/],
    ["unitCost negative", (m) => (m.unitCost = -1), "unitCost", /unitCost must be >= 0/],
    [
      "orderCost text",
      (m) => (m.orderCost = "600"),
      "orderCost",
      /orderCost must be a finite number \(got text "600"\)/,
    ],
    [
      "maxDiscount 1",
      (m) => (m.maxDiscount = 1),
      "maxDiscount",
      /maxDiscount must be >= 0 and < 1/,
    ],
    ["maxDiscount missing", (m) => delete m.maxDiscount, "maxDiscount", /maxDiscount is missing/],
    ["name empty", (m) => (m.name = " "), "name", /name must not be empty/],
    ["currency number", (m) => (m.currency = 7), "currency", /currency must be text/],
    [
      "label that is a formula",
      (m) => (m.tiers[0].label = "=HYPERLINK(1)"),
      "tiers[0].label",
      /must not start with "="/,
    ],
    [
      "orders negative",
      (m) => (m.tiers[1].orders = -5),
      "tiers[1].orders",
      /tiers\[1\]\.orders must be >= 0/,
    ],
    [
      "unitsPerOrder zero",
      (m) => (m.tiers[0].unitsPerOrder = 0),
      "tiers[0].unitsPerOrder",
      /must be > 0/,
    ],
    [
      "minMargin 1",
      (m) => (m.tiers[2].minMargin = 1),
      "tiers[2].minMargin",
      /tiers\[2\]\.minMargin must be >= -1 and < 1/,
    ],
    [
      "minMargin -1e308 (below the -100% floor)",
      (m) => (m.tiers[2].minMargin = -1e308),
      "tiers[2].minMargin",
      /tiers\[2\]\.minMargin must be >= -1 and < 1 .*\(got -1E308\)/,
    ],
    [
      "minMargin just below -100%",
      (m) => (m.tiers[0].minMargin = -1.0001),
      "tiers[0].minMargin",
      /must be >= -1/,
    ],
    [
      "minQty not ascending",
      (m) => (m.tiers[2].minQty = 10),
      "tiers[2].minQty",
      /must be greater than tiers\[1\]\.minQty/,
    ],
    [
      "duplicate tier label",
      (m) => (m.tiers[1].label = "1-9"),
      "tiers[1].label",
      /duplicates tiers\[0\]\.label/,
    ],
    [
      "elasticity negative",
      (m) => (m.segments[1].elasticity = -0.5),
      "segments[1].elasticity",
      /must be >= 0/,
    ],
    [
      "elasticity huge",
      (m) => (m.segments[1].elasticity = 80),
      "segments[1].elasticity",
      /must be <= 50/,
    ],
    [
      "share above 1",
      (m) => (m.segments[0].shares[0] = 1.2),
      "segments[0].shares[0]",
      /must be between 0 and 1/,
    ],
    [
      "NaN-like null share",
      (m) => (m.segments[0].shares[0] = null),
      "segments[0].shares[0]",
      /must be a finite number \(got null\)/,
    ],
    [
      "too few shares",
      (m) => m.segments[0].shares.pop(),
      "segments[0].shares",
      /one share per tier: 3 \(got 2\)/,
    ],
    ["no tiers", (m) => (m.tiers = []), "tiers", /tiers must have 1 to 20 entries \(got 0\)/],
    ["tiers not a list", (m) => (m.tiers = {}), "tiers", /tiers must be a list/],
    ["tier not an object", (m) => (m.tiers[0] = 5), "tiers[0]", /tiers\[0\] must be an object/],
  ])("%s", (_, mutate, path, message) => {
    const m = sample();
    mutate(m);
    const errors = errorsOf(m);
    const hit = errors.find((e) => e.path === path);
    expect(hit).toBeDefined();
    expect(fieldErrorText(hit!)).toMatch(message);
  });

  it("rejects a model whose figures overflow although every field is finite", () => {
    const m = sample();
    m.tiers[1].orders = 1e300;
    m.tiers[1].unitsPerOrder = 1e10;
    expect(inWords(errorsOf(m))).toEqual([
      { path: "tiers[1]", message: expect.stringMatching(/tiers\[1\] figures overflow/) },
    ]);
  });

  it("accepts a floor of exactly -100%", () => {
    const m = sample();
    m.tiers[0].minMargin = -1;
    expect(validateDiscountModel(m).ok).toBe(true);
  });

  it("rejects a model whose total profit overflows although every tier is finite", () => {
    const m = sample();
    // Each tier's profit is below 1.8e308; their sum is not.
    for (const tier of m.tiers) {
      tier.orders = 8e299;
      tier.unitsPerOrder = 1e4;
    }
    Object.assign(m, { listPrice: 1e4, unitCost: 0, maxDiscount: 0.01 });
    expect(inWords(errorsOf(m))).toEqual([
      {
        path: "tiers",
        message: expect.stringMatching(/the total (units|revenue|profit) over all tiers overflows/),
      },
    ]);
  });

  it.each([5e-324, 1e-320])(
    "rejects units per order so small (%p) that the margin's division overflows, naming the tier",
    (units) => {
      const m = sample();
      m.tiers[2].unitsPerOrder = units;
      expect(inWords(errorsOf(m))).toEqual([
        {
          path: "tiers[2]",
          message: expect.stringMatching(/tiers\[2\] figures overflow \(margin/),
        },
      ]);
    }
  );

  it("rejects 21 tiers and 11 segments", () => {
    const m = sample();
    m.tiers = Array.from({ length: 21 }, (_, t) => ({
      label: `t${t}`,
      minQty: t + 1,
      orders: 1,
      unitsPerOrder: 1,
      minMargin: 0,
    }));
    m.segments = Array.from({ length: 11 }, (_, s) => ({
      label: `s${s}`,
      elasticity: 1,
      shares: m.tiers.map(() => 1 / 11),
    }));
    const paths = errorsOf(m).map((e) => e.path);
    expect(paths).toContain("tiers");
    expect(paths).toContain("segments");
  });

  it("reports every broken field at once", () => {
    const m = sample();
    m.listPrice = -1;
    m.tiers[0].orders = "many";
    m.segments[2].elasticity = undefined;
    expect(errorsOf(m).map((e) => e.path)).toEqual([
      "listPrice",
      "tiers[0].orders",
      "segments[2].elasticity",
    ]);
  });

  it.each([
    ["not JSON", "{oops", /input is not valid JSON/],
    ["an array", [], /input must be a JSON object \(got an array\)/],
    ["null", null, /input must be a JSON object \(got null\)/],
  ])("rejects input that is %s", (_, raw, message) => {
    expect(fieldErrorText(errorsOf(raw)[0])).toMatch(message);
  });
});

describe("the steps of validateDiscountModel", () => {
  const tiersOf = (m: Record<string, any>) => m.tiers as unknown[];

  it("readTiers reads every tier and checks labels and order across them", () => {
    const c = new Collector();
    const m = sample();
    expect(readTiers(tiersOf(m), c)).toEqual(m.tiers);
    expect(c.errors).toEqual([]);
    m.tiers[1].minQty = m.tiers[0].minQty;
    m.tiers[2].label = m.tiers[0].label.toUpperCase();
    readTiers(tiersOf(m), c);
    expect(c.errors.map((e) => e.path)).toEqual(["tiers[2].label", "tiers[1].minQty"]);
  });

  it("readTiers skips the checks across tiers when an entry is not a tier", () => {
    const c = new Collector();
    const m = sample();
    m.tiers[1] = "tier two";
    m.tiers[2].minQty = 1; // below tier 0, but which tier it follows is unclear
    expect(readTiers(tiersOf(m), c)).toHaveLength(m.tiers.length - 1);
    expect(c.errors.map((e) => e.path)).toEqual(["tiers[1]"]);
  });

  it("readSegments checks each row's length against the tiers, and the sums only when it can", () => {
    const m = sample();
    const c = new Collector();
    expect(readSegments(m.segments, m.tiers.length, c)).toEqual(m.segments);
    expect(c.errors).toEqual([]);
    m.segments[0].shares = [1];
    readSegments(m.segments, m.tiers.length, c);
    expect(c.errors.map((e) => e.path)).toEqual(["segments[0].shares"]);
    const unknownTiers = new Collector();
    readSegments(m.segments, null, unknownTiers);
    expect(unknownTiers.errors).toEqual([]);
  });
});
