/**
 * Fluent UI's `tokens` (design-token name -> its CSS variable), computed when
 * read instead of shipped as Fluent's 467-entry table: webpack.config.js
 * aliases @fluentui/tokens/lib/tokens.js to this module for the page. Fluent's
 * compiled styles read a few tokens at run time (e.g.
 * `calc(${tokens.strokeWidthThin} + 0.25px)`), and each token is
 * `var(--<name>)`, the z-index layers with Fluent's fallback value.
 * test/taskpane/fluentTokens.test.ts compares every token of the installed
 * Fluent with this one, so an upgrade that changes one fails there. Saves
 * about 4 KB gzip of the first load (bench/taskpane.bench.ts).
 */
import type { tokens as fluentTokens } from "@fluentui/react-components";

/** The token families Fluent names (tokens.js): a name outside them is an ordinary property. */
const TOKEN_NAME =
  /^(color|borderRadius|fontFamily|fontSize|lineHeight|fontWeight|strokeWidth|spacing|duration|curve|shadow|zIndex)[A-Z0-9]/;

/** Fluent's z-index tokens carry a fallback (tokens.js). */
const FALLBACKS: Readonly<Record<string, string>> = {
  zIndexBackground: "0",
  zIndexContent: "1",
  zIndexOverlay: "1000",
  zIndexPopup: "2000",
  zIndexMessages: "3000",
  zIndexFloating: "4000",
  zIndexPriority: "5000",
  zIndexDebug: "6000",
};

/** The CSS variable of a token, as Fluent writes it. */
export function tokenValue(name: string): string {
  const fallback = FALLBACKS[name];
  return fallback === undefined ? `var(--${name})` : `var(--${name}, ${fallback})`;
}

export const tokens: typeof fluentTokens = new Proxy({} as typeof fluentTokens, {
  get: (target, name, receiver) =>
    typeof name === "string" && TOKEN_NAME.test(name)
      ? tokenValue(name)
      : Reflect.get(target, name, receiver),
});
