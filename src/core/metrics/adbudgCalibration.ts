/**
 * Calibrating an ADBUDG curve (Little, 1970), the response model named by the
 * article (docs/methods.md §10): from a manager's judgement (two points on the
 * curve besides its floor and ceiling; closed form) or from history (pairs of
 * spend and response; least squares). Both return the parameters MKT.ADBUDG
 * takes, as one row of cells.
 *
 * With y = (R − floor)/(ceiling − floor), the curve is y = x^γ/(K^γ + x^γ), i.e.
 *   ln(y/(1−y)) = γ·ln x − γ·ln K,
 * a straight line in (ln x, logit y): two points fix γ (its slope) and K.
 */
import { CalcError, calcError } from "../errors";
import { MESSAGES } from "../messages";
import type { Grid } from "../args";

const logit = (y: number) => Math.log(y / (1 - y));

/** γ and K from two points (x1, R1), (x2, R2) strictly between floor and ceiling: [[γ, K]]. */
export function adbudgCalibrate(
  minResponse: number,
  maxResponse: number,
  spend1: number,
  response1: number,
  spend2: number,
  response2: number
): number[][] | CalcError {
  const span = maxResponse - minResponse;
  if (!(span > 0)) return calcError("NUM", MESSAGES.ceilingNotAboveFloor());
  const y1 = (response1 - minResponse) / span;
  const y2 = (response2 - minResponse) / span;
  if (!(y1 > 0 && y1 < 1)) return calcError("NUM", MESSAGES.pointOutside(1));
  if (!(y2 > 0 && y2 < 1)) return calcError("NUM", MESSAGES.pointOutside(2));
  if (spend1 === spend2) return calcError("DIV0", MESSAGES.sameSpend());
  const shape = (logit(y2) - logit(y1)) / (Math.log(spend2) - Math.log(spend1));
  if (!(shape > 0)) return calcError("NUM", MESSAGES.notRising());
  const halfSaturation = Math.exp(Math.log(spend1) - logit(y1) / shape);
  return [[shape, halfSaturation]];
}

/** Four parameters need at least four points, at four different spends. */
export const MIN_FIT_POINTS = 4;
/** Shapes searched: 0.1 (nearly flat) to 20 (nearly a step); published calibrations lie within 0.5-5. */
export const FIT_SHAPE_RANGE = [0.1, 20] as const;
/** K searched from a tenth of the smallest positive spend to ten times the largest. */
export const FIT_K_SPREAD = 10;
/** Starting grid in (ln γ, ln K): 40 × 60 profiles locate the basin of the least-squares minimum. */
export const FIT_GRID = [40, 60] as const;
/** Nelder-Mead steps from the best grid point: converges to float precision in far fewer. */
export const FIT_ITERATIONS = 2000;
/** Nelder-Mead stops when the simplex spans less than this in ln γ and ln K: 1e-13 relative in γ and K, near float resolution of the logarithms. */
export const FIT_TOLERANCE = 1e-13;

interface Profile {
  sse: number;
  floor: number;
  rise: number;
}

/**
 * For fixed γ and K the response is linear in floor a and rise c = ceiling − a:
 * least squares in closed form, with a >= 0 and c >= 0 (MKT.ADBUDG's domain)
 * enforced by refitting on the boundary when the free solution leaves it.
 */
function profile(xs: Float64Array, rs: Float64Array, shape: number, k: number): Profile {
  const n = xs.length;
  const h = new Float64Array(n);
  let hMean = 0;
  let rMean = 0;
  for (let i = 0; i < n; i++) {
    h[i] = xs[i] === 0 ? 0 : 1 / (1 + Math.pow(k / xs[i], shape));
    hMean += h[i] / n;
    rMean += rs[i] / n;
  }
  let shh = 0;
  let shr = 0;
  for (let i = 0; i < n; i++) {
    shh += (h[i] - hMean) ** 2;
    shr += (h[i] - hMean) * (rs[i] - rMean);
  }
  let rise = shh > 0 ? Math.max(0, shr / shh) : 0;
  let floor = rMean - rise * hMean;
  if (floor < 0) {
    let hh = 0;
    let hr = 0;
    for (let i = 0; i < n; i++) {
      hh += h[i] * h[i];
      hr += h[i] * rs[i];
    }
    floor = 0;
    rise = hh > 0 ? Math.max(0, hr / hh) : 0;
  }
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (floor + rise * h[i] - rs[i]) ** 2;
  return { sse, floor, rise };
}

/** Nelder-Mead on f over R², from p0 with initial steps `step`. */
function nelderMead(f: (p: number[]) => number, p0: number[], step: number[]): number[] {
  let simplex = [p0, [p0[0] + step[0], p0[1]], [p0[0], p0[1] + step[1]]].map((p) => ({
    p,
    v: f(p),
  }));
  for (let it = 0; it < FIT_ITERATIONS; it++) {
    simplex.sort((a, b) => a.v - b.v);
    const [best, mid, worst] = simplex;
    const size = Math.max(
      ...[mid, worst].map((s) =>
        Math.max(Math.abs(s.p[0] - best.p[0]), Math.abs(s.p[1] - best.p[1]))
      )
    );
    if (size < FIT_TOLERANCE) break;
    const centre = [(best.p[0] + mid.p[0]) / 2, (best.p[1] + mid.p[1]) / 2];
    const along = (t: number) => [
      centre[0] + t * (worst.p[0] - centre[0]),
      centre[1] + t * (worst.p[1] - centre[1]),
    ];
    const reflected = { p: along(-1), v: 0 };
    reflected.v = f(reflected.p);
    if (reflected.v < best.v) {
      const expanded = { p: along(-2), v: 0 };
      expanded.v = f(expanded.p);
      simplex = [best, mid, expanded.v < reflected.v ? expanded : reflected];
    } else if (reflected.v < mid.v) simplex = [best, mid, reflected];
    else {
      const contracted = { p: along(0.5), v: 0 };
      contracted.v = f(contracted.p);
      if (contracted.v < worst.v) simplex = [best, mid, contracted];
      else
        simplex = [
          best,
          ...[mid, worst].map((s) => {
            const p = [(s.p[0] + best.p[0]) / 2, (s.p[1] + best.p[1]) / 2];
            return { p, v: f(p) };
          }),
        ];
    }
  }
  simplex.sort((a, b) => a.v - b.v);
  return simplex[0].p;
}

/** The paired, non-blank spends and responses. */
function pairs(spend: Grid, response: Grid): { xs: Float64Array; rs: Float64Array } | CalcError {
  if (spend.rows * spend.cols !== response.rows * response.cols)
    return calcError(
      "VALUE",
      MESSAGES.fitCounts(spend.rows * spend.cols, response.rows * response.cols)
    );
  const xs: number[] = [];
  const rs: number[] = [];
  for (let i = 0; i < spend.values.length; i++) {
    if (spend.blank[i] || response.blank[i]) continue;
    xs.push(spend.values[i]);
    rs.push(response.values[i]);
  }
  return { xs: Float64Array.from(xs), rs: Float64Array.from(rs) };
}

/** Floor, ceiling, γ and K fitted by least squares to (spend, response) pairs: [[floor, ceiling, γ, K]]. */
export function adbudgFit(spend: Grid, response: Grid): number[][] | CalcError {
  const data = pairs(spend, response);
  if ("kind" in data) return data;
  const { xs, rs } = data;
  const distinct = new Set(xs).size;
  if (xs.length < MIN_FIT_POINTS || distinct < MIN_FIT_POINTS)
    return calcError("NA", MESSAGES.tooFewPoints(MIN_FIT_POINTS, distinct));
  const positive = Array.from(xs).filter((x) => x > 0);
  const lo = [Math.log(FIT_SHAPE_RANGE[0]), Math.log(Math.min(...positive) / FIT_K_SPREAD)];
  const hi = [Math.log(FIT_SHAPE_RANGE[1]), Math.log(Math.max(...positive) * FIT_K_SPREAD)];
  const sse = (p: number[]) => profile(xs, rs, Math.exp(p[0]), Math.exp(p[1])).sse;
  let start = lo;
  let best = Infinity;
  for (let i = 0; i < FIT_GRID[0]; i++)
    for (let j = 0; j < FIT_GRID[1]; j++) {
      const p = [
        lo[0] + ((hi[0] - lo[0]) * i) / (FIT_GRID[0] - 1),
        lo[1] + ((hi[1] - lo[1]) * j) / (FIT_GRID[1] - 1),
      ];
      const v = sse(p);
      if (v < best) [best, start] = [v, p];
    }
  const step = [0, 1].map((d) => (hi[d] - lo[d]) / FIT_GRID[d]);
  const [lnShape, lnK] = nelderMead(sse, start, step);
  const shape = Math.exp(lnShape);
  const k = Math.exp(lnK);
  const fit = profile(xs, rs, shape, k);
  if (!(fit.rise > 0)) return calcError("NUM", MESSAGES.notRising());
  return [[fit.floor, fit.floor + fit.rise, shape, k]];
}
