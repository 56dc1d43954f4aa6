/**
 * Catalogue entries for the advertising response models (methods.md §10).
 *
 * The declarations Excel's calls need (arguments, the core function); the
 * help texts are in help/responseModels.ts, joined to these in the catalogue (index.ts).
 */
import { adbudg, vidaleWolfe } from "../metrics/responseModels";
import { adbudgCalibrate, adbudgFit } from "../metrics/adbudgCalibration";
import { defineEntry } from "./entry";

export const ADBUDG_ENTRY = defineEntry({
  name: "ADBUDG",
  args: [
    {
      name: "spend",
      kind: "money",
      blank: "zero",
    },
    {
      name: "min_response",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "max_response",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "shape",
      kind: "number",
      bounds: { min: 0, minExclusive: true },
      blank: "zero",
    },
    {
      name: "half_saturation_spend",
      kind: "money",
      bounds: { min: 0, minExclusive: true },
      blank: "zero",
    },
  ] as const,
  compute: adbudg,
});

export const VIDALE_WOLFE_ENTRY = defineEntry({
  name: "VIDALE_WOLFE",
  args: [
    {
      name: "spend",
      kind: "money",
      blank: "zero",
    },
    {
      name: "response_rate",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "saturation_sales",
      kind: "number",
      bounds: { min: 0, minExclusive: true },
      blank: "zero",
    },
    {
      name: "decay_rate",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
  ] as const,
  compute: vidaleWolfe,
});

export const ADBUDG_CALIBRATE_ENTRY = defineEntry({
  name: "ADBUDG_CALIBRATE",
  args: [
    {
      name: "min_response",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "max_response",
      kind: "number",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "spend_1",
      kind: "money",
      bounds: { min: 0, minExclusive: true },
      blank: "zero",
    },
    {
      name: "response_1",
      kind: "number",
      blank: "zero",
    },
    {
      name: "spend_2",
      kind: "money",
      bounds: { min: 0, minExclusive: true },
      blank: "zero",
    },
    {
      name: "response_2",
      kind: "number",
      blank: "zero",
    },
  ] as const,
  resultColumns: 2,
  compute: adbudgCalibrate,
});

export const ADBUDG_FIT_ENTRY = defineEntry({
  name: "ADBUDG_FIT",
  args: [
    {
      name: "spend",
      kind: "range",
      cells: "number",
      blank: "skip",
    },
    {
      name: "response",
      kind: "range",
      cells: "number",
      blank: "skip",
    },
  ] as const,
  resultColumns: 4,
  compute: adbudgFit,
});

export const RESPONSE_MODEL_ENTRIES = [
  ADBUDG_ENTRY,
  VIDALE_WOLFE_ENTRY,
  ADBUDG_CALIBRATE_ENTRY,
  ADBUDG_FIT_ENTRY,
] as const;
