/**
 * One channel's profit curve π(x) = m·R(x) − x and the two facts about it the
 * optimiser relies on: where R turns from convex to concave, and, on the
 * concave part, the spend whose marginal profit equals a given price λ of
 * money. R is MKT.ADBUDG's or MKT.VIDALE_WOLFE's own function
 * (metrics/responseModels.ts), so the engine optimises exactly what the
 * catalogue and the sheet compute.
 *
 * Shapes (m > 0, so π has the shape of R):
 *   ADBUDG, γ > 1: convex on [0, x_c], concave on [x_c, ∞),
 *     x_c = K·((γ−1)/(γ+1))^(1/γ) (where R'' = 0);
 *   ADBUDG, γ <= 1 and Vidale-Wolfe: concave on [0, ∞) (x_c = 0).
 */
import { adbudg, vidaleWolfe } from "../metrics/responseModels";
import { isCalcError, type CalcError } from "../errors";
import type { AdbudgResponse, Channel, VidaleWolfeResponse } from "./model";

export interface ChannelCurve {
  /** The response R(x), as the catalogue function returns it. */
  response(x: number): number;
  /** π(x) = m·R(x) − x. */
  profit(x: number): number;
  /** dπ/dx = m·R'(x) − 1 (+Infinity at 0 for ADBUDG with γ < 1). */
  slope(x: number): number;
  /** R is convex on [0, inflection] and concave on [inflection, ∞). */
  inflection: number;
  /**
   * The maximiser of π(x) − λx on [lo, hi], where inflection <= lo <= hi: π − λx
   * is concave there, so it is the point where the slope falls through λ
   * (or an end). May land a hair to the right of the exact point; callers
   * bound what that costs (dual.ts).
   */
  concaveArgmax(lambda: number, lo: number, hi: number): number;
}

/**
 * Newton steps for the ADBUDG stationary point. From the right end the
 * iteration decreases monotonically onto the root (F is concave and
 * decreasing, see below) and converges quadratically: 6-8 steps from any
 * start in practice; 60 leaves room for the linear convergence next to the
 * inflection point, where F' vanishes.
 */
export const NEWTON_ITERATIONS = 60;
/** Newton stops when a step in ln u is below this: ~50 ulps at |ln u| ~ 1, far below any spend anyone budgets. */
export const NEWTON_STEP_TOLERANCE = 1e-14;

function value(result: number | CalcError): number {
  // Validated models never produce an error value; reaching one is a bug.
  if (isCalcError(result)) throw new Error(`response model: ${result.message}`);
  return result;
}

/** ln(1 + e^s) without overflow for large s. */
function softplus(s: number): number {
  return s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
}

/**
 * F(s) = e·s − 2·softplus(s) − c of the ADBUDG stationary point (below). A
 * module function, not a closure made per call: the λ search calls
 * concaveArgmax thousands of times per solve.
 */
function stationaryGap(s: number, e: number, c: number): number {
  return e * s - 2 * softplus(s) - c;
}

function adbudgCurve(margin: number, p: AdbudgResponse): ChannelCurve {
  const { minResponse: a, maxResponse: b, shape: g, halfSaturationSpend: k } = p;
  const span = b - a;
  const response = (x: number) => value(adbudg(x, a, b, g, k));
  // R'(x) = (b−a)·γ·q/((1+q)²·x) with q = (x/K)^γ.
  const derivative = (x: number): number => {
    if (span === 0) return 0;
    if (x === 0) return g > 1 ? 0 : g === 1 ? span / k : Infinity;
    const q = Math.pow(x / k, g);
    if (!Number.isFinite(q)) return 0;
    return (span * g * (q / (1 + q)) * (1 / (1 + q))) / x;
  };
  const inflection = g > 1 ? k * Math.pow((g - 1) / (g + 1), 1 / g) : 0;
  /*
   * Solve R'(x) = t = (1+λ)/m. With u = (x/K)^γ and s = ln u,
   *   ln R' = ln((b−a)γ/K) + (1 − 1/γ)·s − 2·ln(1 + e^s),
   * so the root of F(s) = (1 − 1/γ)s − 2·softplus(s) − ln(tK/((b−a)γ)) is wanted.
   * F'(s) = (1 − 1/γ) − 2σ(s) <= 0 on the concave part (σ(s) = u/(1+u) >= (γ−1)/(2γ)
   * there) and F'' = −2σ(1−σ) < 0: F is concave and decreasing, so Newton from
   * the right end never overshoots the root.
   */
  let lastRoot = NaN;
  const concaveArgmax = (lambda: number, lo: number, hi: number): number => {
    const t = (1 + lambda) / margin;
    if (t <= 0) return hi;
    if (span === 0) return lo;
    const c = Math.log((t * k) / (span * g));
    const e = 1 - 1 / g;
    const sHi = g * Math.log(hi / k);
    if (hi === 0 || stationaryGap(sHi, e, c) >= 0) return hi;
    if (lo > 0 && stationaryGap(g * Math.log(lo / k), e, c) <= 0) return lo;
    if (lo === 0 && g === 1 && -c <= 0) return lo;
    const sLo = lo > 0 ? g * Math.log(lo / k) : -Infinity;
    // Warm start at the previous root (λ moves little between calls): from the
    // left of the root the first step lands right of it (the tangent lies above
    // the concave F), from the right the steps descend onto it.
    let s = Number.isFinite(lastRoot) ? Math.min(sHi, Math.max(sLo, lastRoot)) : sHi;
    for (let i = 0; i < NEWTON_ITERATIONS; i++) {
      const sigma = 1 / (1 + Math.exp(-s));
      const step = stationaryGap(s, e, c) / (e - 2 * sigma);
      if (!Number.isFinite(step)) break;
      s = Math.min(sHi, Math.max(sLo, s - step));
      if (Math.abs(step) <= NEWTON_STEP_TOLERANCE * Math.max(1, Math.abs(s))) break;
    }
    lastRoot = s;
    return Math.min(hi, Math.max(lo, k * Math.exp(s / g)));
  };
  return {
    response,
    profit: (x) => margin * response(x) - x,
    slope: (x) => margin * derivative(x) - 1,
    inflection,
    concaveArgmax,
  };
}

function vidaleWolfeCurve(margin: number, p: VidaleWolfeResponse): ChannelCurve {
  const { responseRate: r, saturationSales: m, decayRate: d } = p;
  const response = (x: number) => value(vidaleWolfe(x, r, m, d));
  // R'(x) = r·λ·M² / (r·x + λ·M)²; concave for every x >= 0.
  const derivative = (x: number): number => {
    const base = r * x + d * m;
    return (r * d * m * (m / base)) / base;
  };
  // R'(x) = t has the closed form x = M·(√(r·λ/t) − λ)/r (λ: decay rate here).
  const concaveArgmax = (lambda: number, lo: number, hi: number): number => {
    const t = (1 + lambda) / margin;
    if (t <= 0) return hi;
    if (r === 0) return lo;
    const x = (m * (Math.sqrt((r * d) / t) - d)) / r;
    return Math.min(hi, Math.max(lo, x));
  };
  return {
    response,
    profit: (x) => margin * response(x) - x,
    slope: (x) => margin * derivative(x) - 1,
    inflection: 0,
    concaveArgmax,
  };
}

/** The profit curve of a validated channel. */
export function channelCurve(channel: Channel): ChannelCurve {
  const { response, margin } = channel;
  return response.model === "adbudg"
    ? adbudgCurve(margin, response)
    : vidaleWolfeCurve(margin, response);
}
