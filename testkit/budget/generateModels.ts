/**
 * Seeded random budget models for the engine-versus-local comparison and the
 * benchmark: a mix of S-shaped ADBUDG channels (γ from 1.5 to 4, the case a
 * local method started at zero cannot leave), concave ADBUDG (γ <= 1) and
 * Vidale-Wolfe channels, minimum spends on some channels, and a budget that
 * is short of what the channels would take on their own (so it binds).
 */
import type { BudgetModelInput, Channel } from "../../src/core/budget";
import { mulberry32 } from "../random";

const round = (x: number, digits: number) => Number(x.toPrecision(digits));

export interface GeneratorOptions {
  channels: number;
  /** Share of channels that are S-curves; default 0.6. */
  sCurveShare?: number;
  spendAll?: boolean;
}

function channel(random: () => number, i: number, sCurveShare: number): Channel {
  const scale = round(1e5 * (0.3 + 3 * random()), 3);
  const kind = random();
  const margin = round(0.3 + 0.9 * random(), 3);
  const min = random() < 0.2 ? round(scale * 0.2 * random(), 3) : 0;
  const max = round(scale * (2 + 4 * random()), 4);
  if (kind < sCurveShare || kind >= 0.9) {
    const s = kind < sCurveShare;
    const floor = round(scale * random(), 3);
    return {
      label: `C${i + 1}`,
      min,
      max,
      current: round(min + (max - min) * random(), 3),
      margin,
      response: {
        model: "adbudg",
        minResponse: floor,
        maxResponse: round(floor + scale * (2 + 6 * random()), 4),
        shape: round(s ? 1.5 + 2.5 * random() : 0.4 + 0.6 * random(), 3),
        halfSaturationSpend: round(scale * (0.5 + random()), 3),
      },
    };
  }
  return {
    label: `C${i + 1}`,
    min,
    max,
    current: null,
    margin,
    response: {
      model: "vidale-wolfe",
      responseRate: round(0.5 + 2 * random(), 3),
      saturationSales: round(scale * (1 + 4 * random()), 4),
      decayRate: round(0.05 + 0.5 * random(), 3),
    },
  };
}

export function generateModel(random: () => number, options: GeneratorOptions): BudgetModelInput {
  const share = options.sCurveShare ?? 0.6;
  const channels = Array.from({ length: options.channels }, (_, i) => channel(random, i, share));
  const minTotal = channels.reduce((a, c) => a + c.min, 0);
  const maxTotal = channels.reduce((a, c) => a + c.max, 0);
  // Between the minimums and a third of the maximums: the budget binds and forces choices.
  const budget = round(minTotal + (maxTotal / 3 - minTotal) * (0.15 + 0.85 * random()), 4);
  for (const c of channels) c.max = Math.min(c.max, Math.max(budget, c.min));
  for (const c of channels)
    if (c.current !== null) c.current = Math.min(c.max, Math.max(c.min, c.current));
  return {
    name: "generated",
    currency: "EUR",
    budget,
    spendAll: options.spendAll ?? false,
    channels,
  };
}

export function generateModels(
  seed: number,
  count: number,
  options: GeneratorOptions | ((i: number) => GeneratorOptions)
): BudgetModelInput[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) =>
    generateModel(random, typeof options === "function" ? options(i) : options)
  );
}
