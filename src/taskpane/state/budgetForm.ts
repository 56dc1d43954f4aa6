/**
 * The budget form as plain data and a reducer: the budget, whether it must all
 * be spent, and one row per channel with its bounds, today's spend, margin and
 * response curve (ADBUDG or Vidale-Wolfe). Every number is kept as the text
 * the user typed, in the pane's language; `budgetFormToRaw` turns the form
 * into the JSON input of core/budget (a blank optional field left out, so the
 * engine applies its default), and `validateBudgetForm` routes the engine's
 * own messages to the fields. Pure, so the form is tested in Node.
 */
import {
  MAX_CHANNELS,
  validateBudgetModel,
  type BudgetModelInput,
  type Channel,
} from "../../core/budget";
import { activeLocale, t, type Locale } from "../../core/i18n";
import h1TradeBudget from "../../../examples/h1-trade-budget.json";
import { routeValidation, type FormValidation } from "./formValidation";
import { numberMessage, type FieldProblem } from "./modelForm";
import { formatGroupedNumber, parseNumber } from "./parseNumber";
import { replaceAt } from "./replaceAt";
import { rowName } from "./rowName";

export type CurveModel = "adbudg" | "vidale-wolfe";
export { MAX_CHANNELS };
export const ADBUDG_FIELDS = [
  "minResponse",
  "maxResponse",
  "shape",
  "halfSaturationSpend",
] as const;
export const VIDALE_WOLFE_FIELDS = ["responseRate", "saturationSales", "decayRate"] as const;
export type AdbudgField = (typeof ADBUDG_FIELDS)[number];
export type CurveField = AdbudgField | (typeof VIDALE_WOLFE_FIELDS)[number];
export type ChannelNumberField = "min" | "max" | "current" | "margin";

export interface ChannelRow {
  /** Stable key for React lists and focus, never shown. */
  id: number;
  label: string;
  model: CurveModel;
  numbers: Record<ChannelNumberField, string>;
  /** Both curves' parameters are kept, so switching the curve back loses nothing typed. */
  curve: Record<CurveField, string>;
}

export type BudgetScalar = "name" | "currency" | "budget";

export interface BudgetFormState {
  name: string;
  currency: string;
  budget: string;
  spendAll: boolean;
  channels: ChannelRow[];
  nextId: number;
}

export type BudgetFormAction =
  | { type: "setField"; field: BudgetScalar; value: string }
  | { type: "setSpendAll"; value: boolean }
  | { type: "setLabel"; index: number; value: string }
  | { type: "setModel"; index: number; model: CurveModel }
  | { type: "setNumber"; index: number; field: ChannelNumberField; value: string }
  | { type: "setCurve"; index: number; field: CurveField; value: string }
  /** Fill a curve: parameters computed by ADBUDG_CALIBRATE or ADBUDG_FIT, written as the locale types them. */
  | { type: "fillCurve"; index: number; values: Partial<Record<AdbudgField, number>> }
  | { type: "addChannel" }
  | { type: "removeChannel"; index: number }
  | { type: "loadModel"; model: BudgetModelInput }
  /** The pane's language changed: every number typed so far is rewritten in the new one. */
  | { type: "relocalise"; from: Locale; to: Locale };

/**
 * The reference's example (H1 trade budget: retail chains on an S-curve,
 * traditional trade on Vidale-Wolfe). examples/h1-trade-budget.json is its one
 * source: the docs' and the CLI's sample, the tests' fixture and this form's
 * "Load an example" read that file. Validated once here, so a broken example
 * fails loudly instead of filling the form with it.
 */
export const BUDGET_EXAMPLE: BudgetModelInput = (() => {
  const checked = validateBudgetModel(h1TradeBudget);
  if (!checked.ok) throw new Error("examples/h1-trade-budget.json is not a valid budget model");
  return checked.model;
})();

const blankCurve = (): Record<CurveField, string> => ({
  minResponse: "",
  maxResponse: "",
  shape: "",
  halfSaturationSpend: "",
  responseRate: "",
  saturationSales: "",
  decayRate: "",
});

function blankChannel(id: number): ChannelRow {
  return {
    id,
    label: "",
    model: "adbudg",
    numbers: { min: "0", max: "", current: "", margin: "" },
    curve: blankCurve(),
  };
}

export function emptyBudgetForm(): BudgetFormState {
  return {
    name: "",
    currency: "",
    budget: "",
    spendAll: false,
    channels: [blankChannel(1)],
    nextId: 2,
  };
}

function channelRow(c: Channel, id: number, locale: Locale): ChannelRow {
  const show = (v: number | null) => (v === null ? "" : formatGroupedNumber(v, locale));
  const curve = blankCurve();
  for (const [field, value] of Object.entries(c.response))
    if (field !== "model") curve[field as CurveField] = show(value as number);
  return {
    id,
    label: c.label,
    model: c.response.model,
    numbers: {
      min: show(c.min),
      max: show(c.max),
      current: show(c.current),
      margin: show(c.margin),
    },
    curve,
  };
}

export function budgetFormFromModel(
  model: BudgetModelInput,
  locale: Locale = activeLocale()
): BudgetFormState {
  return {
    name: model.name,
    currency: model.currency,
    budget: formatGroupedNumber(model.budget, locale),
    spendAll: model.spendAll,
    channels: model.channels.map((c, i) => channelRow(c, i + 1, locale)),
    nextId: model.channels.length + 1,
  };
}

function updateChannel(
  state: BudgetFormState,
  index: number,
  change: (row: ChannelRow) => ChannelRow
): BudgetFormState {
  return { ...state, channels: replaceAt(state.channels, index, change) };
}

export function budgetFormReducer(
  state: BudgetFormState,
  action: BudgetFormAction
): BudgetFormState {
  switch (action.type) {
    case "setField":
      return { ...state, [action.field]: action.value };
    case "setSpendAll":
      return { ...state, spendAll: action.value };
    case "setLabel":
      return updateChannel(state, action.index, (c) => ({ ...c, label: action.value }));
    case "setModel":
      return updateChannel(state, action.index, (c) => ({ ...c, model: action.model }));
    case "setNumber":
      return updateChannel(state, action.index, (c) => ({
        ...c,
        numbers: { ...c.numbers, [action.field]: action.value },
      }));
    case "setCurve":
      return updateChannel(state, action.index, (c) => ({
        ...c,
        curve: { ...c.curve, [action.field]: action.value },
      }));
    case "fillCurve": {
      const locale = activeLocale();
      return updateChannel(state, action.index, (c) => {
        const curve = { ...c.curve };
        for (const [field, value] of Object.entries(action.values))
          curve[field as AdbudgField] = formatGroupedNumber(value, locale);
        return { ...c, model: "adbudg", curve };
      });
    }
    case "addChannel":
      if (state.channels.length >= MAX_CHANNELS) return state;
      return {
        ...state,
        channels: [...state.channels, blankChannel(state.nextId)],
        nextId: state.nextId + 1,
      };
    case "removeChannel":
      if (state.channels.length <= 1) return state;
      return { ...state, channels: state.channels.filter((_, i) => i !== action.index) };
    case "loadModel":
      return budgetFormFromModel(action.model);
    case "relocalise":
      return relocaliseBudget(state, action.from, action.to);
  }
}

function relocaliseBudget(state: BudgetFormState, from: Locale, to: Locale): BudgetFormState {
  if (from === to) return state;
  // A number typed in one language, rewritten in the other; anything else stays as typed.
  const n = (text: string) => {
    const parsed = parseNumber(text, from);
    return parsed.ok ? formatGroupedNumber(parsed.value, to) : text;
  };
  const all = <K extends string>(record: Record<K, string>) =>
    Object.fromEntries(Object.entries<string>(record).map(([k, v]) => [k, n(v)])) as Record<
      K,
      string
    >;
  return {
    ...state,
    budget: n(state.budget),
    channels: state.channels.map((c) => ({ ...c, numbers: all(c.numbers), curve: all(c.curve) })),
  };
}

/** Keys of the form's inputs: the engine's JSON paths with dots ("channels.1.response.shape"). */
export const budgetFieldKey = {
  channel: (index: number, field: "label" | ChannelNumberField) => `channels.${index}.${field}`,
  curve: (index: number, field: CurveField) => `channels.${index}.response.${field}`,
};

/** The curve parameters of a channel's model. */
export function curveFields(model: CurveModel): readonly CurveField[] {
  return model === "adbudg" ? ADBUDG_FIELDS : VIDALE_WOLFE_FIELDS;
}

/**
 * The form as the engine's JSON input. Only "is it a number" is checked here;
 * every rule (ranges, floor below ceiling, current spend within the bounds) is
 * validateBudgetModel's, so the pane and `mkt budget` say the same.
 */
export function budgetFormToRaw(
  state: BudgetFormState,
  locale: Locale = activeLocale()
): { ok: true; raw: unknown } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const num = (text: string, field: string, optional: boolean): number | undefined => {
    const parsed = parseNumber(text, locale);
    if (parsed.ok) return parsed.value;
    if (!(optional && parsed.reason === "blank"))
      problems.push({ field, message: numberMessage(parsed.reason, locale) });
    return undefined;
  };
  const channels = state.channels.map((c, i) => {
    const key = (f: "label" | ChannelNumberField) => budgetFieldKey.channel(i, f);
    const response: Record<string, unknown> = { model: c.model };
    for (const f of curveFields(c.model))
      response[f] = num(c.curve[f], budgetFieldKey.curve(i, f), false);
    const numbers: Record<string, unknown> = {};
    for (const f of ["min", "max", "current", "margin"] as const)
      numbers[f] = num(c.numbers[f], key(f), f !== "margin");
    return { label: c.label.trim(), ...numbers, response };
  });
  const raw = {
    name: state.name.trim(),
    currency: state.currency.trim(),
    budget: num(state.budget, "budget", false),
    spendAll: state.spendAll,
    channels,
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, raw };
}

/** What the form shows: messages under fields, the others listed, the model when it is valid. */
export function validateBudgetForm(state: BudgetFormState): FormValidation<BudgetModelInput> {
  const keys = new Set<string>(["name", "currency", "budget"]);
  state.channels.forEach((c, i) => {
    for (const f of ["label", "min", "max", "current", "margin"] as const)
      keys.add(budgetFieldKey.channel(i, f));
    for (const f of curveFields(c.model)) keys.add(budgetFieldKey.curve(i, f));
  });
  return routeValidation(budgetFormToRaw(state), validateBudgetModel, {
    isField: (key) => keys.has(key),
    where: (key) => channelWhere(state, key),
  });
}

/** "Channel 2 (Traditional trade)" for a key inside channel 2; "Channels" for the list. */
export function channelWhere(state: BudgetFormState, key: string): string {
  const [head, index] = key.split(".");
  if (head !== "channels") return "";
  if (index === undefined) return t("pane.budget.channels");
  return channelName(state.channels[Number(index)]?.label ?? "", Number(index));
}

export function channelName(label: string, index: number): string {
  return rowName("budget.channel", label, index);
}
