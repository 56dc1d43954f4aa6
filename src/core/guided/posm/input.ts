/**
 * The input of the POSM sheet (guided sheets §3; formulas.md §4.2, 4.3):
 * options side by side, each permanent (pays back within its service life)
 * or temporary (must pay within the month).
 */
import {
  Collector,
  nonNegative,
  positive,
  wholeAtLeast,
  checked,
  type Checked,
} from "../../fieldValidation";
import { openInput } from "../guidedSheet";
import { msg } from "../../i18n";

interface OptionBase {
  label: string;
  monthlyUnitUplift: number;
  unitProfit: number;
  monthlyPlacementCost: number;
  placementMonths: number;
}
export interface PermanentPosm extends OptionBase {
  kind: "permanent";
  productionCost: number;
  serviceLifeMonths: number;
}
export interface TemporaryPosm extends OptionBase {
  kind: "temporary";
  monthlyKitCost: number;
}
export type PosmOption = PermanentPosm | TemporaryPosm;

export interface PosmInput {
  name: string;
  currency: string;
  options: PosmOption[];
}

export const MAX_POSM_OPTIONS = 50;
const PERMANENT_ONLY = ["productionCost", "serviceLifeMonths"];
const TEMPORARY_ONLY = ["monthlyKitCost"];

function readOption(r: Collector, o: Record<string, unknown>, p: string): PosmOption | null {
  const base: OptionBase = {
    label: r.text(o, "label", `${p}.label`),
    monthlyUnitUplift: r.number(o, "monthlyUnitUplift", `${p}.monthlyUnitUplift`, nonNegative),
    unitProfit: r.number(o, "unitProfit", `${p}.unitProfit`, nonNegative),
    monthlyPlacementCost: r.number(
      o,
      "monthlyPlacementCost",
      `${p}.monthlyPlacementCost`,
      nonNegative
    ),
    placementMonths: r.number(o, "placementMonths", `${p}.placementMonths`, wholeAtLeast(1)),
  };
  const misplaced = (keys: string[], kind: "permanent" | "temporary") =>
    keys
      .filter((k) => o[k] !== undefined)
      .forEach((k) =>
        r.add(
          `${p}.${k}`,
          kind === "permanent" ? msg("rule.posm.permanentOnly") : msg("rule.posm.temporaryOnly")
        )
      );
  if (o.kind === "permanent") {
    misplaced(TEMPORARY_ONLY, "temporary");
    const option: PermanentPosm = {
      ...base,
      kind: "permanent",
      productionCost: r.number(o, "productionCost", `${p}.productionCost`, nonNegative),
      serviceLifeMonths: r.number(o, "serviceLifeMonths", `${p}.serviceLifeMonths`, positive),
    };
    if (option.monthlyPlacementCost * option.placementMonths + option.productionCost === 0)
      r.add(p, msg("rule.posm.noPermanentCost"));
    return option;
  }
  if (o.kind === "temporary") {
    misplaced(PERMANENT_ONLY, "permanent");
    const option: TemporaryPosm = {
      ...base,
      kind: "temporary",
      monthlyKitCost: r.number(o, "monthlyKitCost", `${p}.monthlyKitCost`, nonNegative),
    };
    if (option.monthlyKitCost + option.monthlyPlacementCost === 0)
      r.add(p, msg("rule.posm.noTemporaryCost"));
    return option;
  }
  r.add(`${p}.kind`, msg("rule.posm.kind", { got: JSON.stringify(o.kind ?? null) }));
  return null;
}

export function validatePosm(raw: unknown): Checked<PosmInput> {
  const opened = openInput(raw, true);
  if (!opened.ok) return opened;
  const { input, r, name, currency } = opened;
  const list = r.array(input, "options", "options", 1, MAX_POSM_OPTIONS);
  const options = r
    .records(list, "options")
    .map(([o, i]) => readOption(r, o, `options[${i}]`))
    .filter((o): o is PosmOption => o !== null);
  r.unique(
    options.map((o) => o.label),
    (i) => `options[${i}].label`
  );
  return checked(r, { name, currency, options });
}
