/**
 * A deliberately *local* budget allocator, the yardstick the global engine is
 * tested and benchmarked against: projected gradient ascent from one start
 * (what Solver's GRG engine and Robyn's SLSQP allocator do in spirit) and a
 * multistart wrapper (Solver's Multistart option). It shares nothing with the
 * engine but the channels' profit arithmetic (channelCurve(...).profit), so
 * agreement between the two is evidence, not an echo.
 *
 * Method: each step moves along the central-difference gradient, scaled to a
 * max-norm step s, then projects onto {l <= x <= u, Σx <= B (= B)}: the
 * Euclidean projection is x = clip(y − τ, l, u) with the shift τ found by
 * bisection (τ >= 0 for a ceiling). A step is kept only if the profit rises;
 * otherwise s is halved. Stops when s is below MIN_STEP_SHARE of the budget.
 */
import { channelCurve, type BudgetModelInput } from "../../src/core/budget";
import { mulberry32 } from "../random";

export interface LocalAllocation {
  spend: number[];
  profit: number;
  iterations: number;
}

/** Central-difference step, as a share of the budget: ~cube root of machine epsilon. */
export const DIFFERENCE_SHARE = 1e-6;
/** First step, as a share of the budget: a tenth moves money between channels visibly. */
export const INITIAL_STEP_SHARE = 0.1;
/** Convergence: a step below a billionth of the budget moves nothing anyone budgets. */
export const MIN_STEP_SHARE = 1e-9;
export const MAX_ITERATIONS = 2000;
/** Bisection steps for the projection shift τ: 2^-80 of the bracket is below float resolution of any spend. */
const PROJECTION_BISECTIONS = 80;

export function projectOntoBudget(model: BudgetModelInput, y: readonly number[]): number[] {
  const { channels, budget, spendAll } = model;
  const at = (tau: number) =>
    y.map((v, i) => Math.min(channels[i].max, Math.max(channels[i].min, v - tau)));
  const total = (tau: number) => {
    let s = 0;
    for (let i = 0; i < y.length; i++)
      s += Math.min(channels[i].max, Math.max(channels[i].min, y[i] - tau));
    return s;
  };
  if (!spendAll && total(0) <= budget) return at(0);
  let lo = Math.min(...y.map((v, i) => v - channels[i].max)) - 1;
  let hi = Math.max(...y.map((v, i) => v - channels[i].min)) + 1;
  for (let k = 0; k < PROJECTION_BISECTIONS; k++) {
    const mid = 0.5 * (lo + hi);
    if (total(mid) > budget) lo = mid;
    else hi = mid;
  }
  return at(hi);
}

export function localAllocate(model: BudgetModelInput, start: readonly number[]): LocalAllocation {
  const curves = model.channels.map(channelCurve);
  const profitOf = (x: number[]) => x.reduce((a, v, i) => a + curves[i].profit(v), 0);
  const h = DIFFERENCE_SHARE * model.budget;
  let x = projectOntoBudget(model, start);
  let value = profitOf(x);
  let step = INITIAL_STEP_SHARE * model.budget;
  let iterations = 0;
  while (step >= MIN_STEP_SHARE * model.budget && iterations < MAX_ITERATIONS) {
    iterations++;
    const grad = x.map((v, i) => {
      const c = model.channels[i];
      const lo = Math.max(c.min, v - h);
      const hi = Math.min(c.max, v + h);
      return hi > lo ? (curves[i].profit(hi) - curves[i].profit(lo)) / (hi - lo) : 0;
    });
    const norm = Math.max(...grad.map(Math.abs));
    if (!(norm > 0)) break;
    const trial = projectOntoBudget(
      model,
      x.map((v, i) => v + (step * grad[i]) / norm)
    );
    const trialValue = profitOf(trial);
    if (trialValue > value) {
      x = trial;
      value = trialValue;
      step *= 2;
    } else step /= 2;
  }
  return { spend: x, profit: value, iterations };
}

/**
 * The best of `starts` local runs: the first from the minimum spends (zero
 * where there is no minimum: where Solver starts from empty cells), the rest
 * from seeded random points in the bounds.
 */
export function multistartLocalAllocate(
  model: BudgetModelInput,
  options: { starts?: number; seed?: number } = {}
): LocalAllocation & { fromZero: LocalAllocation } {
  const starts = options.starts ?? 20;
  const random = mulberry32(options.seed ?? 1);
  const fromZero = localAllocate(
    model,
    model.channels.map((c) => c.min)
  );
  let best = fromZero;
  for (let k = 1; k < starts; k++) {
    const r = localAllocate(
      model,
      model.channels.map((c) => c.min + random() * (c.max - c.min))
    );
    if (r.profit > best.profit) best = r;
  }
  return { ...best, fromZero };
}
