/**
 * fast-check generators for the catalogue tests: anything a caller could pass
 * (for the "never NaN, never a throw" properties) and valid arguments derived
 * from each entry's declarations (for invariants and the native twins).
 */
import fc from "fast-check";
import { ArgDecl } from "../../../src/core/args";
import { CatalogueEntry } from "../../../src/core/catalogue";

/** Any scalar a cell, the CLI or a careless caller could produce. */
export const anyScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(), // includes NaN, ±Infinity, -0, huge and tiny values
  fc.integer(),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.constantFrom(0, 1, -1, 0.5, 1e308, -1e308, 5e-324),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("", "en", "ru", "kk", "EN", "12", "#N/A"),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constant({ code: "#N/A" }),
  fc.constant({ type: "Error", errorType: "Div0" }),
  fc.constant({ some: "object" })
);

/** Any range: empty, ragged, mixed cells, nested junk. */
export const anyRange: fc.Arbitrary<unknown> = fc.oneof(
  fc.array(fc.array(anyScalar, { maxLength: 4 }), { maxLength: 6 }), // ragged and empty included
  fc.integer({ min: 1, max: 6 }).chain((rows) =>
    fc.integer({ min: 1, max: 3 }).chain((cols) =>
      fc.array(
        fc.array(
          fc.oneof(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.boolean(), fc.constant(null)),
          { minLength: cols, maxLength: cols }
        ),
        {
          minLength: rows,
          maxLength: rows,
        }
      )
    )
  ),
  fc.constant([]),
  fc.constant([[]]),
  anyScalar
);

/** Arbitrary arguments for an entry: the right count, or one short or one long. */
export function anyArgs(entry: CatalogueEntry): fc.Arbitrary<unknown[]> {
  const perArg = entry.args.map((a) => (a.kind === "range" ? anyRange : anyScalar));
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(...perArg) as fc.Arbitrary<unknown[]> },
    {
      weight: 1,
      arbitrary: fc.array(fc.oneof(anyScalar, anyRange), { maxLength: entry.args.length + 2 }),
    }
  );
}

const MAGNITUDE = 1e6;

/** A valid scalar for a declaration (moderate magnitudes so native twins stay comparable). */
function validScalar(arg: ArgDecl): fc.Arbitrary<unknown> {
  if (arg.kind === "text") return fc.constantFrom(...(arg.choices ?? ["en"]));
  if (arg.kind === "boolean") return fc.boolean();
  const low = arg.bounds?.min ?? (arg.kind === "number" ? -MAGNITUDE : 0);
  const exclusive = arg.bounds?.minExclusive ?? false;
  const high = arg.kind === "share" ? 1 : (arg.bounds?.max ?? MAGNITUDE);
  if (arg.kind === "count") return fc.integer({ min: exclusive ? low + 1 : low, max: 5000 });
  // Business figures, not float edge cases: magnitudes below 1e-6 (subnormals, which
  // Excel itself flushes to 0) become 0, or the smallest allowed value when 0 is not.
  return fc
    .double({ min: low, max: high, minExcluded: exclusive, noNaN: true, noDefaultInfinity: true })
    .map((x) => (Math.abs(x) >= 1e-6 ? x : exclusive ? Math.max(low, 0) + 1e-6 : 0));
}

const positive = fc.double({ min: 0.01, max: 1e4, noNaN: true });
/** A non-negative business figure: below 1e-6 (subnormals included, which Excel flushes) it is 0. */
const figure = (max: number) =>
  fc.double({ min: 0, max, noNaN: true }).map((x) => (x >= 1e-6 ? x : 0));

/**
 * Valid but huge figures, up to the largest double: a few of them overflow a
 * sum (1e308 + 1e308 = Infinity), which is the path that must give #NUM!, never
 * a finite wrong share.
 */
const hugeFigure = fc.oneof(
  fc.double({ min: 1e300, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, Number.MAX_VALUE)
);
const flagCell = fc.oneof(
  fc.boolean(),
  fc.constantFrom(0, 1),
  figure(500),
  hugeFigure,
  fc.constant(null)
);
const figureCell = fc.oneof(
  { weight: 5, arbitrary: figure(1e5) },
  { weight: 1, arbitrary: hugeFigure },
  { weight: 1, arbitrary: fc.constant(null) }
);
const scoreCell = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 5 }) },
  { weight: 1, arbitrary: fc.constant(null) }
);

function matrix<T>(rows: number, cols: number, cell: fc.Arbitrary<T>): fc.Arbitrary<T[][]> {
  return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
}

/**
 * Valid arguments built by construction where independent draws would rarely be
 * valid: ranges with consistent shapes, POSM that pays back, ADBUDG shapes of a
 * realistic size (the textbook twin overflows K^shape for shapes in the hundreds).
 */
const SPECIAL_ARGS: Record<string, fc.Arbitrary<unknown[]>> = {
  POSM_PAYBACK: fc
    .tuple(figure(1e6), positive, positive, fc.double({ min: 0, max: 0.99, noNaN: true }))
    .map(([production, uplift, unitProfit, f]) => [
      production,
      uplift,
      unitProfit,
      uplift * unitProfit * f,
    ]),
  PROMO_INCREMENT: fc.tuple(
    positive, // baseline_daily_units: the ordinary year must earn something
    positive, // unit_profit
    fc.integer({ min: 0, max: 60 }),
    figure(1e4),
    fc.integer({ min: 0, max: 5000 }),
    figure(100),
    figure(1e5),
    fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
    fc.option(fc.integer({ min: 28, max: 31 }), { nil: null })
  ),
  ADBUDG: fc
    .tuple(
      figure(1e6),
      figure(1e5),
      positive,
      fc.double({ min: 0.1, max: 10, noNaN: true }),
      positive
    )
    .map(([spend, min, range, shape, k]) => [spend, min, min + range, shape, k]),
  // Consistent counts: the kept customers (at most the start) plus the new ones make the end.
  RETENTION_RATE: fc
    .integer({ min: 1, max: 5000 })
    .chain((start) =>
      fc.tuple(
        fc.integer({ min: 0, max: start }),
        fc.integer({ min: 0, max: 5000 }),
        fc.constant(start)
      )
    )
    .map(([kept, added, start]) => [kept + added, added, start]),
  NUMERIC_DIST: fc
    .integer({ min: 1, max: 30 })
    .chain((n) =>
      fc.tuple(matrix(n, 1, flagCell), fc.option(matrix(n, 1, flagCell), { nil: null }))
    ),
  WEIGHTED_DIST: fc
    .integer({ min: 1, max: 30 })
    .chain((n) => fc.tuple(matrix(n, 1, figureCell), matrix(n, 1, flagCell))),
  CLEAN_DIST: fc
    .tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 6 }))
    .chain(([rows, cols]) => fc.tuple(matrix(rows, cols, flagCell))),
  INFLUENCE_COEF: fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(matrix(n, 1, scoreCell))),
  HYPOTHESIS_CONFIRMED: fc
    .integer({ min: 1, max: 30 })
    .chain((n) =>
      fc.tuple(
        matrix(n, 1, scoreCell),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })
      )
    ),
};

/** Valid-looking arguments: each within its declaration; optional ones sometimes omitted (null). */
export function validArgs(entry: CatalogueEntry): fc.Arbitrary<unknown[]> {
  const special = SPECIAL_ARGS[entry.name];
  if (special) return special;
  return fc.tuple(
    ...entry.args.map((a) =>
      a.optional ? fc.option(validScalar(a), { nil: null }) : validScalar(a)
    )
  ) as fc.Arbitrary<unknown[]>;
}

/**
 * What a worksheet cell can hold, as the function receives it: numbers (small
 * integers and simple decimals, so that valid draws stay comparable), texts
 * ("" as a formula returning ""), TRUE/FALSE, a blank (null) and error values.
 */
export type SheetValue = number | string | boolean | null | { readonly code: string };
export const ERROR_CELLS = [{ code: "#N/A" }, { code: "#DIV/0!" }] as const;

export const sheetValue: fc.Arbitrary<SheetValue> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 60 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, 0.5, 0.25, 1, 1.5, 2, -0.5, 100, 1e6) },
  { weight: 1, arbitrary: fc.constantFrom("", "abc", "12", " ru ", "EN", "kk") },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(...ERROR_CELLS) }
);

/**
 * Arguments anywhere in the domain, each one a cell or a range of cells:
 * ranges share a shape most of the time and differ sometimes; an optional
 * argument is sometimes omitted (undefined).
 */
export function sheetArgs(entry: CatalogueEntry): fc.Arbitrary<unknown[]> {
  const shape = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }));
  return fc.tuple(shape, shape, fc.integer({ min: 0, max: 4 })).chain(([common, other, pick]) =>
    fc.tuple(
      ...entry.args.map((a, i) => {
        const [rows, cols] = pick === 0 && i > 0 ? other : common;
        const value: fc.Arbitrary<unknown> =
          a.kind === "range" ? matrix(rows, cols, sheetValue) : sheetValue;
        return a.optional ? fc.oneof(value, fc.constant(undefined)) : value;
      })
    )
  ) as fc.Arbitrary<unknown[]>;
}
