/**
 * The input of the distribution sheet (guided sheets §4; formulas.md §2): a
 * store list with each store's category sales, whether it sells the category
 * and, per period, whether our product was present (as MKT.NUMERIC_DIST reads
 * presence: TRUE/FALSE, 1/0, a stock figure; blank = absent). It arrives as
 * JSON (validated here) or as a table (a CSV file, the user's selection:
 * table.ts); both give a DistributionInput.
 */
import {
  Collector,
  MAX_LABEL_LENGTH,
  nonNegative,
  checked,
  describe,
  isRecord,
  type Checked,
} from "../../fieldValidation";
import { openInput } from "../guidedSheet";
import { msg, type Message } from "../../i18n";

export type Presence = boolean | number | null;

export interface Store {
  store: string;
  group: string;
  categorySales: number;
  sellsCategory: boolean;
  presence: Presence[];
}

export interface DistributionInput {
  name: string;
  periods: string[];
  stores: Store[];
}

/** Two years of monthly visits; more periods do not fit a readable table or chart. */
export const MAX_PERIODS = 24;
/** Beyond an audit's size (the sheet is tested at 100,000); Excel's rows end at 1,048,576. */
export const MAX_STORES = 1_000_000;

function readPresence(r: Collector, value: unknown, path: string): Presence {
  if (value === null || value === undefined || typeof value === "boolean") return value ?? null;
  return r.numberValue(value, path, nonNegative);
}

function readStore(r: Collector, s: Record<string, unknown>, p: string, periods: number): Store {
  const presence = Array.isArray(s.presence) ? s.presence : null;
  if (presence === null) r.add(`${p}.presence`, msg("rule.distribution.presenceList"));
  else if (presence.length !== periods)
    r.add(
      `${p}.presence`,
      msg("rule.distribution.presenceCount", { expected: periods, count: presence.length })
    );
  return {
    store: r.text(s, "store", `${p}.store`),
    group: r.text(s, "group", `${p}.group`),
    categorySales: r.number(s, "categorySales", `${p}.categorySales`, nonNegative),
    sellsCategory: r.flag(s, "sellsCategory", `${p}.sellsCategory`, true),
    presence: (presence ?? []).map((v, k) => readPresence(r, v, `${p}.presence[${k}]`)),
  };
}

/** What every source of a store list must satisfy for DN and WD to have a denominator: null, or the rule it breaks. */
export function denominatorProblem(stores: readonly Store[]): Message | null {
  const selling = stores.filter((s) => s.sellsCategory);
  if (stores.length > 0 && selling.length === 0) return msg("rule.distribution.noSellingStore");
  if (selling.length > 0 && selling.every((s) => s.categorySales === 0))
    return msg("rule.distribution.noCategorySales");
  return null;
}

export function validateDistribution(raw: unknown): Checked<DistributionInput> {
  const opened = openInput(raw, false);
  if (!opened.ok) return opened;
  const { input, r, name } = opened;
  const periodList = r.array(input, "periods", "periods", 1, MAX_PERIODS) ?? [];
  const periods = periodList.map((v, k) => r.textValue(v, `periods[${k}]`, MAX_LABEL_LENGTH));
  r.unique(periods, (k) => `periods[${k}]`);
  const list = r.array(input, "stores", "stores", 1, MAX_STORES) ?? [];
  const stores: Store[] = [];
  list.forEach((s, i) => {
    if (isRecord(s)) stores.push(readStore(r, s, `stores[${i}]`, periods.length));
    else r.add(`stores[${i}]`, msg("model.notObject", { got: describe(s) }));
  });
  const denominators = r.errors.length === 0 ? denominatorProblem(stores) : null;
  if (denominators !== null) r.add("stores", denominators);
  return checked(r, { name, periods, stores });
}
