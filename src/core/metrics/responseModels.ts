/**
 * Advertising response models named by the article (docs/methods.md §10): Little's
 * ADBUDG S-curve and the Vidale-Wolfe steady state. Both map promotion spend to
 * sales and are candidate response curves for the optimiser.
 */
import { CalcError, calcError } from "../errors";
import { MESSAGES } from "../messages";

/**
 * ADBUDG (Little, 1970): response = min + (max − min) × A^γ / (K^γ + A^γ).
 * Computed as 1 / (1 + (K/A)^γ) so large spends or shapes do not overflow
 * A^γ; (K/A)^γ overflowing to Infinity correctly gives a share of 0.
 */
export function adbudg(
  spend: number,
  minResponse: number,
  maxResponse: number,
  shape: number,
  halfSaturationSpend: number
): number | CalcError {
  if (minResponse > maxResponse) return calcError("NUM", MESSAGES.minAboveMax());
  const share = spend === 0 ? 0 : 1 / (1 + Math.pow(halfSaturationSpend / spend, shape));
  return minResponse + (maxResponse - minResponse) * share;
}

/**
 * Vidale-Wolfe steady state: dS/dt = r·A·(M − S)/M − λ·S is 0 at
 * S = M·r·A / (r·A + λ·M). With no advertising effect and no decay the
 * equation has no single resting point: #DIV/0!.
 */
export function vidaleWolfe(
  spend: number,
  responseRate: number,
  saturationSales: number,
  decayRate: number
): number | CalcError {
  const pull = responseRate * spend;
  const denominator = pull + decayRate * saturationSales;
  if (denominator === 0) return calcError("DIV0", MESSAGES.noSteadyState());
  // M × (rA / (rA + λM)): the ratio is in [0, 1] in floating point too, so S never
  // exceeds M, and no product underflows for tiny rates (M·rA could).
  return saturationSales * (pull / denominator);
}
