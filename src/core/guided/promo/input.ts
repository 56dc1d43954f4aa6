/**
 * The input of the promo sheet (guided sheets §2; formulas.md §5): the
 * article's long-lasting effect of a promotion. Converted buyers are given
 * directly or as trial-buyer groups (then Σ returned), never both.
 */
import { MONTHS_PER_YEAR } from "../../metrics/promo";
import { FieldReader, RULES, checked, inputObject, type Checked } from "../../input/fieldReader";
import { MAX_CURRENCY_LENGTH, MAX_MODEL_NAME_LENGTH } from "../guidedSheet";

export interface TrialGroup {
  day: number;
  trialBuyers: number;
  returned: number;
}

export interface PromoInput {
  name: string;
  currency: string;
  baselineDailyUnits: number;
  unitProfit: number;
  promoDays: number;
  promoDailyUnits: number;
  /** Given directly, or Σ returned of the groups. */
  converted: { buyers: number } | { groups: TrialGroup[] };
  monthlyUnitsPerBuyer: number;
  promoCost: number;
  monthsAfter: number;
  daysPerMonth: number;
}

/** The article's defaults: the 11 months after a one-month promo, 30-day months. */
export const DEFAULT_MONTHS_AFTER = 11;
export const DEFAULT_DAYS_PER_MONTH = 30;
export const MAX_TRIAL_GROUPS = 60;

function readGroups(r: FieldReader, input: Record<string, unknown>): TrialGroup[] {
  const list = r.array(input, "groups", "groups", 1, MAX_TRIAL_GROUPS);
  return r.records(list, "groups").map(([g, i]) => {
    const p = `groups[${i}]`;
    const group = {
      day: r.number(g, "day", `${p}.day`, RULES.wholeAtLeast(1)),
      trialBuyers: r.number(g, "trialBuyers", `${p}.trialBuyers`, RULES.nonNegative),
      returned: r.number(g, "returned", `${p}.returned`, RULES.nonNegative),
    };
    if (group.returned > group.trialBuyers)
      r.add(
        `${p}.returned`,
        `must not exceed trialBuyers (${group.returned} > ${group.trialBuyers})`
      );
    return group;
  });
}

export function validatePromo(raw: unknown): Checked<PromoInput> {
  const parsed = inputObject(raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const r = new FieldReader();
  const name = r.text(input, "name", "name", MAX_MODEL_NAME_LENGTH);
  const currency = r.text(input, "currency", "currency", MAX_CURRENCY_LENGTH);
  const daysPerMonth =
    r.optionalNumber(
      input,
      "daysPerMonth",
      "daysPerMonth",
      RULES.atMost(31, RULES.wholeAtLeast(1)),
      DEFAULT_DAYS_PER_MONTH
    ) ?? DEFAULT_DAYS_PER_MONTH;
  const yearDays = daysPerMonth * MONTHS_PER_YEAR;
  const hasBuyers = input.convertedBuyers !== undefined;
  const hasGroups = input.groups !== undefined;
  if (hasBuyers && hasGroups)
    r.add(
      "groups",
      "and convertedBuyers are both given: give one of them (groups give converted buyers = Σ returned)"
    );
  if (!hasBuyers && !hasGroups)
    r.add("convertedBuyers", "is missing (give convertedBuyers, or the trial-buyer groups)");
  const converted = hasGroups
    ? { groups: readGroups(r, input) }
    : {
        buyers: hasBuyers
          ? r.number(input, "convertedBuyers", "convertedBuyers", RULES.nonNegative)
          : 0,
      };
  const value: PromoInput = {
    name,
    currency,
    // Inc(year) divides the increment: an ordinary year must earn something.
    baselineDailyUnits: r.number(input, "baselineDailyUnits", "baselineDailyUnits", RULES.positive),
    unitProfit: r.number(input, "unitProfit", "unitProfit", RULES.positive),
    promoDays: r.number(
      input,
      "promoDays",
      "promoDays",
      RULES.atMost(yearDays, RULES.wholeAtLeast(1))
    ),
    promoDailyUnits: r.number(input, "promoDailyUnits", "promoDailyUnits", RULES.nonNegative),
    converted,
    monthlyUnitsPerBuyer: r.number(
      input,
      "monthlyUnitsPerBuyer",
      "monthlyUnitsPerBuyer",
      RULES.nonNegative
    ),
    promoCost: r.number(input, "promoCost", "promoCost", RULES.nonNegative),
    monthsAfter:
      r.optionalNumber(
        input,
        "monthsAfter",
        "monthsAfter",
        RULES.atMost(MONTHS_PER_YEAR, RULES.wholeAtLeast(0)),
        DEFAULT_MONTHS_AFTER
      ) ?? DEFAULT_MONTHS_AFTER,
    daysPerMonth,
  };
  return checked(r, value);
}
