/**
 * The pane's forms for the guided model sheets, as data: each kind's single
 * fields and, where it has one, its list of rows (campaigns, POSM options,
 * survey effects). A form holds what the user typed, as text; toRaw turns it
 * into the JSON object the core validator reads (numbers as numbers, a blank
 * left out so the validator can say it is missing or apply its default), so
 * the pane, the CLI and the tests check an input by the same rules.
 */
import type { GuidedKind } from "../../core/guided/guidedSheet";
import campaignsExample from "../../../examples/campaigns.json";
import promoExample from "../../../examples/promo.json";
import posmExample from "../../../examples/posm.json";
import surveyExample from "../../../examples/survey.json";
import { formatNumber, parseNumber } from "./parseNumber";

export interface GuidedField {
  key: string;
  label: string;
  hint?: string;
  /** Text, not a number (a label, a currency). */
  text?: boolean;
  /** The accepted words, shown as a choice. */
  choices?: readonly string[];
}

export interface GuidedFormSpec {
  fields: readonly GuidedField[];
  list?: { key: string; label: string; item: string; fields: readonly GuidedField[] };
  /** examples/<kind>.json: the form's "Load an example" (none for the distribution sheet, whose data is the selection). */
  example?: Record<string, unknown>;
}

export interface GuidedFormState {
  values: Record<string, string>;
  rows: Record<string, string>[];
}

const NAME: GuidedField = { key: "name", label: "Name", text: true };
const CURRENCY: GuidedField = { key: "currency", label: "Currency", text: true, hint: "e.g. KZT" };

export const GUIDED_FORMS: Readonly<Record<GuidedKind, GuidedFormSpec>> = {
  campaigns: {
    fields: [
      NAME,
      CURRENCY,
      { key: "grossMargin", label: "Default gross margin", hint: "0.3 or 30%" },
    ],
    list: {
      key: "campaigns",
      label: "Campaigns",
      item: "Campaign",
      fields: [
        { key: "label", label: "Campaign", text: true },
        { key: "salesBefore", label: "Sales before" },
        { key: "salesNow", label: "Sales now" },
        { key: "unitsBefore", label: "Units before" },
        { key: "unitsNow", label: "Units now" },
        { key: "cost", label: "TM cost" },
        { key: "grossMargin", label: "Own margin", hint: "blank: default" },
      ],
    },
    example: campaignsExample,
  },
  promo: {
    fields: [
      NAME,
      CURRENCY,
      { key: "baselineDailyUnits", label: "Ordinary daily sales" },
      { key: "unitProfit", label: "Profit per unit" },
      { key: "promoDays", label: "Promo days" },
      { key: "promoDailyUnits", label: "Daily sales in the promo" },
      { key: "convertedBuyers", label: "Converted buyers" },
      { key: "monthlyUnitsPerBuyer", label: "Monthly purchases per buyer" },
      { key: "promoCost", label: "Promo cost" },
      { key: "monthsAfter", label: "Months after", hint: "default 11" },
      { key: "daysPerMonth", label: "Days per month", hint: "default 30" },
    ],
    example: promoExample,
  },
  posm: {
    fields: [NAME, CURRENCY],
    list: {
      key: "options",
      label: "Options",
      item: "Option",
      fields: [
        { key: "label", label: "Option", text: true },
        { key: "kind", label: "Kind", text: true, choices: ["permanent", "temporary"] },
        { key: "monthlyUnitUplift", label: "Monthly unit uplift" },
        { key: "unitProfit", label: "Profit per unit" },
        { key: "monthlyPlacementCost", label: "Monthly placement cost" },
        { key: "placementMonths", label: "Placement months" },
        { key: "productionCost", label: "Production cost", hint: "permanent" },
        { key: "serviceLifeMonths", label: "Service life, months", hint: "permanent" },
        { key: "monthlyKitCost", label: "Monthly kit cost", hint: "temporary" },
      ],
    },
    example: posmExample,
  },
  distribution: { fields: [NAME] },
  survey: {
    fields: [NAME, { key: "dailyVisitors", label: "Daily visitors" }],
    list: {
      key: "effects",
      label: "Effects (experts' coefficients)",
      item: "Effect",
      fields: [
        { key: "service", label: "Service", text: true },
        { key: "group", label: "Group", text: true },
        { key: "trafficShare", label: "Traffic share" },
        { key: "additionalTrafficShare", label: "Additional share" },
        { key: "frequencyCoef", label: "q_f (visits)" },
        { key: "checksCoef", label: "q_ch (checks)" },
      ],
    },
    example: surveyExample,
  },
};

export function emptyGuidedForm(kind: GuidedKind): GuidedFormState {
  const spec = GUIDED_FORMS[kind];
  const blank = (fields: readonly GuidedField[]) =>
    Object.fromEntries(fields.map((f) => [f.key, f.choices?.[0] ?? ""]));
  return { values: blank(spec.fields), rows: spec.list ? [blank(spec.list.fields)] : [] };
}

const show = (v: unknown): string =>
  v === undefined || v === null ? "" : typeof v === "number" ? formatNumber(v) : String(v);

/** A form filled from an input object (the example). */
export function guidedFormFromInput(
  kind: GuidedKind,
  input: Record<string, unknown>
): GuidedFormState {
  const spec = GUIDED_FORMS[kind];
  const pick = (fields: readonly GuidedField[], o: Record<string, unknown>) =>
    Object.fromEntries(fields.map((f) => [f.key, show(o[f.key])]));
  const list = spec.list
    ? ((input[spec.list.key] as Record<string, unknown>[] | undefined) ?? [])
    : [];
  return {
    values: pick(spec.fields, input),
    rows: spec.list ? list.map((o) => pick(spec.list!.fields, o)) : [],
  };
}

/** What a typed cell becomes: a number when it reads as one, the text otherwise (so the validator names it), nothing when blank. */
function rawValue(field: GuidedField, text: string): unknown {
  if (field.text) return text.trim() === "" ? undefined : text;
  const parsed = parseNumber(text);
  if (parsed.ok) return parsed.value;
  return parsed.reason === "blank" ? undefined : text;
}

export function guidedFormToRaw(kind: GuidedKind, form: GuidedFormState): Record<string, unknown> {
  const spec = GUIDED_FORMS[kind];
  const pick = (fields: readonly GuidedField[], values: Record<string, string>) =>
    Object.fromEntries(
      fields
        .map((f) => [f.key, rawValue(f, values[f.key] ?? "")])
        .filter(([, v]) => v !== undefined)
    );
  const raw = pick(spec.fields, form.values);
  if (spec.list) raw[spec.list.key] = form.rows.map((row) => pick(spec.list!.fields, row));
  return raw;
}
