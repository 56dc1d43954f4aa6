/**
 * Field-by-field validation of a model's JSON input, shared by the discount
 * and budget models: every invalid field yields one message naming the field
 * by its JSON path and the rule it breaks ("channels[2].max must be >= min
 * (got 10)"), so the CLI, the pane and the logs say what to fix. The words
 * come from the message catalogue (keys model.*), kept as data (key and
 * parameters): validation is pure, and the CLI or the pane renders a problem
 * in the reader's language when it shows it (the pane again when its
 * language changes, including problems found in the optimiser's worker).
 */
import { activeLocale, msg, render, type Locale, type Message } from "./i18n";
import { labelCharacterProblem } from "./labelText";

/** Labels are shown in table headers and constraint messages; keep them readable. */
export const MAX_LABEL_LENGTH = 60;

/** The model name heads the sheet; Excel's title row shows ~120 characters comfortably. */
export const MAX_NAME_LENGTH = 120;

/** A rule on a number: null when it holds, else what it requires ("must be > 0"). */
export type Rule = (x: number) => Message | null;

export const positive: Rule = (x) => (x > 0 ? null : msg("model.mustBePositive"));
export const nonNegative: Rule = (x) => (x >= 0 ? null : msg("model.mustBeNonNegative"));
export const share: Rule = (x) => (x >= 0 && x <= 1 ? null : msg("model.shareRange"));
/** Whole numbers from `min`: counts such as months, days or buyers. */
export const wholeAtLeast =
  (min: number): Rule =>
  (x) =>
    Number.isInteger(x) && x >= min ? null : msg("rule.wholeNumberAtLeast", { min });
/** `rule`, and at most `max`. */
export const atMost =
  (max: number, rule: Rule): Rule =>
  (x) =>
    rule(x) ?? (x <= max ? null : msg("model.mustBeAtMost", { max }));

export interface FieldError {
  /** JSON path of the field, e.g. "tiers[2].orders" ("" for the whole input). */
  path: string;
  /**
   * The sentence, e.g. "tiers[2].shares do not sum to 1 (0.95)": for a field,
   * model.field with the path and the rule (ruleText shows the rule alone).
   */
  problem: Message;
}

/** The problem in words, path included ("tiers[2].orders must be > 0 (got -1)"). */
export function fieldErrorText(error: FieldError, locale: Locale = activeLocale()): string {
  return render(locale, error.problem);
}

/** What the field must be, without its path: the words shown under the field itself. */
export function ruleText(error: FieldError, locale: Locale = activeLocale()): string {
  const { problem } = error;
  if (problem.key !== "model.field" || !problem.params) return render(locale, problem);
  const { rule } = problem.params;
  return typeof rule === "object" ? render(locale, rule) : String(rule);
}

/** A value from the user's JSON in words: "null", "an array", "text \"abc\"", or the value. */
export function describe(value: unknown): Message | string {
  if (value === null) return msg("model.got.null");
  if (Array.isArray(value)) return msg("model.got.array");
  if (typeof value === "string")
    return msg("model.got.text", {
      text: JSON.stringify(value.length > 20 ? value.slice(0, 20) + "…" : value),
    });
  return typeof value === "object" ? msg("model.got.object") : String(value);
}

export class Collector {
  readonly errors: FieldError[] = [];

  /** A problem of the field at `path` (the rule alone), or of the whole input (path ""). */
  add(path: string, rule: Message): void {
    this.errors.push({
      path,
      problem: path === "" ? rule : msg("model.field", { path, rule }),
    });
  }

  number(obj: Record<string, unknown>, key: string, path: string, rule: Rule): number {
    const value = obj[key];
    if (value === undefined) {
      this.add(path, msg("model.numberMissing"));
      return NaN;
    }
    return this.numberValue(value, path, rule);
  }

  /** A value that must be a finite number obeying `rule` (a list entry, say). */
  numberValue(value: unknown, path: string, rule: Rule): number {
    if (typeof value !== "number" || !Number.isFinite(value)) {
      this.add(path, msg("model.notFinite", { got: describe(value) }));
      return NaN;
    }
    const broken = rule(value);
    // The value in the reader's number format (a decimal comma in ru/kk), as the pane's fields show it.
    if (broken !== null) this.add(path, msg("model.brokenRule", { rule: broken, value }));
    return value;
  }

  /** An optional number: null when absent or null, otherwise checked like number(). */
  optionalNumber(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    rule: Rule
  ): number | null {
    const value = obj[key];
    return value === undefined || value === null ? null : this.number(obj, key, path, rule);
  }

  /** An optional true/false field; `fallback` when absent. */
  flag(obj: Record<string, unknown>, key: string, path: string, fallback: boolean): boolean {
    const value = obj[key];
    if (value === undefined) return fallback;
    if (typeof value !== "boolean") {
      this.add(path, msg("model.notBoolean", { got: describe(value) }));
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
      this.add(path, msg("model.textMissing"));
      return "";
    }
    return this.textValue(value, path, maxLength);
  }

  /** A value that must be a non-empty label (a list entry, say). */
  textValue(value: unknown, path: string, maxLength = MAX_LABEL_LENGTH): string {
    if (typeof value !== "string") {
      this.add(path, msg("model.notText", { got: describe(value) }));
      return "";
    }
    const characterProblem = labelCharacterProblem(value);
    if (characterProblem !== null) this.add(path, characterProblem);
    else if (value.trim() === "") this.add(path, msg("model.empty"));
    // The sheet plan treats a string that starts with "=" as a formula; a label must stay a label.
    else if (value.trim().startsWith("=")) this.add(path, msg("model.startsWithEquals"));
    else if (value.length > maxLength) this.add(path, msg("model.tooLong", { max: maxLength }));
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
          ? msg("model.listMissing")
          : msg("model.notList", { got: describe(value) })
      );
      return null;
    }
    if (value.length < min || value.length > max) {
      this.add(path, msg("model.entryCount", { min, max, count: value.length }));
      return value.length < min ? null : value;
    }
    return value;
  }

  /** The entries of a list that are objects, with their index; every other entry is reported. */
  records(list: readonly unknown[] | null, path: string): Array<[Record<string, unknown>, number]> {
    const out: Array<[Record<string, unknown>, number]> = [];
    (list ?? []).forEach((item, i) => {
      if (isRecord(item)) out.push([item, i]);
      else this.add(`${path}[${i}]`, msg("model.notObject", { got: describe(item) }));
    });
    return out;
  }

  /** Reports the second and later uses of a label (ignoring case) at path(i). */
  unique(labels: readonly string[], path: (i: number) => string): void {
    const seen = new Map<string, number>();
    labels.forEach((label, i) => {
      if (label === "") return;
      const first = seen.get(label.toLowerCase());
      if (first !== undefined)
        this.add(path(i), msg("model.duplicateLabel", { other: path(first), label }));
      else seen.set(label.toLowerCase(), i);
    });
  }
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** The validated value when the collector gathered no error. */
export function checked<T>(c: Collector, value: T): Checked<T> {
  return c.errors.length === 0 ? { ok: true, value } : { ok: false, errors: c.errors };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One line per error, for the CLI and logs, in the reader's language. */
export function formatFieldErrors(
  errors: readonly FieldError[],
  locale: Locale = activeLocale()
): string[] {
  return errors.map((e) => fieldErrorText(e, locale));
}

/** Labels must differ (ignoring case): "prefix[i].label duplicates prefix[j].label". */
export function checkLabelsUnique(labels: string[], prefix: string, c: Collector): void {
  c.unique(labels, (i) => `${prefix}[${i}].label`);
}

/** The input as a JSON object: parsed when it is text, or one error for the whole input. */
export function parseJsonObject(
  raw: unknown
): { ok: true; value: Record<string, unknown> } | { ok: false; errors: FieldError[] } {
  let input = raw;
  if (typeof raw === "string") {
    try {
      // A byte-order mark (Windows editors write one) is not part of the JSON.
      input = JSON.parse(raw.replace(/^\uFEFF/, "")) as unknown;
    } catch (error) {
      return {
        ok: false,
        errors: [
          // The parser's own words (JavaScript's, in English) say where the JSON breaks.
          { path: "", problem: msg("model.invalidJson", { detail: (error as Error).message }) },
        ],
      };
    }
  }
  if (!isRecord(input)) {
    return {
      ok: false,
      errors: [{ path: "", problem: msg("model.notAnObject", { got: describe(input) }) }],
    };
  }
  return { ok: true, value: input };
}
