/**
 * The discount model form as plain data and a reducer: every field is kept as
 * the text the user typed (so "0." or "20%" survive while typing), and only
 * `formToModel` turns the form into the engine's DiscountModelInput. Pure, so
 * the form's behaviour is tested in Node without a browser.
 */
import type { DiscountModelInput } from "../../core/discount/model";
import { MAX_SEGMENTS, MAX_TIERS } from "../../core/discount/validate";
import { activeLocale, t, type Locale } from "../../core/i18n";
import { formatPercentShort } from "../../core/numberFormat";
import { formatNumber as formatNumberIn, parseNumber } from "./parseNumber";
import { replaceAt } from "./replaceAt";
import socketsExample from "../../../examples/sockets.json";

export interface TierRow {
  /** Stable key for React lists and focus, never shown. */
  id: number;
  label: string;
  minQty: string;
  orders: string;
  unitsPerOrder: string;
  minMargin: string;
}

export interface SegmentRow {
  id: number;
  label: string;
  elasticity: string;
  /** One share per tier, same order as `tiers`. */
  shares: string[];
}

export type ScalarField =
  "name" | "currency" | "listPrice" | "unitCost" | "orderCost" | "maxDiscount";
export type TierField = Exclude<keyof TierRow, "id">;

export interface ModelFormState {
  name: string;
  currency: string;
  listPrice: string;
  unitCost: string;
  orderCost: string;
  maxDiscount: string;
  tiers: TierRow[];
  segments: SegmentRow[];
  nextId: number;
}

export { MAX_SEGMENTS, MAX_TIERS };

export type FormAction =
  | { type: "setField"; field: ScalarField; value: string }
  | { type: "setTier"; index: number; field: TierField; value: string }
  | { type: "addTier" }
  | { type: "removeTier"; index: number }
  | { type: "setSegmentLabel"; index: number; value: string }
  | { type: "setSegmentElasticity"; index: number; value: string }
  | { type: "setShare"; segment: number; tier: number; value: string }
  | { type: "addSegment" }
  | { type: "removeSegment"; index: number }
  | { type: "loadModel"; model: DiscountModelInput }
  /** The pane's language changed: every number typed so far is rewritten in the new one ("0.3" -> "0,3"). */
  | { type: "relocalise"; from: Locale; to: Locale }
  | { type: "replaceTiers"; tiers: Omit<TierRow, "id">[] };

/**
 * The article's example (sockets and switches; direct consumers, installers,
 * legal entities). examples/sockets.json is its one source: the CLI's sample,
 * the tests' fixture and this button all read that file.
 */
export const ARTICLE_EXAMPLE: DiscountModelInput = socketsExample;

export function emptyForm(): ModelFormState {
  return {
    name: "",
    currency: "",
    listPrice: "",
    unitCost: "",
    orderCost: "0",
    maxDiscount: "0.3",
    tiers: [{ id: 1, label: "", minQty: "1", orders: "", unitsPerOrder: "", minMargin: "" }],
    segments: [{ id: 2, label: t("pane.segment.default"), elasticity: "", shares: ["1"] }],
    nextId: 3,
  };
}

export function formFromModel(
  model: DiscountModelInput,
  locale: Locale = activeLocale()
): ModelFormState {
  const formatNumber = (value: number) => formatNumberIn(value, locale);
  let id = 1;
  return {
    name: model.name,
    currency: model.currency,
    listPrice: formatNumber(model.listPrice),
    unitCost: formatNumber(model.unitCost),
    orderCost: formatNumber(model.orderCost),
    maxDiscount: formatNumber(model.maxDiscount),
    tiers: model.tiers.map((t) => ({
      id: id++,
      label: t.label,
      minQty: formatNumber(t.minQty),
      orders: formatNumber(t.orders),
      unitsPerOrder: formatNumber(t.unitsPerOrder),
      minMargin: formatNumber(t.minMargin),
    })),
    segments: model.segments.map((s) => ({
      id: id++,
      label: s.label,
      elasticity: formatNumber(s.elasticity),
      shares: model.tiers.map((_, t) =>
        s.shares[t] === undefined ? "" : formatNumber(s.shares[t])
      ),
    })),
    nextId: id,
  };
}

/** A new tier's share: with one segment it can only be 1; otherwise the user must say. */
function newShare(segmentCount: number): string {
  return segmentCount === 1 ? "1" : "";
}

export function formReducer(state: ModelFormState, action: FormAction): ModelFormState {
  switch (action.type) {
    case "setField":
      return { ...state, [action.field]: action.value };
    case "setTier":
      return {
        ...state,
        tiers: replaceAt(state.tiers, action.index, (t) => ({
          ...t,
          [action.field]: action.value,
        })),
      };
    case "addTier":
      return withTierAdded(state);
    case "removeTier":
      return withTierRemoved(state, action.index);
    case "replaceTiers":
      return withTiersReplaced(state, action.tiers);
    case "setSegmentLabel":
      return withSegment(state, action.index, (s) => ({ ...s, label: action.value }));
    case "setSegmentElasticity":
      return withSegment(state, action.index, (s) => ({ ...s, elasticity: action.value }));
    case "setShare":
      return withSegment(state, action.segment, (s) => ({
        ...s,
        shares: replaceAt(s.shares, action.tier, () => action.value),
      }));
    case "addSegment":
      return withSegmentAdded(state);
    case "removeSegment":
      return withSegmentRemoved(state, action.index);
    case "loadModel":
      return formFromModel(action.model);
    case "relocalise":
      return relocalise(state, action.from, action.to);
  }
}

/** One more tier (at most MAX_TIERS), with the last tier's margin floor and a share column in every segment. */
function withTierAdded(state: ModelFormState): ModelFormState {
  if (state.tiers.length >= MAX_TIERS) return state;
  const last = state.tiers[state.tiers.length - 1];
  const tier: TierRow = {
    id: state.nextId,
    label: "",
    minQty: "",
    orders: "",
    unitsPerOrder: "",
    minMargin: last?.minMargin ?? "",
  };
  return {
    ...state,
    tiers: [...state.tiers, tier],
    segments: state.segments.map((s) => ({
      ...s,
      shares: [...s.shares, newShare(state.segments.length)],
    })),
    nextId: state.nextId + 1,
  };
}

/** The tier at `index` and its share column gone; the last tier stays (a model has one at least). */
function withTierRemoved(state: ModelFormState, index: number): ModelFormState {
  if (state.tiers.length <= 1 || index < 0 || index >= state.tiers.length) return state;
  return {
    ...state,
    tiers: state.tiers.filter((_, i) => i !== index),
    segments: state.segments.map((s) => ({
      ...s,
      shares: s.shares.filter((_, i) => i !== index),
    })),
  };
}

/** New tiers (an import), at most MAX_TIERS; the segments stay, their shares resized to the new tiers. */
function withTiersReplaced(
  state: ModelFormState,
  rows: readonly Omit<TierRow, "id">[]
): ModelFormState {
  if (rows.length === 0) return state;
  let id = state.nextId;
  const tiers = rows.slice(0, MAX_TIERS).map((t) => ({ ...t, id: id++ }));
  // A share is kept where its tier still exists.
  return {
    ...state,
    tiers,
    segments: state.segments.map((s) => ({
      ...s,
      shares: tiers.map((_, t) => s.shares[t] ?? newShare(state.segments.length)),
    })),
    nextId: id,
  };
}

/** The segment at `index` changed by `change`, the others as they are. */
function withSegment(
  state: ModelFormState,
  index: number,
  change: (segment: SegmentRow) => SegmentRow
): ModelFormState {
  return { ...state, segments: replaceAt(state.segments, index, change) };
}

/** One more segment (at most MAX_SEGMENTS), its shares still to be typed. */
function withSegmentAdded(state: ModelFormState): ModelFormState {
  if (state.segments.length >= MAX_SEGMENTS) return state;
  return {
    ...state,
    segments: [
      ...state.segments,
      { id: state.nextId, label: "", elasticity: "", shares: state.tiers.map(() => "") },
    ],
    nextId: state.nextId + 1,
  };
}

/** The segment at `index` gone; the last segment stays. */
function withSegmentRemoved(state: ModelFormState, index: number): ModelFormState {
  if (state.segments.length <= 1 || index < 0 || index >= state.segments.length) return state;
  return { ...state, segments: state.segments.filter((_, i) => i !== index) };
}

/** Key of one input of the form, used to attach a message to it. */
export type FieldKey = string;
export const fieldKey = {
  scalar: (field: ScalarField): FieldKey => field,
  tier: (index: number, field: TierField): FieldKey => `tiers.${index}.${field}`,
  segment: (index: number, field: "label" | "elasticity"): FieldKey => `segments.${index}.${field}`,
  share: (segment: number, tier: number): FieldKey => `segments.${segment}.shares.${tier}`,
};

export interface FieldProblem {
  field: FieldKey;
  message: string;
}

export type FormConversion =
  { ok: true; raw: DiscountModelInput } | { ok: false; problems: FieldProblem[] };

/** Why a field's text is no number, in words that show how to type one in that language. */
export function numberMessage(reason: "blank" | "notNumber", locale: Locale): string {
  if (reason === "blank") return t("pane.field.blank");
  return t("pane.field.notNumber", {
    fraction: formatNumberIn(0.2, locale),
    percent: formatPercentShort(0.2, 2, locale),
  });
}

/**
 * Turns the typed text into the engine's input. Only "is it a number" is
 * checked here; every rule of the model (ranges, ascending tiers, shares that
 * sum to 1, …) is the engine's validateDiscountModel, so the pane and the
 * command line give the same messages.
 */
export function formToModel(
  state: ModelFormState,
  locale: Locale = activeLocale()
): FormConversion {
  const problems: FieldProblem[] = [];
  const num = (text: string, field: FieldKey): number => {
    const parsed = parseNumber(text, locale);
    if (parsed.ok) return parsed.value;
    problems.push({ field, message: numberMessage(parsed.reason, locale) });
    return NaN;
  };
  const raw: DiscountModelInput = {
    name: state.name.trim(),
    currency: state.currency.trim(),
    listPrice: num(state.listPrice, "listPrice"),
    unitCost: num(state.unitCost, "unitCost"),
    orderCost: num(state.orderCost, "orderCost"),
    maxDiscount: num(state.maxDiscount, "maxDiscount"),
    tiers: state.tiers.map((t, i) => ({
      label: t.label.trim(),
      minQty: num(t.minQty, fieldKey.tier(i, "minQty")),
      orders: num(t.orders, fieldKey.tier(i, "orders")),
      unitsPerOrder: num(t.unitsPerOrder, fieldKey.tier(i, "unitsPerOrder")),
      minMargin: num(t.minMargin, fieldKey.tier(i, "minMargin")),
    })),
    segments: state.segments.map((s, i) => ({
      label: s.label.trim(),
      elasticity: num(s.elasticity, fieldKey.segment(i, "elasticity")),
      shares: s.shares.map((v, t) => num(v, fieldKey.share(i, t))),
    })),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, raw };
}

/** A typed number rewritten from one language's way of writing it to another's; anything else stays as typed. */
export function relocaliseText(text: string, from: Locale, to: Locale): string {
  const parsed = parseNumber(text, from);
  if (!parsed.ok) return text;
  // A percentage stays a percentage ("20%" -> "20 %"), a fraction a fraction.
  return text.trim().endsWith("%")
    ? formatPercentShort(parsed.value, 10, to)
    : formatNumberIn(parsed.value, to);
}

function relocalise(state: ModelFormState, from: Locale, to: Locale): ModelFormState {
  if (from === to) return state;
  const n = (text: string) => relocaliseText(text, from, to);
  return {
    ...state,
    listPrice: n(state.listPrice),
    unitCost: n(state.unitCost),
    orderCost: n(state.orderCost),
    maxDiscount: n(state.maxDiscount),
    tiers: state.tiers.map((tier) => ({
      ...tier,
      minQty: n(tier.minQty),
      orders: n(tier.orders),
      unitsPerOrder: n(tier.unitsPerOrder),
      minMargin: n(tier.minMargin),
    })),
    segments: state.segments.map((s) => ({
      ...s,
      elasticity: n(s.elasticity),
      shares: s.shares.map(n),
    })),
  };
}
