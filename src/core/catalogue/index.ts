/**
 * The MKT function catalogue: every custom function with its Excel name,
 * arguments, help text, example, interpretation bands, native twin and the
 * core function it binds to. The Excel wrappers, the `mkt` command line, the
 * generated help (docs/functions.md, help/functions.html) and the task pane's
 * function gallery all read this list.
 */
import { CAMPAIGN_ENTRIES } from "./campaign";
import { DISTRIBUTION_ENTRIES } from "./distribution";
import { CUSTOMER_RESPONSE_ENTRIES } from "./customerResponse";
import { POSM_ENTRIES } from "./posm";
import { PROMO_ENTRIES } from "./promo";
import { STRATEGY_ENTRIES } from "./strategy";
import { LOYALTY_ENTRIES } from "./loyalty";
import { CLIENT_ORIENTATION_ENTRIES } from "./clientOrientation";
import { RESPONSE_MODEL_ENTRIES } from "./responseModels";
import { CatalogueEntry } from "./entry";

export type {
  Band,
  CatalogueEntry,
  Example,
  ExampleArg,
  MetricResult,
  Outcome,
  ResultRow,
  Twin,
} from "./entry";
export { evaluate, finiteOrError, isResultRow, signature } from "./entry";
export { renderTwin, firstRowOf, fillTemplate, templateWithNames } from "./twin";
export { MESSAGES } from "../messages";

/** Every function, in the order of the source article's sections. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...CAMPAIGN_ENTRIES,
  ...DISTRIBUTION_ENTRIES,
  ...CUSTOMER_RESPONSE_ENTRIES,
  ...POSM_ENTRIES,
  ...PROMO_ENTRIES,
  ...STRATEGY_ENTRIES,
  ...LOYALTY_ENTRIES,
  ...CLIENT_ORIENTATION_ENTRIES,
  ...RESPONSE_MODEL_ENTRIES,
];

const BY_NAME = new Map(CATALOGUE.map((entry) => [entry.name, entry]));

/** Looks a function up by its Excel name, case-insensitively, with or without the "MKT." prefix. */
export function findEntry(name: string): CatalogueEntry | undefined {
  const upper = name.trim().toUpperCase();
  return BY_NAME.get(upper.startsWith("MKT.") ? upper.slice(4) : upper);
}

/** Categories in catalogue order. */
export function categories(): string[] {
  return [...new Set(CATALOGUE.map((entry) => entry.category))];
}
