/**
 * One tier's profit and floor-slack curves in closed form, with the bounds the
 * optimiser's certificate rests on: a bound on the slope (root isolation of
 * the floor) and on the concavity (how far the profit can bulge above a chord).
 * All are sums over segments of f_s(d) = a_s (1-d)^-ε_s (price (1-d) - c).
 */
import type { DiscountModelInput } from "./model";

/**
 * Width at which root isolation stops halving: 1e-10 of a discount is 1e-8
 * points; a feasible sliver narrower than this is ignored.
 */
export const ROOT_TOLERANCE = 1e-10;
/**
 * Cap on floor evaluations per tier during root isolation. A simple root costs
 * about log2(h / ROOT_TOLERANCE) ≈ 23 halvings times the (L / |g'|) ratio; 10^5
 * leaves room for two orders of magnitude of looseness in L on every cell.
 */
export const MAX_ISOLATION_EVALUATIONS = 100_000;

/** Per-tier coefficients: a_s = n_t w_st u_t, the constant order cost, the floor's effective price. */
export interface TierCoefficients {
  a: Float64Array;
  eps: Float64Array;
  /** Σ_s n_t w_st K. */
  orderCostTotal: number;
  /** (1 - m_t) P: the price in the slack g_t = Σ a_s (1-d)^-ε ((1 - m_t) P (1 - d) - c) - ΣnwK. */
  floorPrice: number;
}

export function coefficients(model: DiscountModelInput, t: number): TierCoefficients {
  const tier = model.tiers[t];
  const S = model.segments.length;
  const a = new Float64Array(S);
  const eps = new Float64Array(S);
  let orderCostTotal = 0;
  model.segments.forEach((seg, s) => {
    a[s] = tier.orders * seg.shares[t] * tier.unitsPerOrder;
    eps[s] = seg.elasticity;
    orderCostTotal += tier.orders * seg.shares[t] * model.orderCost;
  });
  return { a, eps, orderCostTotal, floorPrice: (1 - tier.minMargin) * model.listPrice };
}

/**
 * (1-d)^-ε_s for every segment. The powers depend on the segment and d only,
 * not on the tier, so the optimiser computes them once per candidate discount
 * and every tier's curves become plain sums over them.
 */
export function powersAt(
  eps: Float64Array,
  d: number,
  out: Float64Array = new Float64Array(eps.length)
): Float64Array {
  const lnKeep = Math.log(1 - d);
  for (let s = 0; s < eps.length; s++) out[s] = eps[s] === 0 ? 1 : Math.exp(-eps[s] * lnKeep);
  return out;
}

/** Σ_s a_s pw_s (price (1-d) - c) - orderCostTotal with pw = powersAt(d): Π_t with price = P, g_t with price = (1-m)P. */
export function curveValue(
  k: TierCoefficients,
  price: number,
  c: number,
  d: number,
  pw: Float64Array
): number {
  const margin = price * (1 - d) - c;
  let sum = 0;
  for (let s = 0; s < k.a.length; s++) sum += k.a[s] * pw[s];
  return sum * margin - k.orderCostTotal;
}

export function valueAt(k: TierCoefficients, price: number, c: number, d: number): number {
  return curveValue(k, price, c, d, powersAt(k.eps, d));
}

/** A bound over the cell [x, y] of a tier's curve at list price `price` and unit cost `c`, given pwY = powersAt(y). */
type CellBound = (
  k: TierCoefficients,
  price: number,
  c: number,
  x: number,
  y: number,
  pwY: Float64Array
) => number;

/**
 * Bound on |f'| over [x, y] for f = Σ a_s (1-d)^-ε (price (1-d) - c), given pwY = powersAt(y):
 * f_s' = a_s (1-d)^(-ε-1) [(ε-1) price (1-d) - c ε]; the bracket is linear in d
 * (extremes at the ends) and (1-d)^(-ε-1) grows with d (largest at y, = pwY_s / (1-y)).
 */
export const slopeBound: CellBound = (k, price, c, x, y, pwY) => {
  const sum = sumOverSegments(k, price, x, y, (s, e, ux, uy) => {
    const [hx, hy] = [Math.abs(ux - c * e), Math.abs(uy - c * e)];
    return k.a[s] * pwY[s] * Math.max(hx, hy);
  });
  return sum / (1 - y);
};

/**
 * Σ_s term(s, ε_s, u(x), u(y)) with u(d) = (ε_s - 1) price (1 - d): both bounds'
 * brackets are linear in d through u, so their extremes on [x, y] are at the ends.
 */
function sumOverSegments(
  k: TierCoefficients,
  price: number,
  x: number,
  y: number,
  term: (s: number, e: number, ux: number, uy: number) => number
): number {
  let sum = 0;
  for (let s = 0; s < k.a.length; s++) {
    const e = k.eps[s];
    sum += term(s, e, (e - 1) * price * (1 - x), (e - 1) * price * (1 - y));
  }
  return sum;
}

/**
 * Upper bound M on -Π'' over [x, y] (the concavity that lets Π bulge above its chord), given pwY = powersAt(y):
 * -f_s'' = a_s ε (1-d)^(-ε-2) [c (ε+1) - (ε-1) P (1-d)]; where the bracket is
 * negative the term is convex (bounded by 0), otherwise it is at most its
 * largest (1-d)^(-ε-2), at y, times the bracket's larger end (it is linear in d).
 */
export const concavityBound: CellBound = (k, price, c, x, y, pwY) => {
  const sum = sumOverSegments(k, price, x, y, (s, e, ux, uy) => {
    if (e === 0) return 0;
    const q = Math.max(0, c * (e + 1) - ux, c * (e + 1) - uy);
    return q > 0 ? k.a[s] * e * pwY[s] * q : 0;
  });
  return sum / ((1 - y) * (1 - y));
};

/** Roots of the floor slack g_t on [0, D], each returned as the feasible-side end of a bracket narrower than ROOT_TOLERANCE. */
export function isolateFloorRoots(
  k: TierCoefficients,
  c: number,
  grid: readonly number[],
  gridSlack: readonly number[],
  gridPowers: readonly Float64Array[]
): { roots: number[]; complete: boolean } {
  const roots: number[] = [];
  let budget = MAX_ISOLATION_EVALUATIONS;
  let complete = true;
  const visit = (x: number, y: number, gx: number, gy: number, pwY: Float64Array): void => {
    const feasibleX = gx >= 0;
    const feasibleY = gy >= 0;
    if (y - x <= ROOT_TOLERANCE) {
      if (feasibleX !== feasibleY) roots.push(feasibleX ? x : y);
      return;
    }
    if (feasibleX === feasibleY) {
      // |g'| <= L on the cell: a zero at z needs |g(x)| <= L (z - x) and |g(y)| <= L (y - z).
      const L = slopeBound(k, k.floorPrice, c, x, y, pwY);
      if (L === 0 || Math.abs(gx) + Math.abs(gy) > L * (y - x)) return;
      if (budget <= 0) {
        complete = false;
        return;
      }
    }
    const mid = 0.5 * (x + y);
    const pwMid = powersAt(k.eps, mid);
    const gm = curveValue(k, k.floorPrice, c, mid, pwMid);
    budget--;
    visit(x, mid, gx, gm, pwMid);
    visit(mid, y, gm, gy, pwY);
  };
  for (let i = 0; i + 1 < grid.length; i++)
    visit(grid[i], grid[i + 1], gridSlack[i], gridSlack[i + 1], gridPowers[i + 1]);
  return { roots, complete };
}
