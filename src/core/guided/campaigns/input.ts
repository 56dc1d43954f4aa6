/**
 * The input of the campaigns sheet (guided sheets §1): campaigns compared by
 * the sales increment per money unit and the cost of an extra unit. A
 * campaign's own gross margin overrides the sheet's.
 */
import { nonNegative, positive, checked, type Checked, type Rule } from "../../fieldValidation";
import { msg } from "../../i18n";
import { openInput } from "../guidedSheet";

export interface Campaign {
  label: string;
  salesBefore: number;
  salesNow: number;
  unitsBefore: number;
  unitsNow: number;
  cost: number;
  /** Overrides the sheet's gross margin when given. */
  grossMargin?: number;
}

export interface CampaignsInput {
  name: string;
  currency: string;
  grossMargin: number;
  campaigns: Campaign[];
}

/** More rows than a comparison is read as; the sheet and its chart stay legible. */
export const MAX_CAMPAIGNS = 200;

const margin: Rule = (x) => (x > 0 && x <= 1 ? null : msg("rule.campaigns.margin"));

export function validateCampaigns(raw: unknown): Checked<CampaignsInput> {
  const opened = openInput(raw, true);
  if (!opened.ok) return opened;
  const { input, r, name, currency } = opened;
  const grossMargin = r.number(input, "grossMargin", "grossMargin", margin);
  const list = r.array(input, "campaigns", "campaigns", 1, MAX_CAMPAIGNS);
  const campaigns = r.records(list, "campaigns").map(([c, i]): Campaign => {
    const p = `campaigns[${i}]`;
    const own = r.optionalNumber(c, "grossMargin", `${p}.grossMargin`, margin);
    return {
      label: r.text(c, "label", `${p}.label`),
      salesBefore: r.number(c, "salesBefore", `${p}.salesBefore`, nonNegative),
      salesNow: r.number(c, "salesNow", `${p}.salesNow`, nonNegative),
      unitsBefore: r.number(c, "unitsBefore", `${p}.unitsBefore`, nonNegative),
      unitsNow: r.number(c, "unitsNow", `${p}.unitsNow`, nonNegative),
      // ROMI and lift per cost divide by the cost.
      cost: r.number(c, "cost", `${p}.cost`, positive),
      ...(own === null ? {} : { grossMargin: own }),
    };
  });
  r.unique(
    campaigns.map((c) => c.label),
    (i) => `campaigns[${i}].label`
  );
  return checked(r, { name, currency, grossMargin, campaigns });
}
