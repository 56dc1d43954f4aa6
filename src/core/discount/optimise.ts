/**
 * The global optimiser of the discount model (docs/discount-engine.md):
 *
 *   maximise Σ_t Π_t(d_t)  s.t.  0 <= d_t <= D,  Π_t(d_t) >= m_t R_t(d_t),  d_1 <= … <= d_T.
 *
 * The objective is separable per tier and the only coupling is the monotone
 * chain, so on a finite set of candidate discounts C = {c_0 < … < c_N} the
 * exact optimum is a prefix-max dynamic programme along the chain:
 *   V_1(i) = Π_1(c_i),   V_t(i) = Π_t(c_i) + max_{j <= i} V_{t-1}(j)
 * (infeasible candidates get -∞), O(T·N) after O(T·S·N) evaluations.
 *
 * Candidates. C is the uniform grid 0, h, 2h, …, D plus every point where a
 * tier's floor slack g_t(d) = Π_t - m_t R_t changes sign. Those roots are
 * isolated rigorously: on a cell [x, y] g_t cannot vanish when g(x), g(y) have
 * one sign and |g(x)| + |g(y)| > L (y - x), L a bound on |g_t'| over the cell;
 * otherwise the cell is halved, down to ROOT_TOLERANCE. With every root in C,
 * each tier's feasible set is a union of closed intervals whose ends are in C,
 * and each open cell (c_i, c_i+1) is wholly feasible or wholly infeasible for
 * every tier.
 *
 * Certificate (upper bound). On a cell [x, y] of width w, with M an upper
 * bound on -Π_t'' there (how concave Π_t can be), Π_t(z) <= max(Π_t(x), Π_t(y))
 * + M w²/8: φ = Π_t - chord vanishes at x and y with φ'' >= -M, so φ - M(z-x)(y-z)/2
 * is convex, zero at both ends, hence <= 0, and (z-x)(y-z) <= w²/4. Running the
 * same DP over the 2N+1 "positions" (points and open cells, in order) with
 * these cell bounds gives an upper bound U on the continuous optimum: any
 * feasible continuous d maps each d_t to the point or open cell holding it,
 * monotonically, and feasibly. gapBound = U - (profit found) is then the
 * largest profit that could hide between candidates.
 *
 * Refinement (branch and bound): a cell through which no chain's upper value
 * beats the lower bound cannot hold a better answer and is closed; the others
 * are cut into REFINE_SUBDIVISIONS parts and both DPs rerun, until the gap is
 * below REFINE_GAP_TARGET of the profit, MAX_REFINEMENTS rounds are done or the
 * candidates grew MAX_CANDIDATE_GROWTH-fold.
 *
 * Polish: golden-section search of each tier (and of each block of tiers tied
 * by the chain) within ±h of its grid value, inside its feasible interval and
 * its neighbours' discounts; a move is kept only if it raises the profit.
 *
 * Deterministic: no randomness, fixed iteration counts.
 */
import type { DiscountModelInput } from "./model";
import { evaluateDiscounts } from "./evaluate";
// `t` is the tier index throughout this module, so the catalogue's t() is `msg` here.
import { msg, type Message } from "../i18n";
import {
  coefficients,
  curveValue,
  isolateFloorRoots,
  powersAt,
  valueAt,
  type TierCoefficients,
} from "./tierCurves";
import {
  buildTables,
  chainDp,
  liveCells,
  lowerValues,
  refineTables,
  upperValues,
  ROUNDING_ALLOWANCE,
  type ChainTables,
  type Curves,
} from "./chainTables";

export interface TierResult {
  label: string;
  discount: number;
  units: number;
  revenue: number;
  profit: number;
  margin: number;
  minMargin: number;
  /** Whether the profitability floor holds with (almost) no slack at the optimum. */
  floorBinds: boolean;
  /** Π_t - m_t R_t at the optimum (>= 0). */
  floorSlack: number;
  /** Π_t at zero discount. */
  baselineProfit: number;
}

export interface Certificate {
  method: Message;
  /** Grid step h, a fraction (0.001 = 0.1 point). */
  gridStep: number;
  /** Largest profit that could lie between candidate points, in money: U - profit (>= 0). */
  gapBound: number;
  /** The upper bound U on the continuous optimum. */
  upperBound: number;
  /** Number of candidate discounts (grid points, floor roots and refinement points). */
  candidates: number;
  /** Branch-and-bound rounds that subdivided the cells still able to hold a better answer. */
  refinements: number;
  /** Floor roots added to the grid. */
  floorRoots: number;
  /** False when root isolation hit its evaluation cap (the bound then assumes no missed root). */
  rootsIsolated: boolean;
  explanation: Message;
}

/** A tier whose profitability floor fails at zero discount. */
export interface BaselineViolation {
  tierIndex: number;
  tierLabel: string;
}

export type DiscountSolution =
  | {
      status: "optimal";
      discounts: number[];
      profit: number;
      baseline: number;
      uplift: number;
      /** uplift / |baseline|; 0 when the baseline is 0. */
      upliftShare: number;
      tiers: TierResult[];
      bindingConstraints: Message[];
      /**
       * Tiers whose floor the no-discount baseline breaks (Π_t(0) < m_t R_t(0)).
       * The answer is still optimal: the baseline is the reference for the
       * uplift, not a constraint on the answer (docs/discount-engine.md).
       */
      baselineViolations: BaselineViolation[];
      certificate: Certificate;
    }
  | { status: "infeasible"; tierIndex: number; tierLabel: string; message: Message };

export interface OptimiseOptions {
  /** Grid step h as a fraction; default DEFAULT_GRID_STEP (0.1 point). */
  gridStep?: number;
  /** Golden-section polish after the DP; default true. */
  polish?: boolean;
}

/** 0.1 percentage point: finer than any price list prints, and G = D/h <= 1000 keeps the DP in milliseconds. */
export const DEFAULT_GRID_STEP = 0.001;
/** A grid finer than this makes G exceed ~10^5 points per tier: slow and pointless below float noise of Π. */
export const MIN_GRID_STEP = 1e-5;
/** Golden-section steps: 0.618^80 × 2h ≈ 10^-20, i.e. down to float resolution of d. */
export const GOLDEN_SECTION_ITERATIONS = 80;
/** Polish sweeps over tiers and blocks; each sweep only accepts improvements, 3 settle ties between neighbours. */
export const POLISH_SWEEPS = 3;
/**
 * A floor "binds" when its slack is below this share of the tier's revenue:
 * the polish lands within ~1e-10 of a root, where the slack is ~1e-9 of revenue;
 * 1e-6 stays well above that and well below any slack a person would call free.
 */
export const FLOOR_BINDING_TOLERANCE = 1e-6;
/** Two discounts closer than this are "tied" by the chain: ten times ROOT_TOLERANCE, far above float noise of d (1e-16), far below any price step. */
export const CHAIN_TIE_TOLERANCE = 1e-9;
/** A discount within this of 0 or D sits on its bound. */
export const BOUND_TOLERANCE = 1e-9;

/**
 * Refinement stops when the certificate's gap is below this share of the
 * profit: one unit per million, below any figure a price list or a P&L shows.
 */
export const REFINE_GAP_TARGET = 1e-6;
/** Parts each live cell is cut into per round: the bulge bound M w²/8 shrinks 64-fold per round. */
export const REFINE_SUBDIVISIONS = 8;
/** Rounds of refinement: three rounds take w from h to h/512. */
export const MAX_REFINEMENTS = 3;
/**
 * Refinement also stops once the candidates exceed this multiple of the
 * initial grid: a nearly flat tier keeps many cells live, and chasing its last
 * digits would cost more than the whole first pass. The gap is then reported as is.
 */
export const MAX_CANDIDATE_GROWTH = 4;

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * D / h computed in floating point can land a hair above an integer (0.3 / 0.001 =
 * 300.00000000000006); this slack keeps such a grid from gaining a sliver cell.
 */
const GRID_COUNT_SLACK = 1e-9;

function uniformGrid(maxDiscount: number, step: number): number[] {
  const cells = Math.ceil(maxDiscount / step - GRID_COUNT_SLACK);
  const grid: number[] = [];
  for (let i = 0; i < cells; i++) grid.push(i * step);
  grid.push(maxDiscount);
  return grid;
}

/** Golden-section maximum of f on [lo, hi], returning the best of the search and both ends. */
function goldenMax(f: (d: number) => number, lo: number, hi: number): { x: number; fx: number } {
  let best = { x: lo, fx: f(lo) };
  const fh = f(hi);
  if (fh > best.fx) best = { x: hi, fx: fh };
  if (hi - lo <= 0) return best;
  let a = lo;
  let b = hi;
  let x1 = b - GOLDEN * (b - a);
  let x2 = a + GOLDEN * (b - a);
  let f1 = f(x1);
  let f2 = f(x2);
  for (let i = 0; i < GOLDEN_SECTION_ITERATIONS && b - a > 0; i++) {
    if (f1 >= f2) {
      b = x2;
      x2 = x1;
      f2 = f1;
      x1 = b - GOLDEN * (b - a);
      f1 = f(x1);
    } else {
      a = x1;
      x1 = x2;
      f1 = f2;
      x2 = a + GOLDEN * (b - a);
      f2 = f(x2);
    }
  }
  if (f1 > best.fx) best = { x: x1, fx: f1 };
  if (f2 > best.fx) best = { x: x2, fx: f2 };
  return best;
}

export interface Interval {
  lo: number;
  hi: number;
}

/** Solve the model. Pure and deterministic; infeasibility is a status. */
export function optimiseDiscounts(
  model: DiscountModelInput,
  options: OptimiseOptions = {}
): DiscountSolution {
  const h = options.gridStep ?? DEFAULT_GRID_STEP;
  if (!(h >= MIN_GRID_STEP && h <= 1))
    throw new RangeError(`optimiseDiscounts: gridStep must be in [${MIN_GRID_STEP}, 1], got ${h}`);
  const k = model.tiers.map((_, t) => coefficients(model, t));

  // 1. Grid, floor slack on the grid, rigorous root isolation.
  const {
    candidates: initialCandidates,
    floorRoots,
    rootsIsolated,
  } = gridWithFloorRoots(k, uniformGrid(model.maxDiscount, h), model.unitCost);

  // 2-3. Tables on the candidates, the exact lower DP and the upper-bound DP; then
  // branch-and-bound refinement until the gap is small (chainTables.ts).
  const curves: Curves = { k, price: model.listPrice, unitCost: model.unitCost };
  const initial = buildTables(curves, initialCandidates);
  const empty = tierWithoutFeasiblePoint(initial);
  if (empty >= 0) {
    const label = model.tiers[empty].label;
    const message = msg("opt.infeasible.floor", {
      tier: label,
      margin: model.tiers[empty].minMargin,
      max: model.maxDiscount,
    });
    return { status: "infeasible", tierIndex: empty, tierLabel: label, message };
  }
  const first = chainDp(lowerValues(initial));
  if ("failedTier" in first) {
    const label = model.tiers[first.failedTier].label;
    const message = msg("opt.infeasible.chain", { tier: label });
    return { status: "infeasible", tierIndex: first.failedTier, tierLabel: label, message };
  }
  const { tables, lower, upperBound, refinements } = refine(curves, initial, first);

  // 4. Polish within each tier's feasible intervals, taken from the unpruned initial tables.
  const discounts = lower.choice.map((i) => tables.candidates[i]);
  if (options.polish ?? true) polishDiscounts(model, k, feasibleIntervals(initial), discounts, h);

  return assembleSolution(model, discounts, upperBound, {
    gridStep: h,
    candidates: tables.candidates.length,
    refinements,
    floorRoots,
    rootsIsolated,
  });
}

/**
 * The grid plus every root of every tier's floor slack on it, sorted and
 * without repeats; `rootsIsolated` is false when root isolation hit its cap.
 */
export function gridWithFloorRoots(
  k: readonly TierCoefficients[],
  grid: readonly number[],
  unitCost: number
): { candidates: number[]; floorRoots: number; rootsIsolated: boolean } {
  const rootSet: number[] = [];
  let rootsIsolated = true;
  const gridPowers = grid.map((d) => powersAt(k[0].eps, d));
  for (const tier of k) {
    const slack = grid.map((d, i) => curveValue(tier, tier.floorPrice, unitCost, d, gridPowers[i]));
    const { roots, complete } = isolateFloorRoots(tier, unitCost, grid, slack, gridPowers);
    rootSet.push(...roots);
    rootsIsolated &&= complete;
  }
  const candidates = Array.from(new Set([...grid, ...rootSet])).sort((x, y) => x - y);
  return { candidates, floorRoots: rootSet.length, rootsIsolated };
}

/** The first tier with no feasible candidate and no feasible cell (its floor fails everywhere), or -1. */
function tierWithoutFeasiblePoint(tables: ChainTables): number {
  return tables.pointOpen.findIndex(
    (po, t) => !po.some((f) => f === 1) && !tables.cellUpper[t].some((u) => u > -Infinity)
  );
}

type ChainAnswer = { total: number; choice: number[] };

/**
 * Branch and bound: reruns the upper DP, and while the gap is above
 * REFINE_GAP_TARGET (and within MAX_REFINEMENTS rounds and MAX_CANDIDATE_GROWTH)
 * subdivides the cells that could still hold a better answer and reruns the lower DP.
 */
function refine(
  curves: Curves,
  initial: ChainTables,
  first: ChainAnswer
): { tables: ChainTables; lower: ChainAnswer; upperBound: number; refinements: number } {
  let tables = initial;
  let lower = first;
  let upperBound = lower.total;
  let refinements = 0;
  for (;;) {
    const upperVals = upperValues(tables);
    const upper = chainDp(upperVals);
    upperBound = Math.max(lower.total, "total" in upper ? upper.total : -Infinity);
    const closeEnough =
      upperBound - lower.total <= REFINE_GAP_TARGET * Math.max(1, Math.abs(lower.total));
    if (
      closeEnough ||
      refinements >= MAX_REFINEMENTS ||
      tables.candidates.length > MAX_CANDIDATE_GROWTH * initial.candidates.length
    )
      break;
    const live = liveCells(upperVals, lower.total + ROUNDING_ALLOWANCE * Math.abs(lower.total));
    tables = refineTables(curves, tables, live, REFINE_SUBDIVISIONS);
    const next = chainDp(lowerValues(tables));
    if ("failedTier" in next)
      throw new Error("optimiseDiscounts: refinement lost the feasible answer (bug)");
    lower = next;
    refinements++;
  }
  return { tables, lower, upperBound, refinements };
}

/**
 * Each tier's feasible set as intervals: maximal runs of feasible candidates
 * joined by feasible cells.
 */
export function feasibleIntervals(tables: ChainTables): Interval[][] {
  const M = tables.candidates.length;
  return tables.pointOpen.map((po, t) => {
    const list: Interval[] = [];
    let start = -1;
    for (let i = 0; i < M; i++) {
      if (po[i] && start < 0) start = i;
      const continues = po[i] && i + 1 < M && tables.cellUpper[t][i] > -Infinity && po[i + 1];
      if (start >= 0 && !continues) {
        list.push({ lo: tables.candidates[start], hi: tables.candidates[i] });
        start = -1;
      }
    }
    return list;
  });
}

function intervalHolding(list: readonly Interval[], d: number): Interval {
  for (const iv of list) if (d >= iv.lo && d <= iv.hi) return iv;
  return { lo: d, hi: d };
}

/** Golden-section polish of tiers and chain-tied blocks within ±h; keeps only improvements that stay feasible. */
function polishDiscounts(
  model: DiscountModelInput,
  k: TierCoefficients[],
  intervals: Interval[][],
  d: number[],
  h: number
): void {
  const T = d.length;
  const D = model.maxDiscount;
  const P = model.listPrice;
  const c = model.unitCost;
  const profit = (t: number, x: number): number => valueAt(k[t], P, c, x);
  const feasible = (t: number, x: number): boolean => valueAt(k[t], k[t].floorPrice, c, x) >= 0;
  const tryBlock = (first: number, last: number): void => {
    const x0 = d[first];
    let lo = Math.max(0, x0 - h, first > 0 ? d[first - 1] : 0);
    let hi = Math.min(D, x0 + h, last + 1 < T ? d[last + 1] : D);
    for (let t = first; t <= last; t++) {
      const iv = intervalHolding(intervals[t], x0);
      lo = Math.max(lo, iv.lo);
      hi = Math.min(hi, iv.hi);
    }
    if (!(hi > lo)) return;
    const sum = (x: number): number => {
      let s = 0;
      for (let t = first; t <= last; t++) s += profit(t, x);
      return s;
    };
    const current = sum(x0);
    const found = goldenMax(sum, lo, hi);
    if (found.fx <= current) return;
    for (let t = first; t <= last; t++) if (!feasible(t, found.x)) return;
    for (let t = first; t <= last; t++) d[t] = found.x;
  };
  for (let sweep = 0; sweep < POLISH_SWEEPS; sweep++) {
    for (let t = 0; t < T; t++) tryBlock(t, t);
    let first = 0;
    for (let t = 1; t <= T; t++) {
      if (t === T || Math.abs(d[t] - d[first]) > CHAIN_TIE_TOLERANCE) {
        if (t - 1 > first) tryBlock(first, t - 1);
        first = t;
      }
    }
  }
}

function assembleSolution(
  model: DiscountModelInput,
  discounts: number[],
  upperBound: number,
  info: {
    gridStep: number;
    candidates: number;
    refinements: number;
    floorRoots: number;
    rootsIsolated: boolean;
  }
): DiscountSolution {
  const D = model.maxDiscount;
  const figures = evaluateDiscounts(model, discounts);
  const baselineFigures = evaluateDiscounts(
    model,
    discounts.map(() => 0)
  );
  const tiers: TierResult[] = model.tiers.map((tier, t) => {
    const f = figures.tiers[t];
    return {
      label: tier.label,
      discount: discounts[t],
      units: f.units,
      revenue: f.revenue,
      profit: f.profit,
      margin: f.margin,
      minMargin: tier.minMargin,
      // A tier without orders has no revenue and a vacuous floor: it never binds.
      floorBinds: f.revenue > 0 && f.floorSlack <= FLOOR_BINDING_TOLERANCE * f.revenue,
      floorSlack: f.floorSlack,
      baselineProfit: baselineFigures.tiers[t].profit,
    };
  });
  // Every active constraint: the floors, both bounds of 0 <= d_t <= D and the chain.
  // With D = 0 the bounds coincide and fix every discount: one entry says so.
  const binding: Message[] = [];
  if (D === 0) binding.push(msg("opt.binding.noDiscountAllowed"));
  tiers.forEach((r, t) => {
    if (r.floorBinds)
      binding.push(msg("opt.binding.floor", { tier: r.label, margin: r.minMargin }));
    if (D > 0 && r.discount <= BOUND_TOLERANCE)
      binding.push(msg("opt.binding.lowerBound", { tier: r.label }));
    if (D > 0 && r.discount >= D - BOUND_TOLERANCE)
      binding.push(msg("opt.binding.upperBound", { tier: r.label, max: D }));
    if (
      t > 0 &&
      Math.abs(r.discount - tiers[t - 1].discount) <= CHAIN_TIE_TOLERANCE &&
      r.discount > BOUND_TOLERANCE
    ) {
      binding.push(msg("opt.binding.chain", { tier: r.label, previous: tiers[t - 1].label }));
    }
  });
  // The same test as the optimiser's feasibility (slack >= 0), so a tier is listed
  // here exactly when d = 0 was not a feasible candidate for it.
  const baselineViolations: BaselineViolation[] = [];
  baselineFigures.tiers.forEach((f, t) => {
    if (f.floorSlack < 0)
      baselineViolations.push({ tierIndex: t, tierLabel: model.tiers[t].label });
  });
  const profit = figures.profit;
  const baseline = baselineFigures.profit;
  const uplift = profit - baseline;
  const gapBound = Math.max(0, upperBound - profit);
  const stepPoints = Number((info.gridStep * 100).toPrecision(6));
  const explanation = msg("opt.explanation", {
    candidates: msg("opt.explanation.candidates", { count: info.candidates }),
    step: stepPoints,
    max: D,
    roots: msg("opt.explanation.roots", { count: info.floorRoots }),
    refinements:
      info.refinements > 0 ? msg("opt.explanation.refinements", { count: info.refinements }) : "",
    gap: gapBound,
    currency: model.currency,
    caveat: info.rootsIsolated ? msg("opt.explanation.end") : msg("opt.explanation.rootCap"),
  });
  return {
    status: "optimal",
    discounts: [...discounts],
    profit,
    baseline,
    uplift,
    upliftShare: baseline === 0 ? 0 : uplift / Math.abs(baseline),
    tiers,
    bindingConstraints: binding,
    baselineViolations,
    certificate: {
      method: msg("opt.method"),
      gridStep: info.gridStep,
      gapBound,
      upperBound: Math.max(upperBound, profit),
      candidates: info.candidates,
      refinements: info.refinements,
      floorRoots: info.floorRoots,
      rootsIsolated: info.rootsIsolated,
      explanation,
    },
  };
}
