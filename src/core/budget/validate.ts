/**
 * Parses and validates the budget model's JSON input. Every invalid field
 * yields one message naming the field by its JSON path and the rule it
 * breaks; a model comes out only when there are no errors. Whether the bounds
 * and the budget admit an allocation (Σ min <= B, and Σ max >= B when the
 * budget must be spent) is not a field error: the optimiser reports it as the
 * status "infeasible" with its reason, as a solver would.
 */
import type { BudgetModelInput, Channel, ResponseSpec } from "./model";
import { channelCurve } from "./curves";
import { msg } from "../i18n";
import {
  Collector,
  checkLabelsUnique,
  describe,
  isRecord,
  nonNegative,
  positive,
  type FieldError,
  type Rule,
} from "../fieldValidation";
import { openModelInput } from "../modelInput";

export type BudgetValidationResult =
  { ok: true; model: BudgetModelInput } | { ok: false; errors: FieldError[] };

/** The range: 1 to 100 channels. */
export const MAX_CHANNELS = 100;
export { MAX_NAME_LENGTH } from "../fieldValidation";
/**
 * ADBUDG shapes above this are steps, not curves: at γ = 50 the response goes
 * from 2% to 98% of its range between 0.93K and 1.08K, and (x/K)^γ leaves
 * floating point for x/K beyond 1e6; published calibrations stay below 5.
 */
export const MAX_SHAPE = 50;

const shape: Rule = (x) =>
  x <= 0
    ? msg("model.mustBePositive")
    : x > MAX_SHAPE
      ? msg("model.mustBeAtMost", { max: MAX_SHAPE })
      : null;

function readResponse(raw: unknown, p: string, c: Collector): ResponseSpec | null {
  if (!isRecord(raw)) {
    c.add(
      p,
      raw === undefined
        ? msg("budget.objectMissing")
        : msg("model.notObject", { got: describe(raw) })
    );
    return null;
  }
  const model = raw["model"];
  if (model === "adbudg") {
    const minResponse = c.number(raw, "minResponse", `${p}.minResponse`, nonNegative);
    const maxResponse = c.number(raw, "maxResponse", `${p}.maxResponse`, nonNegative);
    if (maxResponse < minResponse)
      c.add(
        `${p}.maxResponse`,
        msg("budget.notBelow", { other: `${p}.minResponse`, value: maxResponse, min: minResponse })
      );
    return {
      model,
      minResponse,
      maxResponse,
      shape: c.number(raw, "shape", `${p}.shape`, shape),
      halfSaturationSpend: c.number(
        raw,
        "halfSaturationSpend",
        `${p}.halfSaturationSpend`,
        positive
      ),
    };
  }
  if (model === "vidale-wolfe") {
    return {
      model,
      responseRate: c.number(raw, "responseRate", `${p}.responseRate`, nonNegative),
      saturationSales: c.number(raw, "saturationSales", `${p}.saturationSales`, positive),
      // With no decay the steady state is the saturation level at any positive spend: nothing to allocate.
      decayRate: c.number(raw, "decayRate", `${p}.decayRate`, positive),
    };
  }
  c.add(`${p}.model`, msg("budget.unknownModel", { got: describe(model) }));
  return null;
}

function readChannel(raw: unknown, i: number, budget: number, c: Collector): Channel | null {
  const p = `channels[${i}]`;
  if (!isRecord(raw)) {
    c.add(p, msg("model.notObject", { got: describe(raw) }));
    return null;
  }
  const label = c.text(raw, "label", `${p}.label`);
  const min = c.optionalNumber(raw, "min", `${p}.min`, nonNegative) ?? 0;
  // An omitted max is the budget (or the min, when the min alone exceeds the budget: that is an infeasibility the optimiser names).
  const max = c.optionalNumber(raw, "max", `${p}.max`, nonNegative) ?? Math.max(budget, min);
  if (max < min) c.add(`${p}.max`, msg("budget.notBelow", { other: `${p}.min`, value: max, min }));
  const current = c.optionalNumber(raw, "current", `${p}.current`, nonNegative);
  if (
    current !== null &&
    Number.isFinite(min) &&
    Number.isFinite(max) &&
    (current < min || current > max)
  )
    c.add(
      `${p}.current`,
      msg("budget.currentOutside", {
        min: `${p}.min`,
        max: `${p}.max`,
        low: min,
        high: max,
        value: current,
      })
    );
  const margin = c.number(raw, "margin", `${p}.margin`, positive);
  const response = readResponse(raw["response"], `${p}.response`, c);
  return response === null ? null : { label, min, max, current, margin, response };
}

/**
 * Validates `raw` (a parsed JSON value, or the JSON text itself). Unknown
 * extra fields are ignored (forward compatibility).
 */
export function validateBudgetModel(raw: unknown): BudgetValidationResult {
  const opened = openModelInput(raw);
  if (!opened.ok) return opened;
  const { input, r: c, name, currency } = opened;
  const budget = c.number(input, "budget", "budget", positive);
  const spendAll = c.flag(input, "spendAll", "spendAll", false);
  const channels: Channel[] = [];
  const rawChannels = c.array(input, "channels", "channels", 1, MAX_CHANNELS);
  (rawChannels ?? []).forEach((rc, i) => {
    const channel = readChannel(rc, i, budget, c);
    if (channel) channels.push(channel);
  });
  if (rawChannels !== null && channels.length === rawChannels.length)
    checkLabelsUnique(
      channels.map((ch) => ch.label),
      "channels",
      c
    );
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  const model: BudgetModelInput = { name, currency, budget, spendAll, channels };
  // Every field can be valid and the profit still overflow (margin 1e300 × response 1e10).
  for (const [i, ch] of channels.entries()) {
    const curve = channelCurve(ch);
    if (![ch.min, ch.max].every((x) => Number.isFinite(curve.profit(x))))
      return {
        ok: false,
        errors: [
          {
            path: `channels[${i}]`,
            problem: msg("budget.overflow", { path: `channels[${i}]` }),
          },
        ],
      };
  }
  return { ok: true, model };
}
