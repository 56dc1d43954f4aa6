/**
 * The discount-optimisation model's input: the JSON contract shared by the task
 * pane, the `mkt discount` command line, the sheet plan and the tests. Its
 * meaning is fixed by version 1 of the model (docs/discount-engine.md; the
 * formulas are stated in evaluate.ts).
 */

/** One order-size band, in ascending `minQty`. */
export interface Tier {
  label: string;
  /** Smallest order (units) that falls in this tier. */
  minQty: number;
  /** n_t: orders per period in the tier at today's prices (>= 0). */
  orders: number;
  /** u_t: average units per order at today's prices (> 0). */
  unitsPerOrder: number;
  /** m_t: required profitability, profit / revenue (< 1). */
  minMargin: number;
}

/** A kind of buyer (the article's A, B, C). */
export interface Segment {
  label: string;
  /** ε_s: price elasticity of units per order (>= 0). */
  elasticity: number;
  /** w_st: share of tier t's orders that come from this segment; one per tier. */
  shares: number[];
}

export interface DiscountModelInput {
  name: string;
  currency: string;
  /** P: price per unit before discount (> 0). */
  listPrice: number;
  /** c: variable cost per unit (>= 0). */
  unitCost: number;
  /** K: transaction cost per order (>= 0). */
  orderCost: number;
  /** Upper bound of every tier's discount, 0 <= x < 1. */
  maxDiscount: number;
  tiers: Tier[];
  segments: Segment[];
}
