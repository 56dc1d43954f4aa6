/**
 * Parses and validates the discount model's JSON input (docs/discount-engine.md,
 * "What the input may hold"). Every invalid field yields one message naming the field by its
 * JSON path and the rule it breaks; a model comes out only when there are no
 * errors, so nothing invalid reaches the optimiser or the sheet plan.
 */
import type { DiscountModelInput, Segment, Tier } from "./model";
import { tierFigures } from "./evaluate";
import { msg } from "../i18n";
import {
  Collector,
  checkLabelsUnique,
  describe,
  isRecord,
  nonNegative,
  positive,
  share,
  type FieldError,
  type Rule,
} from "../fieldValidation";
import { openModelInput } from "../modelInput";

export type { FieldError } from "../fieldValidation";
export { formatFieldErrors } from "../fieldValidation";

export type ValidationResult =
  { ok: true; model: DiscountModelInput } | { ok: false; errors: FieldError[] };

/** The model's version 1 sizes: 1 to 20 tiers, 1 to 10 segments. */
export const MAX_TIERS = 20;
export const MAX_SEGMENTS = 10;
/**
 * Each tier's segment shares must sum to 1. Shares typed as percentages with
 * two decimals (0.333 + 0.333 + 0.334) are exact to 1e-9, so 1e-6 only
 * forgives float noise and rounding at the sixth decimal, never a lost share.
 */
export const SHARE_SUM_TOLERANCE = 1e-6;
/**
 * Beyond the model's own rules: an upper limit on elasticity. Published price
 * elasticities rarely exceed 10; at 50, (1 - 0.99)^-50 = 1e100 is still finite
 * but beyond it the units figures overflow towards Infinity, which must never
 * reach a cell.
 */
export const MAX_ELASTICITY = 50;
export { MAX_LABEL_LENGTH } from "../fieldValidation";
export { MAX_NAME_LENGTH } from "../fieldValidation";

/**
 * Beyond the model's own rules, which only cap the floor below 1: its lower bound.
 * The floor says profit >= m × revenue; at m = −1 (−100%) the tier may already
 * lose as much as it sells, which is as far as a profitability policy goes, and a
 * floor of −1e308 is a typing slip that also overflows m × revenue in the sheet.
 */
export const MIN_MARGIN_FLOOR = -1;
const marginFloor: Rule = (x) => (x >= MIN_MARGIN_FLOOR && x < 1 ? null : msg("model.marginFloor"));
const discountRange: Rule = (x) => (x >= 0 && x < 1 ? null : msg("model.discountRange"));
const elasticity: Rule = (x) =>
  x < 0
    ? msg("model.mustBeNonNegative")
    : x > MAX_ELASTICITY
      ? msg("model.mustBeAtMost", { max: MAX_ELASTICITY })
      : null;

/**
 * Validates `raw` (a parsed JSON value, or the JSON text itself) against the
 * model's rules. Unknown extra fields are ignored (forward compatibility).
 * Errors come in the order of the input: the scalar fields, the tiers, the
 * segments, then the checks across entries.
 */
export function validateDiscountModel(raw: unknown): ValidationResult {
  const opened = openModelInput(raw);
  if (!opened.ok) return opened;
  const { input, r: c, name, currency } = opened;
  const listPrice = c.number(input, "listPrice", "listPrice", positive);
  const unitCost = c.number(input, "unitCost", "unitCost", nonNegative);
  const orderCost = c.number(input, "orderCost", "orderCost", nonNegative);
  const maxDiscount = c.number(input, "maxDiscount", "maxDiscount", discountRange);
  const rawTiers = c.array(input, "tiers", "tiers", 1, MAX_TIERS);
  const tiers = readTiers(rawTiers, c);
  // The shares' count is checked against the tiers only when the tier list itself was readable.
  const tierCount = rawTiers === null ? null : rawTiers.length;
  const segments = readSegments(
    c.array(input, "segments", "segments", 1, MAX_SEGMENTS),
    tierCount,
    c
  );

  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const model: DiscountModelInput = {
    name,
    currency,
    listPrice,
    unitCost,
    orderCost,
    maxDiscount,
    tiers,
    segments,
  };
  const overflow = overflowError(model);
  if (overflow !== null) return { ok: false, errors: [overflow] };
  return { ok: true, model };
}

/** Each entry of the tiers list that is an object, its fields checked; every other entry reported. */
export function readTiers(rawTiers: readonly unknown[] | null, c: Collector): Tier[] {
  const tiers: Tier[] = [];
  (rawTiers ?? []).forEach((rt, t) => {
    const p = `tiers[${t}]`;
    if (!isRecord(rt)) {
      c.add(p, msg("model.notObject", { got: describe(rt) }));
      return;
    }
    tiers.push({
      label: c.text(rt, "label", `${p}.label`),
      minQty: c.number(rt, "minQty", `${p}.minQty`, positive),
      orders: c.number(rt, "orders", `${p}.orders`, nonNegative),
      unitsPerOrder: c.number(rt, "unitsPerOrder", `${p}.unitsPerOrder`, positive),
      minMargin: c.number(rt, "minMargin", `${p}.minMargin`, marginFloor),
    });
  });
  // Across tiers only when every entry was a tier: an index would otherwise point at the wrong one.
  if (tiers.length === (rawTiers?.length ?? 0)) {
    checkLabelsUnique(
      tiers.map((tier) => tier.label),
      "tiers",
      c
    );
    checkAscendingQuantities(tiers, c);
  }
  return tiers;
}

/** Each tier starts above the one before it (a number that is not finite is reported by its field). */
function checkAscendingQuantities(tiers: readonly Tier[], c: Collector): void {
  for (let t = 1; t < tiers.length; t++) {
    const [before, here] = [tiers[t - 1].minQty, tiers[t].minQty];
    if (Number.isFinite(before) && Number.isFinite(here) && here <= before) {
      c.add(
        `tiers[${t}].minQty`,
        msg("model.notAscending", {
          previousPath: `tiers[${t - 1}].minQty`,
          value: String(here),
          previous: String(before),
        })
      );
    }
  }
}

/**
 * Each entry of the segments list that is an object, its fields and its shares
 * checked (one share per tier when `tierCount` is known); then unique labels
 * and, per tier, shares that sum to 1.
 */
export function readSegments(
  rawSegments: readonly unknown[] | null,
  tierCount: number | null,
  c: Collector
): Segment[] {
  const segments: Segment[] = [];
  (rawSegments ?? []).forEach((rs, s) => {
    const p = `segments[${s}]`;
    if (!isRecord(rs)) {
      c.add(p, msg("model.notObject", { got: describe(rs) }));
      return;
    }
    const label = c.text(rs, "label", `${p}.label`);
    const eps = c.number(rs, "elasticity", `${p}.elasticity`, elasticity);
    segments.push({ label, elasticity: eps, shares: readShares(rs["shares"], p, tierCount, c) });
  });
  if (rawSegments !== null && segments.length === rawSegments.length) {
    checkLabelsUnique(
      segments.map((segment) => segment.label),
      "segments",
      c
    );
    if (tierCount !== null) checkShareSums(segments, tierCount, c);
  }
  return segments;
}

/** A segment's shares: a list of one share (0 to 1) per tier. */
function readShares(
  rawShares: unknown,
  p: string,
  tierCount: number | null,
  c: Collector
): number[] {
  if (!Array.isArray(rawShares)) {
    c.add(
      `${p}.shares`,
      rawShares === undefined
        ? msg("model.sharesMissing")
        : msg("model.notList", { got: describe(rawShares) })
    );
    return [];
  }
  if (tierCount !== null && rawShares.length !== tierCount) {
    c.add(`${p}.shares`, msg("model.shareCount", { expected: tierCount, count: rawShares.length }));
  }
  const shares: number[] = [];
  rawShares.forEach((_, t) =>
    shares.push(
      c.number(
        rawShares as unknown as Record<string, unknown>,
        String(t),
        `${p}.shares[${t}]`,
        share
      )
    )
  );
  return shares;
}

/** Per tier, the segments' shares sum to 1; checked only when every segment gave a full, numeric row. */
function checkShareSums(segments: readonly Segment[], tierCount: number, c: Collector): void {
  const complete = segments.every(
    (segment) => segment.shares.length === tierCount && segment.shares.every(Number.isFinite)
  );
  if (!complete) return;
  for (let t = 0; t < tierCount; t++) {
    const sum = segments.reduce((acc, segment) => acc + segment.shares[t], 0);
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      c.add(
        `tiers[${t}].shares`,
        msg("model.sharesSum", { sum: Number(sum.toPrecision(12)), tier: t })
      );
    }
  }
}

/** Figures the sheet shows per tier, and the totals: each must stay a finite number. */
const TIER_FIGURES = ["units", "revenue", "profit", "margin", "floorSlack"] as const;
const TOTALS = ["units", "revenue", "profit"] as const;
/** Each figure in the reader's words. */
const FIGURE_NAMES = {
  units: msg("rule.figure.units"),
  revenue: msg("rule.figure.revenue"),
  profit: msg("rule.figure.profit"),
  margin: msg("rule.figure.margin"),
  floorSlack: msg("rule.figure.floorSlack"),
} as const;

/**
 * Every field can be valid and the figures still overflow (orders 1e300 × units
 * 1e10, twenty tiers of 1e307 profit, or units per order so small that the
 * margin's division by revenue overflows): Infinity must never reach a cell or a
 * "Total profit ∞". Each tier's units and revenue move monotonically with the
 * discount, so the figures are checked at both ends, 0 and maxDiscount.
 */
function overflowError(model: DiscountModelInput): FieldError | null {
  for (const d of [0, model.maxDiscount]) {
    const totals = { units: 0, revenue: 0, profit: 0 };
    for (let t = 0; t < model.tiers.length; t++) {
      const f = tierFigures(model, t, d);
      const broken = TIER_FIGURES.find((k) => !Number.isFinite(f[k]));
      if (broken !== undefined)
        return {
          path: `tiers[${t}]`,
          problem: msg("model.overflow", {
            path: `tiers[${t}]`,
            figure: FIGURE_NAMES[broken],
            discount: d,
          }),
        };
      for (const k of TOTALS) totals[k] += f[k];
    }
    const broken = TOTALS.find((k) => !Number.isFinite(totals[k]));
    if (broken !== undefined)
      return {
        path: "tiers",
        problem: msg("model.overflowTotal", { figure: FIGURE_NAMES[broken] }),
      };
  }
  return null;
}
