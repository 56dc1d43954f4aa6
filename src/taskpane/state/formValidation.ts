/**
 * Maps the form to what the user should see: a message under each field that
 * is wrong, the problems that belong to no single field, the model to build
 * when everything is right, and one sentence saying why Build is disabled.
 * The rules themselves are the engine's (validateDiscountModel); this module
 * only routes the engine's `{path, message}` errors to the form's fields.
 */
import type { DiscountModelInput } from "../../core/discount/model";
import { t } from "../../core/i18n";
import type { FieldError, ValidationResult } from "../../core/discount/validate";
import { ruleText } from "../../core/fieldValidation";
import {
  fieldKey,
  formToModel,
  type FieldKey,
  type FieldProblem,
  type ModelFormState,
} from "./modelForm";
import { rowName } from "./rowName";

/** The engine's validator (validateDiscountModel), passed in so tests can give their own. */
export type ValidateModel = (raw: unknown) => ValidationResult;

export interface FormValidation<M = DiscountModelInput> {
  /** Message per field key (first message wins; one message per field is enough to act on). */
  fieldMessages: ReadonlyMap<FieldKey, string>;
  /** Problems about the model as a whole or a whole row ("tiers must be ascending"). */
  generalMessages: string[];
  model: M | null;
  /** Why Build is disabled, in one sentence; null when it is enabled. */
  blockedReason: string | null;
}

/**
 * "tiers[1].minMargin", "tiers.1.minMargin" and "/tiers/1/minMargin" all name
 * the same field; the engine's path style is normalised to the form's dotted keys.
 */
export function normalisePath(path: string): string {
  return path
    .split(/[.[\]/]+/)
    .filter((part) => part !== "")
    .join(".");
}

function knownFieldKeys(state: ModelFormState): Set<FieldKey> {
  const keys = new Set<FieldKey>([
    "name",
    "currency",
    "listPrice",
    "unitCost",
    "orderCost",
    "maxDiscount",
  ]);
  state.tiers.forEach((_, i) => {
    for (const f of ["label", "minQty", "orders", "unitsPerOrder", "minMargin"] as const)
      keys.add(fieldKey.tier(i, f));
  });
  state.segments.forEach((s, i) => {
    keys.add(fieldKey.segment(i, "label"));
    keys.add(fieldKey.segment(i, "elasticity"));
    s.shares.forEach((_, t) => keys.add(fieldKey.share(i, t)));
  });
  return keys;
}

/** Where a field is, in words, for messages shown away from the field. */
export function describeField(state: ModelFormState, key: FieldKey): string {
  const parts = key.split(".");
  if (parts[1] === undefined) return "";
  const index = Number(parts[1]);
  if (parts[0] === "tiers") return rowName("tier", state.tiers[index]?.label ?? "", index);
  if (parts[0] === "segments") return rowName("segment", state.segments[index]?.label ?? "", index);
  return "";
}

export function validateForm(state: ModelFormState, validate: ValidateModel): FormValidation {
  const keys = knownFieldKeys(state);
  return routeValidation(formToModel(state), validate, {
    isField: (key) => keys.has(key),
    where: (key) => describeField(state, key) || fieldName(key),
  });
}

/** How a form names its fields: which keys have an input of their own, and the others in words. */
export interface FormFields {
  isField(key: FieldKey): boolean;
  /** Where a key that has no input is, in words ("Tier 2 (10+)"); "" for the model as a whole. */
  where(key: FieldKey): string;
}

/**
 * The one routing of a form's problems, for every model form: first "is it a
 * number" (the form's conversion), then the engine's own rules (`validate`),
 * each message under the field its path names or, for a whole row or the
 * model, in the list with the place in words.
 */
export function routeValidation<M>(
  converted: { ok: true; raw: unknown } | { ok: false; problems: FieldProblem[] },
  validate: (raw: unknown) => { ok: true; model: M } | { ok: false; errors: FieldError[] },
  fields: FormFields
): FormValidation<M> {
  const fieldMessages = new Map<FieldKey, string>();
  const generalMessages: string[] = [];
  if (!converted.ok) {
    for (const p of converted.problems)
      if (!fieldMessages.has(p.field)) fieldMessages.set(p.field, p.message);
    return {
      fieldMessages,
      generalMessages,
      model: null,
      blockedReason: blockedReason(fieldMessages.size, 0),
    };
  }
  const result = validate(converted.raw);
  if (result.ok)
    return { fieldMessages, generalMessages, model: result.model, blockedReason: null };

  for (const error of result.errors) {
    const key = normalisePath(error.path);
    const rule = withoutPath(error);
    if (fields.isField(key)) {
      if (!fieldMessages.has(key)) fieldMessages.set(key, capitalise(rule));
    } else {
      const where = fields.where(key);
      const text = where ? t("pane.problem.at", { where, rule }) : capitalise(rule);
      if (!generalMessages.includes(text)) generalMessages.push(text);
    }
  }
  return {
    fieldMessages,
    generalMessages,
    model: null,
    blockedReason: blockedReason(fieldMessages.size, generalMessages.length),
  };
}

/**
 * The engine's messages name the JSON path ("tiers[2].orders must be > 0");
 * next to the field itself the path is noise, so only the rule is shown, in
 * the pane's language of the moment.
 */
export function withoutPath(error: FieldError): string {
  return ruleText(error);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whole-model keys ("tiers", "segments") in words. */
function fieldName(key: string): string {
  return key === "tiers" ? t("pane.tiers") : key === "segments" ? t("pane.segments") : key;
}

function blockedReason(fieldCount: number, generalCount: number): string {
  const total = fieldCount + generalCount;
  return t("pane.form.blocked", { count: total });
}
