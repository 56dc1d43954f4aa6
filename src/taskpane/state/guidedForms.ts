/**
 * The pane's forms for the guided model sheets, as data: each kind's single
 * fields and, where it has one, its list of rows (campaigns, POSM options,
 * survey effects). Labels are message keys, read at render time so the form
 * follows the pane's language. A form holds what the user typed, as text;
 * guidedFormToRaw turns it into the JSON object the core validator reads
 * (numbers as numbers, a blank left out so the validator can say it is
 * missing or apply its default), so the pane, the CLI and the tests check an
 * input by the same rules.
 */
import type { GuidedKind } from "../../core/guided/guidedSheet";
import { activeLocale, t, type Locale, type PlainMessageKey } from "../../core/i18n";
import campaignsExample from "../../../examples/campaigns.json";
import promoExample from "../../../examples/promo.json";
import posmExample from "../../../examples/posm.json";
import surveyExample from "../../../examples/survey.json";
import { shareHint } from "./fieldHints";
import { relocaliseText } from "./modelForm";
import { formatNumber, parseNumber } from "./parseNumber";

export interface GuidedField {
  key: string;
  label: PlainMessageKey;
  /** The line under the field, in the pane's language of the moment. */
  hint?: () => string;
  /** Text, not a number (a label, a currency). */
  text?: boolean;
  /** The accepted words (the value the validator reads) and how the pane shows each. */
  choices?: readonly { value: string; label: PlainMessageKey }[];
  /** Long text (a campaign's or a service's name): the whole width of the form, not half. */
  wide?: boolean;
}

export interface GuidedList {
  /** The input's key of the array ("campaigns", "options", "effects"). */
  key: string;
  label: PlainMessageKey;
  /** One row's name ("Campaign"), numbered on its card. */
  item: PlainMessageKey;
  fields: readonly GuidedField[];
}

export interface GuidedFormSpec {
  fields: readonly GuidedField[];
  list?: GuidedList;
  /** examples/<kind>.json: the form's "Load an example" (none for the distribution sheet, whose data is the selection). */
  example?: Record<string, unknown>;
}

export interface GuidedFormState {
  values: Record<string, string>;
  rows: Record<string, string>[];
}

const NAME: GuidedField = { key: "name", label: "pane.guidedForm.name", text: true };
/** Over a selected table, a blank name is the table's sheet's (state/guidedBuild). */
const TABLE_NAME: GuidedField = { ...NAME, hint: () => t("pane.guidedForm.name.tableHint") };
const CURRENCY: GuidedField = {
  key: "currency",
  label: "pane.field.currency",
  text: true,
  hint: () => t("pane.field.currency.hint"),
};
const UNIT_PROFIT: GuidedField = { key: "unitProfit", label: "pane.guidedForm.unitProfit" };
/** "blank: 11": the default the validator applies to a field left blank. */
const defaultHint = (value: number) => () =>
  t("pane.guidedForm.default.hint", { value: formatNumber(value, activeLocale()) });
const permanentOnly = () => t("pane.guidedForm.permanentOnly.hint");

export const GUIDED_FORMS: Readonly<Record<GuidedKind, GuidedFormSpec>> = {
  campaigns: {
    fields: [
      NAME,
      CURRENCY,
      { key: "grossMargin", label: "pane.guidedForm.defaultMargin", hint: () => shareHint(0.3) },
    ],
    list: {
      key: "campaigns",
      label: "pane.guidedForm.campaigns",
      item: "pane.guidedForm.campaign",
      fields: [
        { key: "label", label: "pane.guidedForm.campaign", text: true, wide: true },
        { key: "cost", label: "pane.guidedForm.tmCost" },
        { key: "salesBefore", label: "pane.guidedForm.salesBefore" },
        { key: "salesNow", label: "pane.guidedForm.salesNow" },
        { key: "unitsBefore", label: "pane.guidedForm.unitsBefore" },
        { key: "unitsNow", label: "pane.guidedForm.unitsNow" },
        {
          key: "grossMargin",
          label: "pane.guidedForm.ownMargin",
          hint: () => t("pane.guidedForm.ownMargin.hint"),
        },
      ],
    },
    example: campaignsExample,
  },
  promo: {
    fields: [
      NAME,
      CURRENCY,
      { key: "baselineDailyUnits", label: "pane.guidedForm.baselineDailyUnits" },
      UNIT_PROFIT,
      { key: "promoDays", label: "pane.guidedForm.promoDays" },
      { key: "promoDailyUnits", label: "pane.guidedForm.promoDailyUnits" },
      { key: "convertedBuyers", label: "pane.guidedForm.convertedBuyers" },
      { key: "monthlyUnitsPerBuyer", label: "pane.guidedForm.monthlyUnitsPerBuyer" },
      { key: "promoCost", label: "pane.guidedForm.promoCost" },
      { key: "monthsAfter", label: "pane.guidedForm.monthsAfter", hint: defaultHint(11) },
      { key: "daysPerMonth", label: "pane.guidedForm.daysPerMonth", hint: defaultHint(30) },
    ],
    example: promoExample,
  },
  posm: {
    fields: [NAME, CURRENCY],
    list: {
      key: "options",
      label: "pane.guidedForm.options",
      item: "pane.guidedForm.option",
      fields: [
        { key: "label", label: "pane.guidedForm.option", text: true, wide: true },
        {
          key: "kind",
          label: "pane.guidedForm.kind",
          text: true,
          choices: [
            { value: "permanent", label: "pane.guidedForm.kind.permanent" },
            { value: "temporary", label: "pane.guidedForm.kind.temporary" },
          ],
        },
        { key: "monthlyUnitUplift", label: "pane.guidedForm.monthlyUnitUplift" },
        UNIT_PROFIT,
        { key: "monthlyPlacementCost", label: "pane.guidedForm.monthlyPlacementCost" },
        { key: "placementMonths", label: "pane.guidedForm.placementMonths" },
        { key: "productionCost", label: "pane.guidedForm.productionCost", hint: permanentOnly },
        {
          key: "serviceLifeMonths",
          label: "pane.guidedForm.serviceLifeMonths",
          hint: permanentOnly,
        },
        {
          key: "monthlyKitCost",
          label: "pane.guidedForm.monthlyKitCost",
          hint: () => t("pane.guidedForm.temporaryOnly.hint"),
        },
      ],
    },
    example: posmExample,
  },
  distribution: { fields: [TABLE_NAME] },
  survey: {
    fields: [TABLE_NAME, { key: "dailyVisitors", label: "pane.guidedForm.dailyVisitors" }],
    list: {
      key: "effects",
      label: "pane.guidedForm.effects",
      item: "pane.guidedForm.effect",
      fields: [
        { key: "service", label: "pane.guidedForm.service", text: true, wide: true },
        { key: "group", label: "pane.guidedForm.group", text: true, wide: true },
        { key: "trafficShare", label: "pane.guidedForm.trafficShare" },
        { key: "additionalTrafficShare", label: "pane.guidedForm.additionalTrafficShare" },
        { key: "frequencyCoef", label: "pane.guidedForm.frequencyCoef" },
        { key: "checksCoef", label: "pane.guidedForm.checksCoef" },
      ],
    },
    example: surveyExample,
  },
};

/** A row of `fields` with nothing typed (a choice starts at its first word). */
export function blankRow(fields: readonly GuidedField[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.key, f.choices?.[0]?.value ?? ""]));
}

export function emptyGuidedForm(kind: GuidedKind): GuidedFormState {
  const spec = GUIDED_FORMS[kind];
  return { values: blankRow(spec.fields), rows: spec.list ? [blankRow(spec.list.fields)] : [] };
}

/** A form filled from an input object (the example), numbers written the way `locale` writes them. */
export function guidedFormFromInput(
  kind: GuidedKind,
  input: Record<string, unknown>,
  locale: Locale = activeLocale()
): GuidedFormState {
  const spec = GUIDED_FORMS[kind];
  const show = (v: unknown): string =>
    v === undefined || v === null
      ? ""
      : typeof v === "number"
        ? formatNumber(v, locale)
        : String(v);
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
function rawValue(field: GuidedField, text: string, locale: Locale): unknown {
  if (field.text) return text.trim() === "" ? undefined : text;
  const parsed = parseNumber(text, locale);
  if (parsed.ok) return parsed.value;
  return parsed.reason === "blank" ? undefined : text;
}

/** The input object the core validator reads, from what was typed in `locale`. */
export function guidedFormToRaw(
  kind: GuidedKind,
  form: GuidedFormState,
  locale: Locale = activeLocale()
): Record<string, unknown> {
  const spec = GUIDED_FORMS[kind];
  const pick = (fields: readonly GuidedField[], values: Record<string, string>) =>
    Object.fromEntries(
      fields
        .map((f) => [f.key, rawValue(f, values[f.key] ?? "", locale)])
        .filter(([, v]) => v !== undefined)
    );
  const raw = pick(spec.fields, form.values);
  if (spec.list) raw[spec.list.key] = form.rows.map((row) => pick(spec.list!.fields, row));
  return raw;
}

/** The form's numbers rewritten from one language's way of writing them to another's (the pane's language switch). */
export function relocaliseGuidedForm(
  kind: GuidedKind,
  form: GuidedFormState,
  from: Locale,
  to: Locale
): GuidedFormState {
  if (from === to) return form;
  const spec = GUIDED_FORMS[kind];
  const move = (fields: readonly GuidedField[], values: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(values).map(([key, text]) => {
        const field = fields.find((f) => f.key === key);
        return [key, field && !field.text ? relocaliseText(text, from, to) : text];
      })
    );
  return {
    values: move(spec.fields, form.values),
    rows: form.rows.map((row) => move(spec.list?.fields ?? [], row)),
  };
}
