/**
 * Exact rational arithmetic over doubles, for reference values in overflow
 * tests. Every finite double is a dyadic rational m × 2^e, so BigInt numerators
 * and denominators hold it, and sums, products and quotients of them, without
 * any rounding and without overflow.
 *
 * A `Tracked` value also carries a running error bound (first-order, Wilkinson
 * style): the absolute error a double evaluation of the same expression may
 * have, in units of the tolerance. Each operation adds the rounding of its own
 * result and propagates its operands' errors; a sum or difference adds the
 * magnitudes of both operands, which also covers the product's snapping of a
 * float-noise difference to zero (difference.ts, up to 1e-12 of the larger operand).
 * A result below 2^-1022 is subnormal: its rounding is absolute (up to half of
 * 2^-1074, the smallest double), not relative, so each operation's own rounding
 * term is |result| plus that floor (IEEE 754: |fl(x) − x| ≤ u·|x| + 2^-1075).
 */

export interface Rational {
  readonly n: bigint;
  /** Always > 0. */
  readonly d: bigint;
}

const BIG0 = BigInt(0);
const BIG1 = BigInt(1);
const BIG2 = BigInt(2);

function gcd(a: bigint, b: bigint): bigint {
  a = a < BIG0 ? -a : a;
  b = b < BIG0 ? -b : b;
  while (b !== BIG0) [a, b] = [b, a % b];
  return a;
}

function rational(n: bigint, d: bigint): Rational {
  if (d < BIG0) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > BIG1 ? { n: n / g, d: d / g } : { n, d };
}

/** The exact value of a finite double. */
export function exact(x: number): Rational {
  if (!Number.isFinite(x)) throw new Error(`not finite: ${x}`);
  if (x === 0) return { n: BIG0, d: BIG1 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const sign = bits >> BigInt(63) ? -BIG1 : BIG1;
  const biased = Number((bits >> BigInt(52)) & BigInt(0x7ff));
  const fraction = bits & ((BIG1 << BigInt(52)) - BIG1);
  const mantissa = biased === 0 ? fraction : fraction | (BIG1 << BigInt(52));
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return exponent >= 0
    ? { n: sign * mantissa * BIG2 ** BigInt(exponent), d: BIG1 }
    : rational(sign * mantissa, BIG2 ** BigInt(-exponent));
}

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const neg = (a: Rational): Rational => ({ n: -a.n, d: a.d });
export const sub = (a: Rational, b: Rational) => add(a, neg(b));
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export function div(a: Rational, b: Rational): Rational {
  if (b.n === BIG0) throw new Error("division by zero");
  return rational(a.n * b.d, a.d * b.n);
}
export const abs = (a: Rational): Rational => (a.n < BIG0 ? neg(a) : a);
/** -1, 0 or 1 as a < b, a = b, a > b. */
export function compare(a: Rational, b: Rational): number {
  const diff = a.n * b.d - b.n * a.d;
  return diff < BIG0 ? -1 : diff > BIG0 ? 1 : 0;
}
export const isZero = (a: Rational) => a.n === BIG0;

/** The tolerance: 2^-36 ≈ 1.5e-11, a few thousand ulps, above difference()'s 1e-12 snap. */
export const TOLERANCE_BITS = 36;
const SCALE = BIG2 ** BigInt(TOLERANCE_BITS);
/** 2^-1075, half the smallest subnormal, in units of the tolerance: 2^-1075 / 2^-36. */
const UNDERFLOW: Rational = { n: BIG1, d: BIG2 ** BigInt(1075 - TOLERANCE_BITS) };

/** An exact value and the bound on a double evaluation's error, in units of the tolerance. */
export interface Tracked {
  readonly v: Rational;
  readonly m: Rational;
}

const ZERO = { n: BIG0, d: BIG1 };
export const input = (x: number): Tracked => ({ v: exact(x), m: ZERO });

/** The rounding of one result, in units of the tolerance: |v| (relative) plus the subnormal floor. */
const rounding = (v: Rational): Rational => add(abs(v), UNDERFLOW);

export function plus(a: Tracked, b: Tracked): Tracked {
  // The operands' magnitudes bound the sum's rounding (and the float-noise snap); the floor covers a subnormal sum.
  return { v: add(a.v, b.v), m: add(add(a.m, b.m), rounding(add(abs(a.v), abs(b.v)))) };
}
export function minus(a: Tracked, b: Tracked): Tracked {
  return plus(a, { v: neg(b.v), m: b.m });
}
export function times(a: Tracked, b: Tracked): Tracked {
  const v = mul(a.v, b.v);
  return { v, m: add(add(mul(a.m, abs(b.v)), mul(b.m, abs(a.v))), rounding(v)) };
}
export function over(a: Tracked, b: Tracked): Tracked {
  const v = div(a.v, b.v);
  const bAbs = abs(b.v);
  const m = add(add(div(a.m, bAbs), div(mul(b.m, abs(a.v)), mul(bAbs, bAbs))), rounding(v));
  return { v, m };
}

/** |x − t.v| ≤ tolerance × t.m, decided exactly. */
export function withinBound(x: number, t: Tracked): boolean {
  const error = abs(sub(exact(x), t.v));
  return compare({ n: error.n * SCALE, d: error.d }, t.m) <= 0;
}

/** t.v is zero up to the evaluation error (a double evaluation may have found 0, or any sign). */
export function zeroWithinBound(t: Tracked): boolean {
  return compare({ n: abs(t.v).n * SCALE, d: t.v.d }, t.m) <= 0;
}
