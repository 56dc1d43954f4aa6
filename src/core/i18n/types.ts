/**
 * The shape of the message catalogue. English (en.ts, enLater.ts, enCli.ts) defines the keys; a
 * translation is a record over the same keys, so a key unknown to English is
 * a compile error and a missing one a listed test failure (see ru.ts).
 *
 * A text is a string with {placeholders}, or a set of plural forms chosen by
 * Intl.PluralRules from the `count` parameter. A placeholder may name a
 * style after a colon: {share:percent} is a percentage in the reader's
 * locale, {amount:money} a figure with thousands separators and no decimals
 * ({gap:money2}: with 2 decimals);
 * {count:plain} an integer as digits; plain {value} is a number as typed in
 * a cell of that locale (decimal sign, no grouping, up to 12 significant
 * digits), or any text as given; {count:whole} an integer with the locale's
 * thousands separators ("1 000 000"). A parameter may itself be a Message
 * (key and parameters): it is rendered in the same language, so a rule kept
 * as data ("must be > 0") nests inside the sentence that names its field.
 */
import type { en } from "./en";
import type { enCli } from "./enCli";
import type { enLater } from "./enLater";

/** Every English text: the page's first ones (en.ts), its later ones and the command line's. */
type English = typeof en & typeof enLater & typeof enCli;

export interface PluralText {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

export type Text = string | PluralText;

export type MessageKey = keyof English;

export type Catalogue = { readonly [K in MessageKey]: Text };

/** A language's texts; missing keys fall back to English until the translation is complete. */
export type Translation = { readonly [K in MessageKey]?: Text };

/** "{name} is {value:percent}" -> "name" | "value". */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? (P extends `${infer Name}:${string}` ? Name : P) | Placeholders<Rest>
  : never;

type TextParams<T> = T extends string
  ? Placeholders<T>
  : T extends PluralText
    ? "count" | Placeholders<Extract<T[keyof T], string>>
    : never;

export type ParamValue = string | number | Message;

/** The parameters a message needs, as the compiler reads them from its English text. */
export type Params<K extends MessageKey> = {
  readonly [P in TextParams<English[K]>]: ParamValue;
};

/** `t("key")` for a text without placeholders, `t("key", { … })` otherwise. */
export type ParamArgs<K extends MessageKey> = [TextParams<English[K]>] extends [never]
  ? []
  : [params: Params<K>];

/** The keys whose text takes no parameters: `t(key)` for a key held in a variable (a label). */
export type PlainMessageKey = {
  [K in MessageKey]: ParamArgs<K> extends [] ? K : never;
}[MessageKey];

/** A message not yet put into words: key and parameters, rendered later in the reader's language. */
export type Message = { [K in MessageKey]: { key: K; params?: Params<K> } }[MessageKey];
