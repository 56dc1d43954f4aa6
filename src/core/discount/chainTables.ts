/**
 * The optimiser's bookkeeping on a common, sorted set of candidate discounts
 * c_0 < … < c_N-1: per tier, the profit and feasibility at each candidate and
 * an upper bound of the profit on each open cell (c_i, c_i+1); the prefix-max
 * chain DP over them; and branch-and-bound refinement, which closes the cells
 * no chain through which can beat the best known answer and subdivides the rest.
 *
 * Positions interleave points and cells (point i at 2i, cell i at 2i+1), so a
 * non-decreasing choice of positions is exactly a choice of discounts that
 * respects the chain d_1 <= … <= d_T. Closed or infeasible positions hold -∞.
 */
import { concavityBound, curveValue, powersAt, type TierCoefficients } from "./tierCurves";

/**
 * Relative allowance for float rounding in the upper bound: Π is a sum of at
 * most 10 products of O(1) relative error 1e-16 each; 1e-12 of |Π| covers it.
 */
export const ROUNDING_ALLOWANCE = 1e-12;

export interface ChainTables {
  candidates: number[];
  /** Π_t at each candidate (NaN where never evaluated: inside cells closed for the tier). */
  profit: Float64Array[];
  /** 1 where the candidate is feasible for the tier and not closed. */
  pointOpen: Uint8Array[];
  /** Upper bound of Π_t on each open cell; -∞ where the cell is infeasible or closed. */
  cellUpper: Float64Array[];
}

/** The tiers' coefficients and the prices the tables evaluate them at. */
export interface Curves {
  k: readonly TierCoefficients[];
  price: number;
  unitCost: number;
}

/**
 * On a cell [x, y] of width w, with M bounding -Π'' (concavityBound),
 * Π(z) <= max(Π(x), Π(y)) + M w²/8: φ = Π - chord vanishes at both ends with
 * φ'' >= -M, so φ - M (z-x)(y-z)/2 is convex and zero at the ends, hence <= 0.
 */
function cellBound(
  curves: Curves,
  t: number,
  x: number,
  y: number,
  px: number,
  py: number,
  pwY: Float64Array
): number {
  const w = y - x;
  const top = Math.max(px, py);
  return (
    top +
    (concavityBound(curves.k[t], curves.price, curves.unitCost, x, y, pwY) * w * w) / 8 +
    ROUNDING_ALLOWANCE * Math.abs(top)
  );
}

/** Full tables on `candidates`, which must contain every root of every tier's floor slack. */
export function buildTables(curves: Curves, candidates: number[]): ChainTables {
  const N = candidates.length;
  const { k, price, unitCost: c } = curves;
  const eps = k[0].eps;
  // Segment powers once per candidate and per cell midpoint, shared by every tier.
  const pw = candidates.map((d) => powersAt(eps, d));
  const mids = candidates.slice(0, -1).map((d, i) => 0.5 * (d + candidates[i + 1]));
  const pwMid = mids.map((d) => powersAt(eps, d));
  const profit: Float64Array[] = [];
  const pointOpen: Uint8Array[] = [];
  const cellUpper: Float64Array[] = [];
  k.forEach((kt, t) => {
    const pr = new Float64Array(N);
    const po = new Uint8Array(N);
    const cu = new Float64Array(Math.max(0, N - 1));
    for (let i = 0; i < N; i++) {
      pr[i] = curveValue(kt, price, c, candidates[i], pw[i]);
      po[i] = curveValue(kt, kt.floorPrice, c, candidates[i], pw[i]) >= 0 ? 1 : 0;
    }
    for (let i = 0; i + 1 < N; i++) {
      // The slack keeps one sign on the open cell (its roots are candidates): test the midpoint.
      const feasible = curveValue(kt, kt.floorPrice, c, mids[i], pwMid[i]) >= 0;
      cu[i] = feasible
        ? cellBound(curves, t, candidates[i], candidates[i + 1], pr[i], pr[i + 1], pw[i + 1])
        : -Infinity;
    }
    profit.push(pr);
    pointOpen.push(po);
    cellUpper.push(cu);
  });
  return { candidates, profit, pointOpen, cellUpper };
}

/** Lower DP values: Π_t at open feasible candidates, -∞ elsewhere. */
export function lowerValues(tables: ChainTables): Float64Array[] {
  return tables.profit.map((pr, t) => {
    const v = new Float64Array(pr.length);
    for (let i = 0; i < pr.length; i++) v[i] = tables.pointOpen[t][i] ? pr[i] : -Infinity;
    return v;
  });
}

/** Upper DP values over the 2N-1 interleaved positions. */
export function upperValues(tables: ChainTables): Float64Array[] {
  return tables.profit.map((pr, t) => {
    const N = pr.length;
    const v = new Float64Array(2 * N - 1);
    for (let i = 0; i < N; i++) v[2 * i] = tables.pointOpen[t][i] ? pr[i] : -Infinity;
    for (let i = 0; i + 1 < N; i++) v[2 * i + 1] = tables.cellUpper[t][i];
    return v;
  });
}

/** Prefix-max DP: best total over non-decreasing position choices and the choice, or the first tier left with no allowed position. */
export function chainDp(
  values: Float64Array[]
): { total: number; choice: number[] } | { failedTier: number } {
  const T = values.length;
  const P = values[0].length;
  const best: Float64Array[] = [];
  const from: Int32Array[] = [];
  let prev: Float64Array | null = null;
  for (let t = 0; t < T; t++) {
    const cur = new Float64Array(P);
    const arg = new Int32Array(P);
    let runMax = -Infinity;
    let runArg = -1;
    let any = false;
    for (let p = 0; p < P; p++) {
      if (prev !== null && prev[p] > runMax) {
        runMax = prev[p];
        runArg = p;
      }
      cur[p] = values[t][p] + (prev === null ? 0 : runMax);
      arg[p] = runArg;
      if (cur[p] > -Infinity) any = true;
    }
    if (!any) return { failedTier: t };
    best.push(cur);
    from.push(arg);
    prev = cur;
  }
  let end = 0;
  for (let p = 1; p < P; p++) if (best[T - 1][p] > best[T - 1][end]) end = p;
  const choice = new Array<number>(T);
  choice[T - 1] = end;
  for (let t = T - 1; t > 0; t--) choice[t - 1] = from[t][choice[t]];
  return { total: best[T - 1][end], choice };
}

/**
 * Per tier, the open cells through which some chain's upper value exceeds
 * `threshold` (forward prefix-max plus backward suffix-max through each cell).
 * Every other cell can be closed: no answer better than the threshold uses it.
 */
export function liveCells(values: Float64Array[], threshold: number): Uint8Array[] {
  const T = values.length;
  const P = values[0].length;
  const forward: Float64Array[] = [];
  let prev: Float64Array | null = null;
  for (let t = 0; t < T; t++) {
    const cur = new Float64Array(P);
    let run = -Infinity;
    for (let p = 0; p < P; p++) {
      if (prev !== null) run = Math.max(run, prev[p]);
      cur[p] = values[t][p] + (prev === null ? 0 : run);
    }
    forward.push(cur);
    prev = cur;
  }
  const live: Uint8Array[] = new Array<Uint8Array>(T);
  let after = new Float64Array(P); // best of tiers t+1..T given tier t at position p
  for (let t = T - 1; t >= 0; t--) {
    const mask = new Uint8Array((P - 1) / 2);
    for (let p = 1; p < P; p += 2) if (forward[t][p] + after[p] > threshold) mask[(p - 1) / 2] = 1;
    live[t] = mask;
    const next = new Float64Array(P);
    let run = -Infinity;
    for (let p = P - 1; p >= 0; p--) {
      run = Math.max(run, values[t][p] + after[p]);
      next[p] = run;
    }
    after = next;
  }
  return live;
}

/**
 * Cuts every cell that is live for some tier into `parts` and rebuilds the
 * tables, evaluating Π_t only inside cells live for tier t. Cells not live for
 * a tier are closed for it (their sub-cells and new points get -∞): they could
 * not beat the threshold, and the threshold (the best answer) only rises.
 */
export function refineTables(
  curves: Curves,
  tables: ChainTables,
  live: Uint8Array[],
  parts: number
): ChainTables {
  const { candidates } = tables;
  const T = tables.profit.length;
  const N = candidates.length;
  const { k, price, unitCost: c } = curves;
  const cands: number[] = [];
  const profit: number[][] = Array.from({ length: T }, () => []);
  const pointOpen: number[][] = Array.from({ length: T }, () => []);
  const cellUpper: number[][] = Array.from({ length: T }, () => []);
  for (let i = 0; i < N; i++) {
    cands.push(candidates[i]);
    for (let t = 0; t < T; t++) {
      profit[t].push(tables.profit[t][i]);
      pointOpen[t].push(tables.pointOpen[t][i]);
    }
    if (i + 1 === N) break;
    const anyLive = live.some((m) => m[i] === 1);
    if (!anyLive) {
      for (let t = 0; t < T; t++) cellUpper[t].push(-Infinity);
      continue;
    }
    const [x, y] = [candidates[i], candidates[i + 1]];
    const inner = Array.from({ length: parts - 1 }, (_, j) => x + ((y - x) * (j + 1)) / parts);
    cands.push(...inner);
    const xs = [x, ...inner, y];
    const pws = xs.map((d) => powersAt(k[0].eps, d));
    for (let t = 0; t < T; t++) {
      if (live[t][i] !== 1) {
        for (let j = 0; j < inner.length; j++) {
          profit[t].push(NaN);
          pointOpen[t].push(0);
        }
        for (let j = 0; j < parts; j++) cellUpper[t].push(-Infinity);
        continue;
      }
      const ps = xs.map((d, j) =>
        j === 0
          ? tables.profit[t][i]
          : j === parts
            ? tables.profit[t][i + 1]
            : curveValue(k[t], price, c, d, pws[j])
      );
      for (let j = 1; j < parts; j++) {
        profit[t].push(ps[j]);
        pointOpen[t].push(curveValue(k[t], k[t].floorPrice, c, xs[j], pws[j]) >= 0 ? 1 : 0);
      }
      for (let j = 0; j < parts; j++)
        cellUpper[t].push(cellBound(curves, t, xs[j], xs[j + 1], ps[j], ps[j + 1], pws[j + 1]));
    }
  }
  return {
    candidates: cands,
    profit: profit.map((a) => Float64Array.from(a)),
    pointOpen: pointOpen.map((a) => Uint8Array.from(a)),
    cellUpper: cellUpper.map((a) => Float64Array.from(a)),
  };
}
