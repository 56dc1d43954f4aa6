/** Hand-built discount models shared by the engine's tests. */
import { readFileSync } from "fs";
import { join } from "path";
import type { DiscountModelInput } from "../../../src/core/discount";
import { validateDiscountModel } from "../../../src/core/discount";
import { fieldErrorText } from "../../../src/core/fieldValidation";

export function loadExample(file: string): DiscountModelInput {
  const result = validateDiscountModel(
    readFileSync(join(__dirname, "../../../examples", file), "utf8")
  );
  if (!result.ok) throw new Error(result.errors.map((e) => fieldErrorText(e)).join("; "));
  return result.model;
}

/**
 * One tier, two humps: 80% inelastic buyers (ε = 0) prefer no discount, 20%
 * very elastic ones (ε = 6) a deep one. Π(0) = 50,000 is a local maximum
 * (Π'(0) = 1000·(0.8·(-100) + 0.2·(5·100 - 6·50)) < 0); the global one is
 * where 0.8·(-100) + 0.2·(1-d)^-7 (500 (1-d) - 300) = 0, near d = 0.368.
 */
export const BIMODAL: DiscountModelInput = {
  name: "Bimodal",
  currency: "EUR",
  listPrice: 100,
  unitCost: 50,
  orderCost: 0,
  maxDiscount: 0.5,
  tiers: [{ label: "all", minQty: 1, orders: 100, unitsPerOrder: 10, minMargin: -1 }],
  segments: [
    { label: "inelastic", elasticity: 0, shares: [0.8] },
    { label: "elastic", elasticity: 6, shares: [0.2] },
  ],
};

/**
 * One tier whose 11.5% floor splits the allowed discounts into two pieces:
 * the margin falls with a small discount (price cut, few extra units), rises
 * as the elastic buyers' volume dilutes the order cost, and falls again.
 * Feasible: [0, ~0.012] and [~0.26, ~0.41]; profit keeps rising to ~0.46, so
 * the optimum is the upper end of the second piece, where the floor binds.
 */
export const SPLIT_FLOOR: DiscountModelInput = {
  name: "Split floor",
  currency: "EUR",
  listPrice: 100,
  unitCost: 48,
  orderCost: 200,
  maxDiscount: 0.5,
  tiers: [{ label: "all", minQty: 1, orders: 100, unitsPerOrder: 5, minMargin: 0.115 }],
  segments: [
    { label: "consumers", elasticity: 0.3, shares: [0.9] },
    { label: "installers", elasticity: 8.5, shares: [0.1] },
  ],
};

/** Bisection for a sign change of f on [lo, hi] (f(lo), f(hi) of opposite sign). */
export function bisect(f: (x: number) => number, lo: number, hi: number): number {
  let [a, b] = [lo, hi];
  const fa = f(a);
  for (let i = 0; i < 200; i++) {
    const m = 0.5 * (a + b);
    if (f(m) > 0 === fa > 0) a = m;
    else b = m;
  }
  return 0.5 * (a + b);
}
