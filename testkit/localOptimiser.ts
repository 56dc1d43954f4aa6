/**
 * A deliberately *local* optimiser of the discount model, the yardstick the
 * global engine is tested and benchmarked against: projected gradient ascent
 * from one start (what Solver's GRG engine does in spirit), and a multistart
 * wrapper (what Solver's Multistart option does). It shares nothing with the
 * engine but the model's arithmetic in evaluate.ts, so agreement between the
 * two is evidence, not an echo.
 *
 * Method: maximise the exact-penalty function
 *   F(d) = Σ_t Π_t(d_t) - μ Σ_t max(0, m_t R_t - Π_t)
 * over the box-and-chain set {0 <= d_1 <= … <= d_T <= D}. Each step moves
 * along the central-difference gradient scaled to a max-norm step s, then
 * projects back: isotonic regression (pool adjacent violators) followed by
 * clipping to [0, D], which is the exact Euclidean projection onto that set
 * because every coordinate has the same bounds. A step is kept only if F
 * rises; otherwise s is halved. Stops when s < MIN_STEP or after MAX_ITERATIONS.
 */
import type { DiscountModelInput } from "../src/core/discount/model";
import { evaluateDiscounts, tierFigures } from "../src/core/discount/evaluate";
import { mulberry32 } from "./random";

export interface LocalResult {
  discounts: number[];
  profit: number;
  /** Every floor holds within FEASIBILITY_TOLERANCE of its tier's revenue. */
  feasible: boolean;
  iterations: number;
}

export interface MultistartOptions {
  /** Number of starts including the all-zero start; default 20 (the yardstick). */
  starts?: number;
  /** Seed of the start points; default 1. Same seed, same answer. */
  seed?: number;
}

/**
 * Penalty weight μ per unit of floor violation. The floor's Lagrange
 * multiplier is the profit gained per unit of slack given up, which for this
 * model is O(1) (profit and m·revenue move with d at comparable rates); 100
 * makes the penalty exact for multipliers up to 100.
 */
export const PENALTY_WEIGHT = 100;
/** Central-difference step in d: ~ cube root of machine epsilon scaled to d ~ 0.1. */
export const DIFFERENCE_STEP = 1e-6;
/** Smallest max-norm step before declaring convergence: well below any discount anyone prices. */
export const MIN_STEP = 1e-10;
/** Iteration cap per start; GRG's default is unbounded, 2000 steps is far more than convergence needs here. */
export const MAX_ITERATIONS = 2000;
/** A floor counts as met when m R - Π is below this share of the tier's revenue (the polish-free analogue of Solver's constraint precision 1e-6). */
export const FEASIBILITY_TOLERANCE = 1e-7;
export const DEFAULT_STARTS = 20;
/**
 * First max-norm step, as a share of the maximum discount D: a tenth of the
 * range moves every tier by a few points at once, large enough to leave a
 * start's neighbourhood in a handful of steps, small enough not to jump over a
 * hump a fifth of the range wide (GRG likewise starts from a modest move).
 */
export const INITIAL_STEP_SHARE = 0.1;
/**
 * Largest step, as a share of D, that successful steps may double up to: a
 * quarter of the range, so a local method stays local (it never leaps across
 * the whole range into another basin, which is the global engine's job).
 */
export const MAX_STEP_SHARE = 0.25;

/** Euclidean projection onto {lo <= d_1 <= … <= d_T <= hi}: pool adjacent violators, then clip. */
export function projectOntoChain(values: readonly number[], lo: number, hi: number): number[] {
  const sums: number[] = [];
  const counts: number[] = [];
  for (const v of values) {
    sums.push(v);
    counts.push(1);
    while (
      sums.length > 1 &&
      sums[sums.length - 2] / counts[counts.length - 2] >
        sums[sums.length - 1] / counts[counts.length - 1]
    ) {
      const s = sums.pop()!;
      const n = counts.pop()!;
      sums[sums.length - 1] += s;
      counts[counts.length - 1] += n;
    }
  }
  const out: number[] = [];
  sums.forEach((s, i) => {
    const v = Math.min(hi, Math.max(lo, s / counts[i]));
    for (let j = 0; j < counts[i]; j++) out.push(v);
  });
  return out;
}

function penalised(model: DiscountModelInput, t: number, d: number): number {
  const f = tierFigures(model, t, d);
  return f.profit - PENALTY_WEIGHT * Math.max(0, -f.floorSlack);
}

function isFeasible(model: DiscountModelInput, d: readonly number[]): boolean {
  return d.every((x, t) => {
    const f = tierFigures(model, t, x);
    return f.floorSlack >= -FEASIBILITY_TOLERANCE * Math.max(1, Math.abs(f.revenue));
  });
}

/** Projected gradient ascent from `start` (projected onto the box and chain first). */
export function localOptimise(model: DiscountModelInput, start: readonly number[]): LocalResult {
  const D = model.maxDiscount;
  let d = projectOntoChain(start, 0, D);
  let terms = d.map((x, t) => penalised(model, t, x));
  let value = terms.reduce((a, b) => a + b, 0);
  let step = INITIAL_STEP_SHARE * D;
  let iterations = 0;
  while (step >= MIN_STEP && iterations < MAX_ITERATIONS && D > 0) {
    iterations++;
    const grad = d.map((x, t) => {
      const lo = Math.max(0, x - DIFFERENCE_STEP);
      const hi = Math.min(D, x + DIFFERENCE_STEP);
      return hi > lo ? (penalised(model, t, hi) - penalised(model, t, lo)) / (hi - lo) : 0;
    });
    const norm = Math.max(...grad.map(Math.abs));
    if (!(norm > 0)) break;
    const trial = projectOntoChain(
      d.map((x, t) => x + (step * grad[t]) / norm),
      0,
      D
    );
    const trialTerms = trial.map((x, t) => penalised(model, t, x));
    const trialValue = trialTerms.reduce((a, b) => a + b, 0);
    if (trialValue > value) {
      d = trial;
      terms = trialTerms;
      value = trialValue;
      step = Math.min(2 * step, MAX_STEP_SHARE * D);
    } else {
      step /= 2;
    }
  }
  return {
    discounts: d,
    profit: evaluateDiscounts(model, d).profit,
    feasible: isFeasible(model, d),
    iterations,
  };
}

/**
 * The best feasible result of `starts` local runs: the first from zero
 * discount (Solver's usual start), the rest from seeded random sorted points.
 * Returns null when no run ends feasible.
 */
export function multistartLocalOptimise(
  model: DiscountModelInput,
  options: MultistartOptions = {}
): (LocalResult & { fromZero: LocalResult }) | null {
  const starts = options.starts ?? DEFAULT_STARTS;
  const random = mulberry32(options.seed ?? 1);
  const T = model.tiers.length;
  const fromZero = localOptimise(model, new Array<number>(T).fill(0));
  let best: LocalResult | null = fromZero.feasible ? fromZero : null;
  for (let i = 1; i < starts; i++) {
    const start = Array.from({ length: T }, () => random() * model.maxDiscount).sort(
      (a, b) => a - b
    );
    const r = localOptimise(model, start);
    if (r.feasible && (best === null || r.profit > best.profit)) best = r;
  }
  return best === null ? null : { ...best, fromZero };
}
