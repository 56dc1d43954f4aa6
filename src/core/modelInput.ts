/**
 * What every model's JSON input opens with (the discount and budget models,
 * the guided sheets): the input as a JSON object, the collector of its field
 * errors, and the model's name and currency, read by the field rules of
 * fieldValidation.ts. Each validator then reads its own fields into the same
 * collector.
 */
import {
  Collector,
  MAX_LABEL_LENGTH,
  MAX_NAME_LENGTH,
  parseJsonObject,
  type FieldError,
} from "./fieldValidation";

export interface OpenedModelInput {
  ok: true;
  input: Record<string, unknown>;
  /** Collects the field errors of the whole input, these two fields' first. */
  r: Collector;
  name: string;
  /** "" when the model has no currency. */
  currency: string;
}

export interface ModelInputOptions {
  /** The longest currency accepted, or null when the model has no currency field. */
  currencyMaxLength: number | null;
}

/** The opened input, or the one error that the input is not a JSON object. */
export function openModelInput(
  raw: unknown,
  options: ModelInputOptions = { currencyMaxLength: MAX_LABEL_LENGTH }
): OpenedModelInput | { ok: false; errors: FieldError[] } {
  const parsed = parseJsonObject(raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const r = new Collector();
  const name = r.text(input, "name", "name", MAX_NAME_LENGTH);
  const max = options.currencyMaxLength;
  const currency = max === null ? "" : r.text(input, "currency", "currency", max);
  return { ok: true, input, r, name, currency };
}
