/**
 * The input of the promo sheet (guided sheets §2; formulas.md §5): the
 * article's long-lasting effect of a promotion. Converted buyers are given
 * directly or as trial-buyer groups (then Σ returned), never both.
 */
import { MONTHS_PER_YEAR } from "../../metrics/promo";
import {
  Collector,
  atMost,
  nonNegative,
  positive,
  wholeAtLeast,
  checked,
  type Checked,
} from "../../fieldValidation";
import { openInput } from "../guidedSheet";
import { msg } from "../../i18n";

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

function readGroups(r: Collector, input: Record<string, unknown>): TrialGroup[] {
  const list = r.array(input, "groups", "groups", 1, MAX_TRIAL_GROUPS);
  return r.records(list, "groups").map(([g, i]) => {
    const p = `groups[${i}]`;
    const group = {
      day: r.number(g, "day", `${p}.day`, wholeAtLeast(1)),
      trialBuyers: r.number(g, "trialBuyers", `${p}.trialBuyers`, nonNegative),
      returned: r.number(g, "returned", `${p}.returned`, nonNegative),
    };
    if (group.returned > group.trialBuyers)
      r.add(
        `${p}.returned`,
        msg("rule.promo.returnedAboveTrial", {
          returned: group.returned,
          trialBuyers: group.trialBuyers,
        })
      );
    return group;
  });
}

export function validatePromo(raw: unknown): Checked<PromoInput> {
  const opened = openInput(raw, true);
  if (!opened.ok) return opened;
  const { input, r, name, currency } = opened;
  const daysPerMonth =
    r.optionalNumber(input, "daysPerMonth", "daysPerMonth", atMost(31, wholeAtLeast(1))) ??
    DEFAULT_DAYS_PER_MONTH;
  const yearDays = daysPerMonth * MONTHS_PER_YEAR;
  const hasBuyers = input.convertedBuyers !== undefined;
  const hasGroups = input.groups !== undefined;
  if (hasBuyers && hasGroups) r.add("groups", msg("rule.promo.bothGiven"));
  if (!hasBuyers && !hasGroups) r.add("convertedBuyers", msg("rule.promo.convertedMissing"));
  const converted = hasGroups
    ? { groups: readGroups(r, input) }
    : {
        buyers: hasBuyers ? r.number(input, "convertedBuyers", "convertedBuyers", nonNegative) : 0,
      };
  const value: PromoInput = {
    name,
    currency,
    // Inc(year) divides the increment: an ordinary year must earn something.
    baselineDailyUnits: r.number(input, "baselineDailyUnits", "baselineDailyUnits", positive),
    unitProfit: r.number(input, "unitProfit", "unitProfit", positive),
    promoDays: r.number(input, "promoDays", "promoDays", atMost(yearDays, wholeAtLeast(1))),
    promoDailyUnits: r.number(input, "promoDailyUnits", "promoDailyUnits", nonNegative),
    converted,
    monthlyUnitsPerBuyer: r.number(
      input,
      "monthlyUnitsPerBuyer",
      "monthlyUnitsPerBuyer",
      nonNegative
    ),
    promoCost: r.number(input, "promoCost", "promoCost", nonNegative),
    monthsAfter:
      r.optionalNumber(
        input,
        "monthsAfter",
        "monthsAfter",
        atMost(MONTHS_PER_YEAR, wholeAtLeast(0))
      ) ?? DEFAULT_MONTHS_AFTER,
    daysPerMonth,
  };
  return checked(r, value);
}
