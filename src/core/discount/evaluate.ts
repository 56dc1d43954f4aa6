/**
 * The discount model's arithmetic (its response, profit and constraints, as
 * below and in docs/discount-engine.md): per-tier units, revenue, profit,
 * margin and floor slack at a given discount, and the whole model at a vector
 * of discounts. This is the
 * single TypeScript statement of the model: the optimiser, the CLI and the
 * parity test against the worksheet's native formulas all go through it.
 *
 *   u_st(d) = u_t (1 - d)^(-ε_s)              units per order
 *   n_st    = n_t w_st                        orders (do not change with d)
 *   R_t(d)  = Σ_s n_st u_st(d) P (1 - d)
 *   Π_t(d)  = Σ_s n_st [u_st(d) (P (1 - d) - c) - K]
 *   floor   Π_t(d) - m_t R_t(d) >= 0          (written as a slack, no division)
 */
import type { DiscountModelInput } from "./model";

export interface TierFigures {
  units: number;
  revenue: number;
  profit: number;
  /** profit / revenue; 0 when the tier has no revenue (no orders). */
  margin: number;
  /** Π_t - m_t R_t: >= 0 when the tier's profitability floor holds. */
  floorSlack: number;
}

export interface ModelFigures {
  tiers: TierFigures[];
  units: number;
  revenue: number;
  profit: number;
}

/** Margin shown for a tier with zero revenue (zero orders): there is nothing to divide. */
const MARGIN_WITHOUT_REVENUE = 0;

/** Figures of tier `t` at discount `d` (a fraction, 0 <= d < 1). */
export function tierFigures(model: DiscountModelInput, t: number, d: number): TierFigures {
  const tier = model.tiers[t];
  const keep = 1 - d;
  const netPrice = model.listPrice * keep;
  let units = 0;
  let revenue = 0;
  let profit = 0;
  for (const segment of model.segments) {
    const orders = tier.orders * segment.shares[t];
    const unitsPerOrder = tier.unitsPerOrder * Math.pow(keep, -segment.elasticity);
    units += orders * unitsPerOrder;
    revenue += orders * unitsPerOrder * netPrice;
    profit += orders * (unitsPerOrder * (netPrice - model.unitCost) - model.orderCost);
  }
  const margin = revenue === 0 ? MARGIN_WITHOUT_REVENUE : profit / revenue;
  return { units, revenue, profit, margin, floorSlack: profit - tier.minMargin * revenue };
}

/** Π_t(d): profit of tier `t` at discount `d`. */
export function tierProfit(model: DiscountModelInput, t: number, d: number): number {
  return tierFigures(model, t, d).profit;
}

/** Every tier at its own discount, and the totals. `discounts` has one entry per tier. */
export function evaluateDiscounts(
  model: DiscountModelInput,
  discounts: readonly number[]
): ModelFigures {
  if (discounts.length !== model.tiers.length) {
    throw new RangeError(
      `evaluateDiscounts: ${discounts.length} discounts for ${model.tiers.length} tiers`
    );
  }
  const tiers = discounts.map((d, t) => tierFigures(model, t, d));
  return {
    tiers,
    units: tiers.reduce((sum, f) => sum + f.units, 0),
    revenue: tiers.reduce((sum, f) => sum + f.revenue, 0),
    profit: tiers.reduce((sum, f) => sum + f.profit, 0),
  };
}
