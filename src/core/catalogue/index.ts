/**
 * The MKT function catalogue: every custom function with its Excel name,
 * arguments, help text, example, interpretation bands, native twin and the
 * core function it binds to. The `mkt` command line, the generated help
 * (docs/functions.md, help/functions.html), the task pane's function gallery
 * and Make shareable read this list. Each entry is joined here from its two
 * halves: the declarations (./campaign.ts, ...: what the Excel wrappers import,
 * so the page's first scripts carry no help text) and the help (./help/*.ts).
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
import { CAMPAIGN_HELP } from "./help/campaign";
import { DISTRIBUTION_HELP } from "./help/distribution";
import { CUSTOMER_RESPONSE_HELP } from "./help/customerResponse";
import { POSM_HELP } from "./help/posm";
import { PROMO_HELP } from "./help/promo";
import { STRATEGY_HELP } from "./help/strategy";
import { LOYALTY_HELP } from "./help/loyalty";
import { CLIENT_ORIENTATION_HELP } from "./help/clientOrientation";
import { RESPONSE_MODEL_HELP } from "./help/responseModels";
import { CatalogueEntry, withHelp } from "./entry";

export type {
  ArgText,
  Band,
  CatalogueEntry,
  DescribedArg,
  Example,
  ExampleArg,
  FunctionEntry,
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
  ...withHelp(CAMPAIGN_ENTRIES, CAMPAIGN_HELP),
  ...withHelp(DISTRIBUTION_ENTRIES, DISTRIBUTION_HELP),
  ...withHelp(CUSTOMER_RESPONSE_ENTRIES, CUSTOMER_RESPONSE_HELP),
  ...withHelp(POSM_ENTRIES, POSM_HELP),
  ...withHelp(PROMO_ENTRIES, PROMO_HELP),
  ...withHelp(STRATEGY_ENTRIES, STRATEGY_HELP),
  ...withHelp(LOYALTY_ENTRIES, LOYALTY_HELP),
  ...withHelp(CLIENT_ORIENTATION_ENTRIES, CLIENT_ORIENTATION_HELP),
  ...withHelp(RESPONSE_MODEL_ENTRIES, RESPONSE_MODEL_HELP),
];

const BY_NAME = new Map(CATALOGUE.map((entry) => [entry.name, entry]));

/** Looks a function up by its Excel name, case-insensitively, with or without the "MKT." prefix. */
export function findEntry(name: string): CatalogueEntry | undefined {
  const upper = name.trim().toUpperCase();
  return BY_NAME.get(upper.startsWith("MKT.") ? upper.slice(4) : upper);
}

/** The entry of a function the code names itself (a programmer error when there is none). */
export function entryNamed(name: string): CatalogueEntry {
  const entry = BY_NAME.get(name);
  if (!entry) throw new Error(`no catalogue entry ${name}`);
  return entry;
}

/** Categories in catalogue order. */
export function categories(): string[] {
  return [...new Set(CATALOGUE.map((entry) => entry.category))];
}
