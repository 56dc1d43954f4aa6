/**
 * The one message catalogue: every sentence a user reads (function errors,
 * model validation, the optimiser's explanation, the pane, the command line)
 * is a key of en.ts, rendered here in a language with its parameters.
 *
 * `translate(locale, key, params)` is pure. `t(key, params)` renders in the
 * active language, which each entry point sets once from what it knows of the
 * user (the pane from Office's display language or the pane's switch, the
 * command line from --lang or LANG, the optimiser worker from its request):
 * error texts are produced deep inside Excel-shaped functions whose
 * signatures cannot carry a language, and each runtime has one reader at a time.
 *
 * English's first texts (en.ts) are always here; every other part of a
 * language is added when it is loaded (core/languagePacks: the pane downloads
 * only the language it speaks, and what it shows after the first screen only
 * then; core/everyLanguage: the command line, the build scripts and the tests
 * hold them all). A language is loaded before it becomes active; until then
 * its keys read in English, as a key a translation lacks does. A key no
 * loaded part has reads as itself: a bug (the code showed a later text
 * before loading it), visible rather than a crash.
 */
import { en } from "./en";
import { formatAmount, formatNumber, formatPercentShort } from "../numberFormat";
import { DEFAULT_LOCALE, type Locale } from "./locale";
import type {
  Message,
  MessageKey,
  ParamArgs,
  ParamValue,
  PluralText,
  Text,
  Translation,
} from "./types";

/** The texts this runtime holds, per language: English's first ones, and each part added since. */
const loaded: { [L in Locale]?: Translation } = { en };

/** Adds texts of `locale` (a whole translation or one of its parts) to those it has. */
export function addTranslation(locale: Locale, translation: Translation): void {
  loaded[locale] = { ...loaded[locale], ...translation };
}

export function hasTranslation(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/**
 * Locales whose translation must have every key (the catalogue test fails
 * otherwise): all three.
 */
export const COMPLETE_LOCALES: readonly Locale[] = ["en", "ru", "kk"];

let active: Locale = DEFAULT_LOCALE;

/** Sets the language `t` renders in (one per runtime: see the module comment). */
export function setLocale(locale: Locale): void {
  active = locale;
}

export function activeLocale(): Locale {
  return active;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(locale: Locale, text: PluralText, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const category = rules.select(count) as keyof PluralText;
  return text[category] ?? text.other;
}

function renderValue(locale: Locale, value: ParamValue, style: string | undefined): string {
  if (typeof value === "string") return value;
  if (typeof value === "object") return render(locale, value);
  if (style === "percent") return formatPercentShort(value, 2, locale);
  const money = /^money(\d)?$/.exec(style ?? "");
  if (money) return formatAmount(value, Number(money[1] ?? 0), locale);
  if (style === "plain") return String(value);
  if (style === "whole") return formatAmount(value, 0, locale);
  return formatNumber(value, locale);
}

function fill(
  locale: Locale,
  template: string,
  params: Readonly<Record<string, ParamValue>>
): string {
  return template.replace(/\{(\w+)(?::(\w+))?\}/g, (whole, name: string, style?: string) => {
    const value = params[name];
    return value === undefined ? whole : renderValue(locale, value, style);
  });
}

/** The text of `key` in `locale`, falling back to English where the translation has none (yet). */
export function textOf(locale: Locale, key: MessageKey): Text {
  return loaded[locale]?.[key] ?? loaded.en?.[key] ?? key;
}

export function translate<K extends MessageKey>(
  locale: Locale,
  key: K,
  ...args: ParamArgs<K>
): string {
  const params = (args[0] ?? {}) as Readonly<Record<string, ParamValue>>;
  const text = textOf(locale, key);
  const template =
    typeof text === "string" ? text : pluralForm(locale, text, Number(params.count ?? 0));
  return fill(locale, template, params);
}

/** `translate` in the active language. */
export function t<K extends MessageKey>(key: K, ...args: ParamArgs<K>): string {
  return translate(active, key, ...args);
}

/**
 * A message kept as data, to be rendered later in the reader's language: what
 * validators and the optimiser return, so a text made in the worker or before
 * the pane's language changed is shown in the language of the moment.
 */
export function msg<K extends MessageKey>(key: K, ...args: ParamArgs<K>): Message {
  return (args.length === 0 ? { key } : { key, params: args[0] }) as Message;
}

/** Whether `value` is a message kept as data (a key of the English texts loaded, and parameters if any). */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== "object" || value === null) return false;
  const { key, ...rest } = value as { key?: unknown };
  return (
    typeof key === "string" &&
    loaded.en !== undefined &&
    Object.prototype.hasOwnProperty.call(loaded.en, key) &&
    Object.keys(rest).every((k) => k === "params")
  );
}

/**
 * `value` ready for JSON.stringify in `locale`: every message in it (the
 * optimiser's reason, explanation, binding constraints) as its sentence.
 */
export function inWords(locale: Locale, value: unknown): unknown {
  if (isMessage(value)) return render(locale, value);
  if (Array.isArray(value)) return value.map((v) => inWords(locale, v));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inWords(locale, v)]));
  return value;
}

/** Renders a message kept as data (e.g. a status shown again after the language changed). */
export function render(locale: Locale, message: Message): string {
  return (translate as (l: Locale, k: MessageKey, p?: object) => string)(
    locale,
    message.key,
    message.params
  );
}
