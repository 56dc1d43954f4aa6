/**
 * Reads a JSON input field by field and collects one message per broken rule,
 * each naming the field by its JSON path ("campaigns[2].cost must be > 0
 * (got 0)"). Every model's validator (the discount model, the guided sheets)
 * reads its input through this class, so a field is described, checked and
 * reported the same way everywhere; a model comes out only without errors.
 */

export interface FieldError {
  /** JSON path of the field, e.g. "tiers[2].orders" ("" for the whole input). */
  path: string;
  /** Names the field and the rule, e.g. "tiers[2].shares do not sum to 1 (0.95)". */
  message: string;
}

/** A rule on a number: null when it holds, else what it must be ("must be > 0"). */
export type NumberRule = (x: number) => string | null;

export const RULES = {
  any: (() => null) as NumberRule,
  positive: ((x) => (x > 0 ? null : "must be > 0")) as NumberRule,
  nonNegative: ((x) => (x >= 0 ? null : "must be >= 0")) as NumberRule,
  belowOne: ((x) => (x < 1 ? null : "must be < 1")) as NumberRule,
  share: ((x) => (x >= 0 && x <= 1 ? null : "must be between 0 and 1")) as NumberRule,
  /** Integers at least `min`: counts such as months, days or buyers. */
  wholeAtLeast:
    (min: number): NumberRule =>
    (x) =>
      Number.isInteger(x) && x >= min ? null : `must be a whole number >= ${min}`,
  atMost:
    (max: number, rule: NumberRule): NumberRule =>
    (x) =>
      rule(x) ?? (x <= max ? null : `must be <= ${max}`),
} as const;

/** Labels appear in headers and messages; keep them readable. */
export const MAX_LABEL_LENGTH = 60;

/** A value as a message shows it: text quoted and shortened, lists and objects by kind. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string")
    return `text ${JSON.stringify(value.length > 20 ? value.slice(0, 20) + "…" : value)}`;
  return typeof value === "object" ? "an object" : String(value);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The input as an object: parsed when it is JSON text (a byte-order mark allowed); an error when it is not an object. */
export function inputObject(raw: unknown): Checked<Record<string, unknown>> {
  let input = raw;
  if (typeof raw === "string") {
    try {
      input = JSON.parse(raw.replace(/^\uFEFF/, "")) as unknown;
    } catch (error) {
      return fail("", `input is not valid JSON (${(error as Error).message})`);
    }
  }
  if (!isRecord(input))
    return fail("", `input must be a JSON object (got ${describeValue(input)})`);
  return { ok: true, value: input };
}

/** One error as a failed result. */
export function fail(path: string, message: string): { ok: false; errors: FieldError[] } {
  return { ok: false, errors: [{ path, message }] };
}

export class FieldReader {
  readonly errors: FieldError[] = [];

  add(path: string, message: string): void {
    this.errors.push({ path, message: path === "" ? message : `${path} ${message}` });
  }

  number(obj: Record<string, unknown>, key: string, path: string, rule: NumberRule): number {
    const value = obj[key];
    if (value === undefined) {
      this.add(path, "is missing (a number is required)");
      return NaN;
    }
    return this.numberValue(value, path, rule);
  }

  /** A number that may be left out (undefined or null): then `fallback`. */
  optionalNumber(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    rule: NumberRule,
    fallback: number | undefined
  ): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return fallback;
    return this.numberValue(value, path, rule);
  }

  numberValue(value: unknown, path: string, rule: NumberRule): number {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      this.add(path, `must be a finite number (got ${describeValue(value)})`);
      return NaN;
    }
    const broken = rule(value);
    if (broken !== null) this.add(path, `${broken} (got ${value})`);
    return value;
  }

  boolean(obj: Record<string, unknown>, key: string, path: string, fallback: boolean): boolean {
    const value = obj[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== "boolean") {
      this.add(path, `must be true or false (got ${describeValue(value)})`);
      return fallback;
    }
    return value;
  }

  text(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    maxLength = MAX_LABEL_LENGTH
  ): string {
    const value = obj[key];
    if (value === undefined) {
      this.add(path, "is missing (text is required)");
      return "";
    }
    return this.textValue(value, path, maxLength);
  }

  textValue(value: unknown, path: string, maxLength = MAX_LABEL_LENGTH): string {
    if (typeof value !== "string") {
      this.add(path, `must be text (got ${describeValue(value)})`);
      return "";
    }
    if (value.trim() === "") this.add(path, "must not be empty");
    // The sheet plan treats a string that starts with "=" as a formula; a label must stay a label.
    else if (value.trim().startsWith("="))
      this.add(path, 'must not start with "=" (it would be read as a formula)');
    else if (value.length > maxLength) this.add(path, `must be at most ${maxLength} characters`);
    return value.trim();
  }

  array(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    min: number,
    max: number
  ): unknown[] | null {
    const value = obj[key];
    if (!Array.isArray(value)) {
      this.add(
        path,
        value === undefined
          ? "is missing (a list is required)"
          : `must be a list (got ${describeValue(value)})`
      );
      return null;
    }
    if (value.length < min || value.length > max) {
      this.add(path, `must have ${min} to ${max} entries (got ${value.length})`);
      return value.length < min ? null : value;
    }
    return value;
  }

  /** The entries of a list that are objects; each other entry is reported. */
  records(list: readonly unknown[] | null, path: string): Array<[Record<string, unknown>, number]> {
    const out: Array<[Record<string, unknown>, number]> = [];
    (list ?? []).forEach((item, i) => {
      if (isRecord(item)) out.push([item, i]);
      else this.add(`${path}[${i}]`, `must be an object (got ${describeValue(item)})`);
    });
    return out;
  }

  /** Reports the second and later uses of a label (compared case-insensitively). */
  unique(labels: readonly string[], path: (i: number) => string): void {
    const seen = new Map<string, number>();
    labels.forEach((label, i) => {
      if (label === "") return;
      const first = seen.get(label.toLowerCase());
      if (first !== undefined) this.add(path(i), `duplicates ${path(first)} ("${label}")`);
      else seen.set(label.toLowerCase(), i);
    });
  }
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The result of a validation: the value when the reader collected no error. */
export function checked<T>(reader: FieldReader, value: T): Checked<T> {
  return reader.errors.length === 0 ? { ok: true, value } : { ok: false, errors: reader.errors };
}
