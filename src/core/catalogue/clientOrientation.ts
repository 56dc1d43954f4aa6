/**
 * Catalogue entries for the client-orientation model (methods.md §9).
 *
 * The declarations Excel's calls need (arguments, the core function); the
 * help texts are in help/clientOrientation.ts, joined to these in the catalogue (index.ts).
 */
import {
  hypothesisConfirmed,
  influenceCoefficient,
  serviceEffect,
} from "../metrics/clientOrientation";
import { defineEntry } from "./entry";
import { ArgDecl } from "../args";

const SCORES = {
  name: "scores",
  kind: "range",
  cells: "number",
  blank: "skip",
} as const satisfies ArgDecl;

export const SERVICE_EFFECT_ENTRY = defineEntry({
  name: "SERVICE_EFFECT",
  args: [
    {
      name: "daily_visitors",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "traffic_share",
      kind: "share",
      blank: "zero",
    },
    {
      name: "influence_coef",
      kind: "number",
      bounds: { min: 0, max: 5 },
      blank: "zero",
    },
  ] as const,
  compute: serviceEffect,
});

export const INFLUENCE_COEF_ENTRY = defineEntry({
  name: "INFLUENCE_COEF",
  args: [SCORES] as const,
  compute: influenceCoefficient,
});

export const HYPOTHESIS_CONFIRMED_ENTRY = defineEntry({
  name: "HYPOTHESIS_CONFIRMED",
  args: [
    SCORES,
    {
      name: "threshold",
      kind: "share",
      optional: true,
      default: 0.5,
      // 0 would confirm the hypothesis on a single 4-5 answer; refusing it turns a desktop blank (0) into a clear #NUM!.
      bounds: { min: 0, minExclusive: true },
      blank: "default",
    },
  ] as const,
  compute: hypothesisConfirmed,
});

export const CLIENT_ORIENTATION_ENTRIES = [
  SERVICE_EFFECT_ENTRY,
  INFLUENCE_COEF_ENTRY,
  HYPOTHESIS_CONFIRMED_ENTRY,
] as const;
