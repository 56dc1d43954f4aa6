/**
 * Overflow is an error, never a confident wrong number. Over huge inputs (up to
 * the largest double, where products and sums overflow to ∞), each function's
 * result is either #NUM! or the exact value of its formula up to rounding,
 * decided against an exact rational evaluation (exactArithmetic.ts). An error
 * other than #NUM! must be one the exact formula also has, up to the same rounding.
 */
import fc from "fast-check";
import { evaluate, findEntry } from "../../../src/core/catalogue";
import { isFailure, isPassedError } from "../../../src/core/errors";
import type { CalcError, CalcErrorKind } from "../../../src/core/errors";
import {
  compare,
  input,
  isZero,
  minus,
  over,
  plus,
  times,
  withinBound,
  zeroWithinBound,
  type Tracked,
} from "./exactArithmetic";

const RUNS = 400;

/** What the exact formula gives: a value, or an error (and whether it is exact or at the edge of rounding). */
type Reference = Tracked | { error: CalcErrorKind };

const huge = fc.oneof(
  fc.double({ min: 1e300, max: Number.MAX_VALUE, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, Number.MAX_VALUE, 1.5e308)
);
const ordinary = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => (x >= 1e-6 ? x : 0)),
  fc.constantFrom(0, 1, 3, 100)
);
/** Non-negative figures, huge half the time. */
const figure = fc.oneof(huge, ordinary);
/** Whole numbers, huge half the time (doubles above 2^53 are whole). */
const count = fc.oneof(huge, fc.integer({ min: 0, max: 5000 }));
/** A figure of either sign. */
const signed = fc.tuple(figure, fc.boolean()).map(([x, negative]) => (negative ? -x : x));

interface Case {
  readonly name: string;
  readonly args: fc.Arbitrary<number[]>;
  readonly reference: (...x: number[]) => Reference;
}

const [num, div0] = [{ error: "NUM" as const }, { error: "DIV0" as const }];

/** POSM monthly margin: uplift × unit profit − monthly placement cost (posm.ts). */
const margin = (u: number, p: number, c: number) => minus(times(input(u), input(p)), input(c));

const CASES: Case[] = [
  {
    // months × (u × p − c) − production
    name: "POSM_PROFIT",
    args: fc.tuple(signed, figure, figure, figure, figure),
    reference: (u, p, c, months, prod) => minus(times(input(months), margin(u, p, c)), input(prod)),
  },
  {
    name: "POSM_ROI",
    args: fc.tuple(signed, figure, figure, figure, figure),
    reference: (u, p, c, months, prod) => {
      const costs = plus(times(input(c), input(months)), input(prod));
      if (isZero(costs.v)) return div0;
      return over(minus(times(input(months), margin(u, p, c)), input(prod)), costs);
    },
  },
  {
    name: "POSM_PAYBACK",
    args: fc.tuple(figure, signed, figure, figure),
    reference: (prod, u, p, c) => {
      const m = margin(u, p, c);
      if (prod === 0 && (compare(m.v, input(0).v) >= 0 || zeroWithinBound(m))) return input(0);
      if (compare(m.v, input(0).v) <= 0) return num;
      return over(input(prod), m);
    },
  },
  {
    name: "TEMP_POSM_PROFIT",
    args: fc.tuple(signed, figure, figure, figure),
    reference: (u, p, kit, c) => minus(minus(times(input(u), input(p)), input(kit)), input(c)),
  },
  {
    name: "LOYALTY_INDEX",
    args: fc.tuple(
      figure,
      figure,
      fc.oneof(
        huge,
        ordinary.filter((x) => x > 0)
      )
    ),
    reference: (loyal, disloyal, total) => {
      const excess = minus(plus(input(loyal), input(disloyal)), input(total));
      if (compare(excess.v, input(0).v) > 0 && !zeroWithinBound(excess)) return num;
      return over(minus(input(loyal), input(disloyal)), input(total));
    },
  },
  {
    name: "BUNDLE_DISCOUNT",
    args: fc.tuple(count, count),
    reference: (buy, free) => {
      const items = plus(input(buy), input(free));
      return isZero(items.v) ? div0 : over(input(free), items);
    },
  },
];

/** Why an outcome disagrees with the reference, or null when it agrees. */
function disagreement(outcome: unknown, reference: Reference): string | null {
  if (isPassedError(outcome)) return "an error passed through where none came in";
  if (isFailure(outcome)) {
    const { kind } = outcome as CalcError;
    if (kind === "NUM") return null; // #NUM! is always an honest answer to overflow
    if ("error" in reference && reference.error === kind) return null;
    return `#${kind} where the exact formula gives ${"error" in reference ? reference.error : "a value"}`;
  }
  if (typeof outcome !== "number") return `a ${typeof outcome}`;
  if ("error" in reference) return `${outcome} where the exact formula is #${reference.error}`;
  return withinBound(outcome, reference)
    ? null
    : `${outcome} is not the exact value up to rounding`;
}

describe.each(CASES)("$name over huge inputs", ({ name, args, reference }) => {
  it("gives the exact value up to rounding, or #NUM!", () => {
    const entry = findEntry(name)!;
    fc.assert(
      fc.property(args, (x) => {
        const problem = disagreement(evaluate(entry, x), reference(...x));
        if (problem) throw new Error(`${name}(${x.join(", ")}): ${problem}`);
      }),
      { numRuns: RUNS }
    );
  });
});

describe("the reported cases", () => {
  it.each([
    ["POSM_PROFIT", [1e308, 1e308, 1e308, 1e308, 1e308], "NUM"],
    ["LOYALTY_INDEX", [1e308, 1e308, 1e308], "NUM"],
    // A subnormal result (1e-6 / 1.5e308) is kept, rounded in absolute terms as IEEE 754 does.
    ["LOYALTY_INDEX", [1e-6, 0, 1.5e308], 1e-6 / 1.5e308],
    ["POSM_ROI", [100, 1e308, 1e300, 1, 3], "NUM"],
    ["BUNDLE_DISCOUNT", [1e308, 1e308], 0.5],
  ] as const)("%s(%j) is %p", (name, x, expected) => {
    const outcome = evaluate(findEntry(name)!, [...x]);
    if (typeof expected === "number") expect(outcome).toBe(expected);
    else expect(outcome).toMatchObject({ kind: expected, message: expect.any(String) });
  });
});
