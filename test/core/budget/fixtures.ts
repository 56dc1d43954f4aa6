/** Small hand-made budget models shared by the engine's tests. */
import type { BudgetModelInput, Channel } from "../../../src/core/budget";

/** The reference input: H1 trade budget across retail chains and traditional trade. */
export const H1_TRADE: BudgetModelInput = {
  name: "H1 trade budget",
  currency: "KZT",
  budget: 12_000_000,
  spendAll: false,
  channels: [
    {
      label: "Retail chains",
      min: 0,
      max: 8_000_000,
      current: 3_000_000,
      margin: 1.0,
      response: {
        model: "adbudg",
        minResponse: 2_000_000,
        maxResponse: 14_000_000,
        shape: 2.2,
        halfSaturationSpend: 4_000_000,
      },
    },
    {
      label: "Traditional trade",
      min: 500_000,
      max: 12_000_000,
      current: 2_000_000,
      margin: 0.8,
      response: {
        model: "vidale-wolfe",
        responseRate: 0.9,
        saturationSales: 9_000_000,
        decayRate: 0.15,
      },
    },
  ],
};

/** An S-shaped ADBUDG channel: flat at zero spend, worth spending on past its threshold. */
export function sCurve(
  label: string,
  overrides: Partial<Channel> = {},
  shape = 3,
  k = 100
): Channel {
  return {
    label,
    min: 0,
    max: 1000,
    current: null,
    margin: 1,
    response: { model: "adbudg", minResponse: 0, maxResponse: 600, shape, halfSaturationSpend: k },
    ...overrides,
  };
}

export function model(channels: Channel[], budget: number, spendAll = false): BudgetModelInput {
  return { name: "test", currency: "EUR", budget, spendAll, channels };
}
