import { adbudg } from "../../../src/core/metrics/responseModels";
import { adbudgCalibrate, adbudgFit } from "../../../src/core/metrics/adbudgCalibration";
import type { Grid } from "../../../src/core/args";

/** A column range as the coercion helper delivers it (null: a blank cell). */
function column(cells: (number | null)[]): Grid {
  return {
    rows: cells.length,
    cols: 1,
    values: Float64Array.from(cells.map((c) => c ?? 0)),
    blank: Uint8Array.from(cells.map((c) => (c === null ? 1 : 0))),
  };
}

const curve = (x: number, a: number, b: number, g: number, k: number) =>
  adbudg(x, a, b, g, k) as number;

function expectRow(actual: unknown, expected: number[], relative = 1e-9): void {
  expect(Array.isArray(actual)).toBe(true);
  const [row] = actual as number[][];
  expect(row).toHaveLength(expected.length);
  row.forEach((x, i) =>
    expect(Math.abs(x - expected[i])).toBeLessThanOrEqual(
      relative * Math.max(1, Math.abs(expected[i]))
    )
  );
}

describe("adbudgCalibrate (Little's judgemental method)", () => {
  it.each([
    // Worked example (the catalogue's): halfway at 100,000, 80% of the way at 200,000.
    [
      [1000, 5000, 100000, 3000, 200000, 4200],
      [2, 100000],
    ],
    // Little's +50% question on an S-curve: today's spend 40 gives 30% of the range, 60 gives 55%.
    [
      [0, 100, 40, 30, 60, 55],
      [(Math.log(55 / 45) - Math.log(30 / 70)) / Math.log(1.5), NaN],
    ],
  ])("%p gives shape and K %p", (args, expected) => {
    const result = adbudgCalibrate(...(args as [number, number, number, number, number, number]));
    const [[shape, k]] = result as number[][];
    if (Number.isNaN(expected[1])) expect(shape).toBeCloseTo(expected[0], 12);
    else expectRow(result, expected, 1e-12);
    // The curve with these parameters passes through both points.
    const [a, b, x1, r1, x2, r2] = args;
    expect(curve(x1, a, b, shape, k)).toBeCloseTo(r1, 9);
    expect(curve(x2, a, b, shape, k)).toBeCloseTo(r2, 9);
  });

  it("points in either order give the same curve", () => {
    expect(adbudgCalibrate(1000, 5000, 200000, 4200, 100000, 3000)).toEqual(
      adbudgCalibrate(1000, 5000, 100000, 3000, 200000, 4200)
    );
  });

  it("a ceiling not above the floor is #NUM!", () => {
    expect(adbudgCalibrate(5000, 5000, 1, 5000, 2, 5000)).toEqual({
      kind: "NUM",
      message: "max_response must be greater than min_response",
    });
  });

  it.each([
    [[1000, 5000, 100000, 1000, 200000, 4200], 1],
    [[1000, 5000, 100000, 3000, 200000, 5000], 2],
    [[1000, 5000, 100000, 6000, 200000, 4200], 1],
    [[1000, 5000, 100000, 3000, 200000, 500], 2],
  ])(
    "%p: a response on or outside the floor or ceiling is #NUM! naming point %i",
    (args, point) => {
      expect(
        adbudgCalibrate(...(args as [number, number, number, number, number, number]))
      ).toEqual({
        kind: "NUM",
        message: `response_${point} must lie strictly between min_response and max_response (the curve only approaches its floor and ceiling)`,
      });
    }
  );

  it("two equal spends are #DIV/0!", () => {
    expect(adbudgCalibrate(1000, 5000, 100000, 3000, 100000, 4200)).toMatchObject({ kind: "DIV0" });
  });

  it("a response that falls as the spend rises is #NUM!", () => {
    expect(adbudgCalibrate(1000, 5000, 100000, 4200, 200000, 3000)).toEqual({
      kind: "NUM",
      message: "the response must rise with the spend for an ADBUDG curve",
    });
  });
});

describe("adbudgFit (least squares on history)", () => {
  const spends = [0, 50000, 100000, 150000, 200000, 300000];

  it.each([
    // Worked example: the ADBUDG example's curve at six spends is recovered exactly.
    [1000, 5000, 2, 100000],
    [0, 900, 3.5, 80],
    [250, 1250, 0.7, 120000],
  ])("recovers floor %p, ceiling %p, shape %p, K %p from exact points", (a, b, g, k) => {
    const xs = k < 1000 ? [5, 20, 40, 60, 80, 100, 140, 200] : spends;
    const result = adbudgFit(column(xs), column(xs.map((x) => curve(x, a, b, g, k))));
    expectRow(result, [a, b, g, k], 1e-7);
  });

  it("fits noisy history close to the curve that made it", () => {
    const xs = [10, 20, 40, 60, 80, 100, 120, 150, 200, 260];
    const noise = (i: number) => 1 + 0.01 * Math.sin(7 * i);
    const rs = xs.map((x, i) => curve(x, 50, 950, 3, 90) * noise(i));
    const [[a, b, g, k]] = adbudgFit(column(xs), column(rs)) as number[][];
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(800);
    expect(g).toBeGreaterThan(2.4);
    expect(g).toBeLessThan(3.6);
    expect(k).toBeGreaterThan(80);
    expect(k).toBeLessThan(100);
  });

  it("skips rows where either cell is blank", () => {
    const xs = [...spends, null, 400000];
    const rs = [...spends.map((x) => curve(x, 1000, 5000, 2, 100000)), 99999, null];
    expectRow(adbudgFit(column(xs), column(rs)), [1000, 5000, 2, 100000], 1e-7);
  });

  it("keeps the floor at 0 when the free fit would put it below (MKT.ADBUDG needs a floor >= 0)", () => {
    // A straight line through the origin steepening slightly: the unconstrained floor is negative.
    const xs = [10, 20, 30, 40, 50];
    const rs = [0.5, 2.5, 4.5, 6.5, 8.5];
    const [[a]] = adbudgFit(column(xs), column(rs)) as number[][];
    expect(a).toBe(0);
  });

  it("fewer than four different spends is #N/A", () => {
    expect(adbudgFit(column([10, 10, 20, 30]), column([1, 2, 3, 4]))).toEqual({
      kind: "NA",
      message:
        "at least 4 periods at 4 different spends are needed to fit four parameters; there are 3 different spends",
    });
  });

  it("ranges with different numbers of cells are #VALUE!", () => {
    expect(adbudgFit(column([1, 2, 3, 4]), column([1, 2, 3]))).toEqual({
      kind: "VALUE",
      message: "spend and response must have the same number of cells (4 and 3)",
    });
  });

  it("a response that falls as the spend rises is #NUM!", () => {
    expect(adbudgFit(column([1, 2, 3, 4, 5]), column([5, 4, 3, 2, 1]))).toMatchObject({
      kind: "NUM",
      message: "the response must rise with the spend for an ADBUDG curve",
    });
  });
});
