/**
 * The Lagrangian bound of one branch-and-bound node (a box l'_i <= x_i <= u'_i
 * per channel inside the model's bounds) and a feasible allocation near it.
 *
 * For a price λ of money (λ >= 0 when the budget is a ceiling, any λ when
 * it must be spent), weak duality gives, for every allocation x in the box
 * with Σ x_i <= B (or = B),
 *   Σ π_i(x_i) <= Σ π_i(x_i) + λ(B − Σ x_i) <= λB + Σ_i max_{x in box_i} (π_i(x) − λx) =: g(λ),
 * so every g(λ) is an upper bound of the node, however roughly λ was chosen.
 * Each inner maximum is exact: π_i − λx is convex left of the inflection point
 * (its maximum there is at an end) and concave right of it (its maximum is
 * where the slope falls through λ), so the candidates are the box's ends and
 * one stationary point. A stationary point found numerically at x̃ with
 * slope residual ρ = π'(x̃) − λ understates the concave maximum by at most
 * |ρ|·(distance to the end of the concave part on the side ρ points to), by
 * the tangent inequality of a concave function; that margin is added, so the
 * bound stays rigorous.
 *
 * g is convex in λ with subgradient B − D(λ), D(λ) = Σ_i argmax_i (the
 * channels' demand, non-increasing in λ). A safeguarded search (secant steps
 * on D − B taking turns with cutting-plane steps, starting from the parent
 * node's bracket) brackets the point where D crosses B, until the tangents at the bracket's
 * ends prove that no λ inside gives a bound lower by more than the tolerance;
 * min(g) at the bracket ends is the node's bound. It equals
 * the optimum of the concave-envelope relaxation (Udell & Boyd 2013, "Maximizing
 * a sum of sigmoids"), which is exact except on channels whose demand jumps
 * across B at λ*: the feasible allocation takes the demand at the upper λ
 * (Σ <= B) and hands out the rest, B − Σ, to the channels whose demand is
 * larger at the lower λ, smallest increase first; at most the last one is left
 * part-way, and the bound exceeds the allocation's profit by its local gap
 * g_i(λ) − (π_i(x_i) − λx_i), which tells the branching where to cut.
 */
import type { ChannelCurve } from "./curves";

/**
 * λ is bisected until the bracket is below this share of max(1, |λ|): λ is
 * profit per unit of money (O(1) in any real budget), and the bound moves by
 * at most the bracket × B, i.e. 1e-11 of the budget.
 */
export const LAMBDA_TOLERANCE = 1e-11;
/**
 * Step cap of the λ search: with a bisection at least every fourth step
 * (STEPS_TO_HALVE), 2^-50 of the initial bracket is far below LAMBDA_TOLERANCE.
 */
export const MAX_BISECTIONS = 200;
/**
 * The λ steps (secant, crossing) must halve the bracket within this many
 * steps, else the next is a bisection: the worst case stays linear (the
 * bracket halves at least every four evaluations). Three took the fewest
 * evaluations on the benchmark's models (two took 8% more, four as many).
 */
export const STEPS_TO_HALVE = 3;
/** First widening step of a parent's λ bracket that misses a child's λ, as a share of max(1, |λ|). */
export const HINT_STEP = 1e-2;
/** Doublings when searching for a λ at which the channels want no more than B: 2^1000 is beyond any marginal return. */
export const MAX_DOUBLINGS = 1000;
/**
 * Below λ = −1 every π_i − λx = m·R + (|λ| − 1)x is strictly increasing (R is
 * non-decreasing), so the demand is every channel's upper bound; −2 is such a λ.
 */
export const LAMBDA_ALL_MAX = -2;

export interface NodeBox {
  lo: Float64Array;
  hi: Float64Array;
}

export interface Relaxation {
  /** Rigorous upper bound of Σ π_i over the node's feasible set. */
  upper: number;
  /** A feasible allocation in the box (Σ = B when the budget binds or must be spent). */
  x: Float64Array;
  /** Σ π_i(x_i). */
  profit: number;
  /** Per channel, g_i(λ) − (π_i(x_i) − λx_i) >= 0: where the bound exceeds the allocation. */
  localGap: Float64Array;
  /** The bracket of λ found (equal ends when the budget does not bind). */
  lambdaLow: number;
  lambdaHigh: number;
}

interface Demand {
  x: Float64Array;
  /** Σ of the inner maxima's rigorous upper bounds. */
  bound: number;
  total: number;
  /** Per-channel inner-max bound. */
  inner: Float64Array;
}

/** max of π − λx on [a, b] (πa = π(a), πb = π(b)): the argmax and a rigorous bound of the max. */
function channelMax(
  c: ChannelCurve,
  lambda: number,
  a: number,
  b: number,
  πa: number,
  πb: number
): [number, number] {
  let bestX = a;
  let best = πa - lambda * a;
  const vb = πb - lambda * b;
  if (vb > best) {
    best = vb;
    bestX = b;
  }
  const start = Math.max(a, c.inflection);
  let bound = best;
  if (b > start) {
    const s = c.concaveArgmax(lambda, start, b);
    const vs = c.profit(s) - lambda * s;
    const residual = c.slope(s) - lambda;
    // Unreachable infinities (slope +∞ only at 0 with γ < 1, never a stationary point) are not a margin.
    const reach = residual < 0 ? s - start : b - s;
    const margin = Number.isFinite(residual) ? Math.abs(residual) * reach : 0;
    if (vs > best) {
      best = vs;
      bestX = s;
    }
    bound = Math.max(best, vs + margin);
  }
  return [bestX, bound];
}

/** The box with each channel's profit at both ends (they do not depend on λ). */
interface PricedBox extends NodeBox {
  profitLo: Float64Array;
  profitHi: Float64Array;
}

function demandAt(curves: readonly ChannelCurve[], box: PricedBox, lambda: number): Demand {
  const n = curves.length;
  const x = new Float64Array(n);
  const inner = new Float64Array(n);
  let bound = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const [xi, gi] = channelMax(
      curves[i],
      lambda,
      box.lo[i],
      box.hi[i],
      box.profitLo[i],
      box.profitHi[i]
    );
    x[i] = xi;
    inner[i] = gi;
    bound += gi;
    total += xi;
  }
  return { x, bound, total, inner };
}

export interface RelaxOptions {
  budget: number;
  spendAll: boolean;
  /**
   * The search for λ stops once the bound is provably within boundShare ×
   * max(scale, |bound|) of the best Lagrangian bound of the node.
   */
  boundShare: number;
  /** Money scale of the tolerance (the best profit known, at least the gap floor). */
  scale: number;
  /** A λ bracket to start from (the parent node's); checked, widened if wrong. */
  hint?: { low: number; high: number };
}

/** The node's bound and a feasible allocation; null when the box holds no feasible allocation. */
export function relaxNode(
  curves: readonly ChannelCurve[],
  node: NodeBox,
  options: RelaxOptions
): Relaxation | null {
  const { budget, spendAll } = options;
  const box: PricedBox = {
    ...node,
    profitLo: node.lo.map((x, i) => curves[i].profit(x)),
    profitHi: node.hi.map((x, i) => curves[i].profit(x)),
  };
  let sumLo = 0;
  let sumHi = 0;
  for (let i = 0; i < curves.length; i++) {
    sumLo += box.lo[i];
    sumHi += box.hi[i];
  }
  if (sumLo > budget || (spendAll && sumHi < budget)) return null;
  const floor = spendAll ? LAMBDA_ALL_MAX : 0;
  let atFloor: Demand | undefined;
  if (!spendAll) {
    atFloor = demandAt(curves, box, 0);
    if (atFloor.total <= budget) return finish(curves, atFloor, atFloor, 0, 0, budget);
  }
  const price = (lambda: number) =>
    lambda === floor && atFloor ? atFloor : demandAt(curves, box, lambda);
  const bracket = initialBracket(price, budget, floor, options.hint);
  // Σ l' = B with a channel whose slope is unbounded at 0 (γ < 1): only l' is feasible.
  if (bracket === null) return pinned(curves, box, budget);
  const widths: number[] = []; // the bracket's width before each step
  for (let i = 0; i < MAX_BISECTIONS; i++) {
    const width = bracket.high - bracket.low;
    if (width <= LAMBDA_TOLERANCE * Math.max(1, Math.abs(bracket.high))) break;
    const step = nextLambda(bracket, budget, i % 2 === 0);
    if (step === null) break;
    const { lambda, bound, floorValue } = step;
    if (bound - floorValue <= options.boundShare * Math.max(options.scale, Math.abs(bound))) break;
    // A bisection whenever three steps failed to halve the bracket keeps the worst case linear.
    widths.push(width);
    const halved = i < STEPS_TO_HALVE || width <= 0.5 * widths[i - STEPS_TO_HALVE];
    const mid =
      halved && lambda > bracket.low && lambda < bracket.high
        ? lambda
        : 0.5 * (bracket.low + bracket.high);
    moveBracket(bracket, mid, demandAt(curves, box, mid), budget);
  }
  return finish(curves, bracket.atLow, bracket.atHigh, bracket.low, bracket.high, budget);
}

/**
 * A bracket low < high with D(low) >= B >= D(high) (D(floor) >= B is known).
 * From the parent node's bracket when there is one: a child's λ is usually
 * near its parent's, so the ends are moved outwards in steps that double from
 * HINT_STEP until they enclose it (resetting to the floor would throw away
 * what the parent found). Null when no λ brings the demand down to B.
 */
function initialBracket(
  price: (lambda: number) => Demand,
  budget: number,
  floor: number,
  hint: RelaxOptions["hint"]
): Bracket | null {
  const hinted = hint !== undefined && Number.isFinite(hint.low) && hint.low >= floor;
  let low = hinted ? hint.low : floor;
  let high = hinted ? Math.max(hint.high, low) : 1;
  let step = hinted ? Math.max(high - low, HINT_STEP * Math.max(1, Math.abs(low))) : 1;
  let atLow = price(low);
  let atHigh: Demand | undefined;
  while (atLow.total < budget && low > floor) {
    [high, atHigh] = [low, atLow];
    low = Math.max(floor, low - step);
    step *= 2;
    atLow = price(low);
  }
  if (atHigh === undefined || high === low) {
    high = Math.max(high, low + step);
    atHigh = price(high);
  }
  for (let i = 0; atHigh.total > budget && i < MAX_DOUBLINGS; i++) {
    [low, atLow] = [high, atHigh];
    high += step;
    step *= 2;
    atHigh = price(high);
  }
  if (atHigh.total > budget) return null;
  return { low, high, atLow, atHigh, weightLow: 1, weightHigh: 1, repeats: 0 };
}

/** The λ search's state: D(low) > B >= D(high), and the Illinois weights of the two ends. */
interface Bracket {
  low: number;
  high: number;
  atLow: Demand;
  atHigh: Demand;
  weightLow: number;
  weightHigh: number;
  /** How many steps in a row moved the same end: +k the low end, −k the high end. */
  repeats: number;
}

/**
 * The next λ to try, with the node's bound so far and the lowest value g
 * could still take inside the bracket; null when D(high) = B (high minimises g).
 *
 * Two steps take turns. Kelley's crossing of the tangents
 * g(low) + (B − D(low))(λ − low) and g(high) + (B − D(high))(λ − high), which lie
 * below the convex g, is exact where g is piecewise linear (an S-curve whose
 * demand jumps across B) but no better than a bisection where g is smooth (for a
 * parabola the tangents cross at the midpoint). The secant root of D − B is
 * superlinear where D is smooth; Illinois weights (the value of an end kept
 * twice in a row is halved) stop it creeping in from one side. Any λ gives a
 * valid bound, so the choice only decides how fast the search ends.
 */
function nextLambda(
  b: Bracket,
  budget: number,
  secant: boolean
): { lambda: number; bound: number; floorValue: number } | null {
  const slopeLow = budget - b.atLow.total;
  const slopeHigh = budget - b.atHigh.total;
  if (slopeHigh === 0) return null;
  const gLow = b.low * budget + b.atLow.bound;
  const gHigh = b.high * budget + b.atHigh.bound;
  const mid = 0.5 * (b.low + b.high);
  const cross =
    slopeHigh > slopeLow
      ? (gHigh - gLow + slopeLow * b.low - slopeHigh * b.high) / (slopeLow - slopeHigh)
      : mid;
  const floorValue = gLow + slopeLow * (cross - b.low);
  const bound = Math.min(gLow, gHigh);
  if (!secant) return { lambda: cross, bound, floorValue };
  const excessLow = -slopeLow * b.weightLow;
  const excessHigh = -slopeHigh * b.weightHigh;
  const lambda =
    excessLow > excessHigh
      ? b.low + (excessLow / (excessLow - excessHigh)) * (b.high - b.low)
      : mid;
  return { lambda, bound, floorValue };
}

/** Moves the end of the bracket on mid's side to mid; Illinois: halves the weight of an end kept twice. */
function moveBracket(b: Bracket, mid: number, atMid: Demand, budget: number): void {
  if (atMid.total > budget) {
    b.low = mid;
    b.atLow = atMid;
    b.weightLow = 1;
    b.repeats = b.repeats > 0 ? b.repeats + 1 : 1;
    if (b.repeats >= 2) b.weightHigh *= 0.5;
  } else {
    b.high = mid;
    b.atHigh = atMid;
    b.weightHigh = 1;
    b.repeats = b.repeats < 0 ? b.repeats - 1 : -1;
    if (b.repeats <= -2) b.weightLow *= 0.5;
  }
}

/** Only the lower corner of the box is feasible (Σ l' = B). */
function pinned(curves: readonly ChannelCurve[], box: NodeBox, budget: number): Relaxation {
  const x = Float64Array.from(box.lo);
  let profit = 0;
  for (let i = 0; i < curves.length; i++) profit += curves[i].profit(x[i]);
  void budget;
  return {
    upper: profit,
    x,
    profit,
    localGap: new Float64Array(curves.length),
    lambdaLow: Infinity,
    lambdaHigh: Infinity,
  };
}

/** Fill from the demand at λ_high up to B with the extra demand at λ_low; bound and local gaps. */
function finish(
  curves: readonly ChannelCurve[],
  atLow: Demand,
  atHigh: Demand,
  low: number,
  high: number,
  budget: number
): Relaxation {
  const n = curves.length;
  const x = Float64Array.from(atHigh.x);
  let remaining = budget - atHigh.total;
  if (low !== high && remaining > 0) {
    const order: number[] = [];
    for (let i = 0; i < n; i++) if (atLow.x[i] > atHigh.x[i]) order.push(i);
    order.sort((p, q) => atLow.x[p] - atHigh.x[p] - (atLow.x[q] - atHigh.x[q]));
    for (const i of order) {
      if (remaining <= 0) break;
      const add = Math.min(atLow.x[i] - atHigh.x[i], remaining);
      x[i] += add;
      remaining -= add;
    }
  }
  const gLow = low * budget + atLow.bound;
  const gHigh = high * budget + atHigh.bound;
  const useLow = gLow < gHigh;
  const lambda = useLow ? low : high;
  const inner = useLow ? atLow.inner : atHigh.inner;
  const localGap = new Float64Array(n);
  let profit = 0;
  for (let i = 0; i < n; i++) {
    const p = curves[i].profit(x[i]);
    profit += p;
    localGap[i] = Math.max(0, inner[i] - (p - lambda * x[i]));
  }
  return {
    upper: Math.max(profit, Math.min(gLow, gHigh)),
    x,
    profit,
    localGap,
    lambdaLow: low,
    lambdaHigh: high,
  };
}
