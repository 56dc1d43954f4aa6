/**
 * Property tests over every catalogue function: whatever arrives (numbers of
 * any size and sign, NaN, text, booleans, blanks, error values, empty and
 * ragged ranges), the result is a finite number, a documented text or boolean,
 * or an error value with a message — never NaN, Infinity or an exception.
 * Then the invariants the articles imply.
 */
import fc from "fast-check";
import { CATALOGUE, evaluate, findEntry } from "../../../src/core/catalogue";
import { ROMI_BAND_TEXT } from "../../../src/core/metrics/campaign";
import { isFailure, isPassedError } from "../../../src/core/errors";
import { difference } from "../../../src/core/metrics/difference";
import { anyArgs, validArgs } from "./arbitraries";

const RUNS = 300;
const ROMI_TEXTS = new Set(Object.values(ROMI_BAND_TEXT).flat());

/** What a function may return besides a finite number. */
const TEXT_RESULTS: Record<string, (value: string) => boolean> = {
  ROMI_RATING: (t) => ROMI_TEXTS.has(t),
};
const BOOLEAN_RESULTS = new Set(["HYPOTHESIS_CONFIRMED"]);

describe.each(CATALOGUE.map((e) => [e.name, e] as const))(
  "%s with arbitrary arguments",
  (name, entry) => {
    it("returns a finite number, documented text/boolean, or an error value with a message", () => {
      fc.assert(
        fc.property(anyArgs(entry), (args) => {
          const result = evaluate(entry, args);
          if (typeof result === "number") return Number.isFinite(result) && !Object.is(result, -0);
          if (typeof result === "string") return TEXT_RESULTS[name]?.(result) ?? false;
          if (typeof result === "boolean") return BOOLEAN_RESULTS.has(name);
          if (isPassedError(result))
            return typeof result.code === "string" && result.code.startsWith("#");
          return (
            isFailure(result) &&
            result.message.length > 0 &&
            ["VALUE", "NUM", "DIV0", "NA"].includes(result.kind)
          );
        }),
        { numRuns: RUNS }
      );
    });
  }
);

const value = (name: string, args: unknown[]) => evaluate(findEntry(name)!, args);

describe("invariants", () => {
  it.each(["NUMERIC_DIST", "WEIGHTED_DIST", "CLEAN_DIST"])(
    "0 ≤ %s ≤ 1 on valid ranges (or #DIV/0! when there is no base, #NUM! when the sales overflow)",
    (name) => {
      fc.assert(
        fc.property(validArgs(findEntry(name)!), (args) => {
          const result = value(name, args);
          if (typeof result === "number") return result >= 0 && result <= 1;
          if (!isFailure(result) || !("kind" in result)) return false;
          return result.kind === "DIV0" || (name === "WEIGHTED_DIST" && result.kind === "NUM");
        }),
        { numRuns: RUNS }
      );
    }
  );

  it("WEIGHTED_DIST equals the carried share computed without overflow, or is #NUM! when the total overflows", () => {
    let overflowed = 0;
    fc.assert(
      fc.property(validArgs(findEntry("WEIGHTED_DIST")!), ([salesRange, carriesRange]) => {
        const sales = (salesRange as (number | null)[][]).map((row) => row[0] ?? 0);
        const carries = (carriesRange as (number | boolean | null)[][]).map(
          (row) => row[0] === true || (typeof row[0] === "number" && row[0] > 0)
        );
        const result = value("WEIGHTED_DIST", [salesRange, carriesRange]);
        const largest = Math.max(...sales);
        if (largest === 0) return isFailure(result);
        // Scaled by the largest cell, every term is at most 1: no sum can overflow.
        let total = 0;
        let carried = 0;
        sales.forEach((s, i) => {
          total += s / largest;
          if (carries[i]) carried += s / largest;
        });
        const reference = carried / total;
        if (!Number.isFinite(sales.reduce((a, b) => a + b, 0))) {
          overflowed++;
          return isFailure(result) && "kind" in result && result.kind === "NUM";
        }
        return typeof result === "number" && Math.abs(result - reference) <= 1e-12;
      }),
      { numRuns: RUNS }
    );
    expect(overflowed).toBeGreaterThan(0);
  });

  it("WEIGHTED_DIST is 1 when every store carries the product and 0 when none does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 1, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (sales) => {
          const column = sales.map((s) => [s]);
          return (
            value("WEIGHTED_DIST", [column, sales.map(() => [true])]) === 1 &&
            value("WEIGHTED_DIST", [column, sales.map(() => [false])]) === 0
          );
        }
      )
    );
  });

  it("CLEAN_DIST never exceeds the share of stores present in the first period", () => {
    fc.assert(
      fc.property(validArgs(findEntry("CLEAN_DIST")!), ([presence]) => {
        const clean = value("CLEAN_DIST", [presence]);
        const rows = (presence as unknown[][]).filter((row) => row.some((c) => c !== null));
        const firstColumn = rows.map((row) => [row[0] ?? 0]);
        const first = value("NUMERIC_DIST", [firstColumn.map(([c]) => [c === null ? 0 : c])]);
        return typeof clean !== "number" || (typeof first === "number" && clean <= first + 1e-15);
      }),
      { numRuns: RUNS }
    );
  });

  it("POSM_PROFIT ≥ 0 exactly when placement_months ≥ POSM_PAYBACK", () => {
    const money = fc.integer({ min: 0, max: 100000 });
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 5000 }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        // Often the placement cost equals the uplift's profit: the break-even-every-month edge.
        fc.oneof(money, fc.constant("break-even" as const)),
        fc.integer({ min: 0, max: 120 }),
        fc.oneof(money, fc.constant(0)),
        (uplift, unitProfit, placementDraw, months, production) => {
          const placement =
            placementDraw === "break-even" ? Math.max(0, uplift * unitProfit) : placementDraw;
          const profit = value("POSM_PROFIT", [uplift, unitProfit, placement, months, production]);
          const payback = value("POSM_PAYBACK", [production, uplift, unitProfit, placement]);
          if (typeof profit !== "number") return false;
          if (typeof payback === "number")
            return (
              profit >= -1e-9 * Math.max(1, production) ===
              months >= payback - 1e-12 * Math.max(1, payback)
            );
          // Never pays back: the POSM loses money over any placement period, except the
          // empty one (0 months, nothing produced), where nothing happened at all.
          return isFailure(payback) && (profit < 0 || (months === 0 && production === 0));
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("POSM_ROI has the sign of POSM_PROFIT", () => {
    fc.assert(
      fc.property(validArgs(findEntry("POSM_ROI")!), (args) => {
        const roi = value("POSM_ROI", args);
        const profit = value("POSM_PROFIT", args);
        return (
          typeof roi !== "number" ||
          (typeof profit === "number" && Math.sign(roi) === Math.sign(profit))
        );
      }),
      { numRuns: RUNS }
    );
  });

  it("ADBUDG stays between min_response and max_response and grows with spend", () => {
    fc.assert(
      fc.property(
        validArgs(findEntry("ADBUDG")!),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (args, extra) => {
          const [spend, min, max] = args as number[];
          const a = value("ADBUDG", args);
          const b = value("ADBUDG", [spend + extra, ...args.slice(1)]);
          if (typeof a !== "number") return min > max;
          return (
            a >= min - 1e-9 * Math.abs(min) &&
            a <= max + 1e-9 * Math.abs(max) &&
            typeof b === "number" &&
            b >= a - 1e-9 * Math.abs(a)
          );
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("VIDALE_WOLFE steady state lies between 0 and saturation_sales", () => {
    fc.assert(
      fc.property(validArgs(findEntry("VIDALE_WOLFE")!), (args) => {
        const s = value("VIDALE_WOLFE", args);
        const m = args[2] as number;
        return typeof s !== "number" || (s >= 0 && s <= m * (1 + 1e-12));
      }),
      { numRuns: RUNS }
    );
  });

  it.each([
    "PARTICIPATION_RATE",
    "NEW_CUSTOMER_SHARE",
    "CHURN_RATE",
    "BRAND_AWARENESS",
    "CONVERSION_RATE",
    "RETENTION_RATE",
    "REDEMPTION_RATE",
    "ENGAGEMENT_RATE",
    "REPEAT_RATE",
    "TM_COST_SHARE",
    "BUNDLE_DISCOUNT",
  ])(
    "%s of valid parts is a non-negative fraction (≤ 1 where the part is of the whole)",
    (name) => {
      fc.assert(
        fc.property(validArgs(findEntry(name)!), (args) => {
          const r = value(name, args);
          if (typeof r !== "number") return isFailure(r);
          return r >= 0 && (name === "TM_COST_SHARE" || r <= 1);
        }),
        { numRuns: RUNS }
      );
    }
  );

  it("CLV is margin × the margin multiple, which rises with retention and falls with the discount rate", () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        share,
        share,
        share,
        share,
        (margin, r1, r2, i1, i2) => {
          const [rLow, rHigh] = [Math.min(r1, r2), Math.max(r1, r2)];
          const [iLow, iHigh] = [Math.min(i1, i2), Math.max(i1, i2)];
          const base = value("CLV", [margin, rLow, iHigh]);
          const kept = value("CLV", [margin, rHigh, iHigh]);
          const cheaper = value("CLV", [margin, rLow, iLow]);
          const multiple = value("CLV", [1, rLow, iHigh]);
          // Retention within float noise of 1 + discount rate reads as equal (metrics/difference).
          if (typeof base !== "number") return difference(1 + iHigh, rLow) === 0;
          const slack = 1e-12 * Math.max(1, Math.abs(base));
          return (
            base >= 0 &&
            typeof multiple === "number" &&
            Math.abs(base - margin * multiple) <= 1e-9 * Math.max(1, base) &&
            (typeof kept !== "number" || kept >= base - slack) &&
            (typeof cheaper !== "number" || cheaper >= base - slack)
          );
        }
      ),
      { numRuns: RUNS }
    );
  });

  it("AKB_GROWTH is at least −100% and positive exactly when the base grew", () => {
    fc.assert(
      fc.property(validArgs(findEntry("AKB_GROWTH")!), ([now, before]) => {
        const growth = value("AKB_GROWTH", [now, before]);
        if (typeof growth !== "number") return isFailure(growth);
        return growth >= -1 && growth > 0 === (now as number) > (before as number);
      }),
      { numRuns: RUNS }
    );
  });

  it("RETENTION_RATE + the share of the start lost is 1 (retention and churn of the same base)", () => {
    fc.assert(
      fc.property(validArgs(findEntry("RETENTION_RATE")!), ([end, added, start]) => {
        const kept = (end as number) - (added as number);
        const retained = value("RETENTION_RATE", [end, added, start]);
        const lost = value("CHURN_RATE", [(start as number) - kept, start]);
        return (
          typeof retained === "number" &&
          typeof lost === "number" &&
          Math.abs(retained + lost - 1) <= 1e-12
        );
      }),
      { numRuns: RUNS }
    );
  });

  it("ROMI_RATING's band never falls as ROMI rises", () => {
    const order = ROMI_BAND_TEXT.en as readonly string[];
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 10, noNaN: true }),
        (r, up) => {
          const a = order.indexOf(value("ROMI_RATING", [r]) as string);
          const b = order.indexOf(value("ROMI_RATING", [r + up]) as string);
          return a >= 0 && b >= a;
        }
      )
    );
  });

  it("BREAKEVEN_LIFT grows with the discount below the margin", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (m, f1, f2) => {
          const [d1, d2] = [Math.min(f1, f2) * m, Math.max(f1, f2) * m];
          const a = value("BREAKEVEN_LIFT", [d1, m]);
          const b = value("BREAKEVEN_LIFT", [d2, m]);
          return typeof a === "number" && typeof b === "number" && b >= a;
        }
      )
    );
  });
});
