/**
 * Seeded random discount models for the global-versus-local comparison and the
 * benchmark: mixtures of inelastic and very elastic buyers (two-humped tier
 * profits), order costs that make small orders unattractive, and floors that
 * sometimes split the feasible discounts or rule a tier out.
 */
import type { DiscountModelInput } from "../src/core/discount";
import { mulberry32 } from "./random";

export interface GeneratorShape {
  tiers: number;
  segments: number;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

export function generateModel(random: () => number, shape: GeneratorShape): DiscountModelInput {
  const P = round(50 + random() * 1950, 0);
  const c = round(P * (0.3 + 0.35 * random()), 2);
  const maxDiscount = round(0.15 + 0.45 * random(), 3);
  const K = round(P * random() * random(), 2);
  const tiers = Array.from({ length: shape.tiers }, (_, t) => ({
    label: `T${t + 1}`,
    minQty: 1 + t * 10,
    orders: round(5 + random() * 500, 0),
    unitsPerOrder: round((3 + t * 8) * (0.5 + random()), 2),
    minMargin: round(-0.1 + 0.3 * random(), 3),
  }));
  // Shares: random positive weights per tier, normalised, rounded, last one absorbs the rounding.
  const weights = Array.from({ length: shape.segments }, () => tiers.map(() => random()));
  const shares = weights.map(() => new Array<number>(shape.tiers).fill(0));
  for (let t = 0; t < shape.tiers; t++) {
    const total = weights.reduce((a, w) => a + w[t], 0);
    let used = 0;
    for (let s = 0; s < shape.segments; s++) {
      const v = s === shape.segments - 1 ? round(1 - used, 6) : round(weights[s][t] / total, 6);
      shares[s][t] = v;
      used += v;
    }
  }
  const segments = shares.map((sh, s) => ({
    label: `S${s + 1}`,
    // Alternate inelastic (0-1) and very elastic (2-10) buyers: the recipe for two humps.
    elasticity: round(s % 2 === 0 ? random() : 2 + 8 * random(), 2),
    shares: sh,
  }));
  return {
    name: "generated",
    currency: "EUR",
    listPrice: P,
    unitCost: c,
    orderCost: K,
    maxDiscount,
    tiers,
    segments,
  };
}

export function generateModels(
  seed: number,
  count: number,
  shape: (random: () => number) => GeneratorShape
): DiscountModelInput[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, () => generateModel(random, shape(random)));
}
