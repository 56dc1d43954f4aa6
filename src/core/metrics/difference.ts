/**
 * The difference of two amounts with float noise read as zero. Several metrics
 * divide by, or test the sign of, a difference of two arguments (price − cost,
 * margin − discount, units now − units before). Typed decimals are not exact
 * in binary: 1 − 0.7 is 0.30000000000000004, so a margin "equal" to the
 * discount leaves 4e-17, and dividing by it gives a confident 7e15 instead of
 * the zero-denominator error the user should see.
 */

/**
 * A difference smaller than this share of the larger operand counts as 0.
 * A double holds ~16 significant digits (ε = 2.2e-16); a typed decimal or a
 * short chain of cell arithmetic is off by a few ε, and Excel itself shows only
 * 15 digits (and sets a sum within ~1e-15 of cancelling to 0). 1e-12 leaves
 * room for a few formula steps of that noise and is still far below any real
 * difference between business figures (a hundredth of a cent on a 10^8 price).
 */
export const CANCELLATION_TOLERANCE = 1e-12;

/**
 * a − b, or exactly 0 when the two agree to within CANCELLATION_TOLERANCE of the larger.
 * An infinite difference (an operand that overflowed, such as 1e308 × 1e308) is
 * returned as it is: the relative test would compare ∞ ≤ tolerance × ∞ and read it
 * as "no difference", turning an overflow into a confident wrong 0.
 */
export function difference(a: number, b: number): number {
  const d = a - b;
  if (!Number.isFinite(d)) return d;
  return Math.abs(d) <= CANCELLATION_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)) ? 0 : d;
}
