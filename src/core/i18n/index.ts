/** The message catalogue (catalogue.ts) and the languages it speaks (locale.ts); number formats are core/numberFormat.ts. */
export * from "./catalogue";
export * from "./locale";
export type {
  Catalogue,
  Message,
  MessageKey,
  PlainMessageKey,
  Params,
  PluralText,
  Text,
  Translation,
} from "./types";
