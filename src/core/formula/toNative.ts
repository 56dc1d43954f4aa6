/**
 * Rewrites a formula so that it needs no add-in: each call of an MKT function
 * becomes the function's native twin (catalogue/twin.ts) with the call's own
 * arguments, wherever the call sits (nested in another MKT call, inside IF or
 * SUM, in an array formula). Everything else — whitespace, other functions,
 * references to other sheets, text inside string literals — is kept
 * character for character, because the rewriter works on lossless tokens.
 *
 * Excel spells an add-in call two ways: `MKT.ROMI(...)` while the add-in is
 * loaded (what `range.formulas` returns), and `_xldudf_MKT_ROMI(...)` in a
 * file saved by Excel when the functions were not registered (the namespace
 * dot becomes "_"); a workbook touched by an external-link bug may even carry
 * `[2]!_xldudf_MKT_ROMI` (office-js issue #2568). All three are recognised.
 */
import { CatalogueEntry } from "../catalogue/entry";
import { renderTwin } from "../catalogue/twin";
import { Token, tokenize } from "./tokenize";

/** Excel's limit on the length of a formula's text (Excel specifications and limits). */
export const MAX_FORMULA_LENGTH = 8192;

export type KeptReason =
  /** The function has no native twin (its notes say why). */
  | "noTwin"
  /** MKT.SOMETHING that the catalogue does not know. */
  | "unknown"
  /** Too many arguments, or a required one missing: Excel itself would refuse the call. */
  | "arguments"
  /** An argument calls RAND/RANDBETWEEN/RANDARRAY: the twin reads an argument more than once. */
  | "volatile"
  /** The rewritten formula would exceed Excel's 8,192 characters. */
  | "tooLong";

export interface KeptCall {
  readonly name: string;
  readonly reason: KeptReason;
}

export interface Conversion {
  /** The rewritten formula; the input itself when nothing changed. */
  readonly formula: string;
  readonly changed: boolean;
  /** Names of the functions replaced, once per call. */
  readonly converted: readonly string[];
  /** Calls left as they were, with the reason. */
  readonly kept: readonly KeptCall[];
}

const MKT_NAME = /^(?:\[\d+\]!)?(?:_xldudf_MKT_|MKT\.)([A-Z0-9_]+)$/i;
const RANDOM_FUNCTION = /^(?:_xlfn\.)?(RAND|RANDBETWEEN|RANDARRAY)$/i;

/** The catalogue name an MKT call is spelled with, or null for any other word. */
export function mktFunctionName(word: string): string | null {
  const m = MKT_NAME.exec(word);
  return m ? m[1].toUpperCase() : null;
}

/** Whether a formula calls an MKT function (a cheap test before converting). */
export function callsMkt(formula: string): boolean {
  if (!/MKT/i.test(formula)) return false;
  const tokens = tokenize(formula);
  return tokens.some(
    (t, i) => t.kind === "word" && mktFunctionName(t.text) && tokens[i + 1]?.kind === "open"
  );
}

interface Call {
  /** Index of the closing parenthesis. */
  readonly end: number;
  /** Token ranges [from, to) of the arguments. */
  readonly args: readonly (readonly [number, number])[];
}

/** The call whose "(" is at `open`: its arguments split at top-level commas. */
function readCall(tokens: readonly Token[], open: number): Call | null {
  const args: [number, number][] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < tokens.length; i++) {
    const kind = tokens[i].kind;
    if (kind === "open" || kind === "arrayOpen") depth++;
    else if (kind === "close" || kind === "arrayClose") {
      depth--;
      if (depth === 0) {
        args.push([start, i]);
        return { end: i, args };
      }
    } else if (kind === "comma" && depth === 1) {
      args.push([start, i]);
      start = i + 1;
    }
  }
  return null; // unbalanced: not a formula Excel would hold; left alone
}

/** A compound expression is put in parentheses before it stands in for a placeholder. */
function asOperand(text: string): string {
  const tokens = tokenize(text);
  if (tokens.length === 1) return text;
  const first = tokens[0];
  const bracketed =
    (first.kind === "open" ||
      first.kind === "arrayOpen" ||
      (first.kind === "word" && tokens[1]?.kind === "open")) &&
    readCall(tokens, first.kind === "word" ? 1 : 0)?.end === tokens.length - 1;
  return bracketed ? text : `(${text})`;
}

interface Rewrite {
  text: string;
  converted: string[];
  kept: KeptCall[];
}

function convertRange(
  tokens: readonly Token[],
  from: number,
  to: number,
  catalogue: ReadonlyMap<string, CatalogueEntry>,
  out: Rewrite
): string {
  let text = "";
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    const name = token.kind === "word" ? mktFunctionName(token.text) : null;
    const call = name && tokens[i + 1]?.kind === "open" ? readCall(tokens, i + 1) : null;
    if (!name || !call || call.end >= to) {
      text += token.text;
      continue;
    }
    const rawArgs = call.args.map(([a, b]) => convertRange(tokens, a, b, catalogue, out));
    const args = rawArgs.map((a) => a.trim());
    // A call that stays keeps its own spacing; only calls inside it may have changed.
    const original = `${token.text}(${rawArgs.join(",")})`;
    text += replaceCall(name, args, tokens.slice(i + 2, call.end), catalogue, out) ?? original;
    i = call.end;
  }
  return text;
}

/** The twin for one call, or null (the reason recorded) when the call stays. */
function replaceCall(
  name: string,
  args: readonly string[],
  inner: readonly Token[],
  catalogue: ReadonlyMap<string, CatalogueEntry>,
  out: Rewrite
): string | null {
  const entry = catalogue.get(name);
  const keep = (reason: KeptReason) => {
    out.kept.push({ name, reason });
    return null;
  };
  if (!entry) return keep("unknown");
  if (!entry.twin) return keep("noTwin");
  // MKT.ROMI() has one empty argument in the token view, and no argument at all for Excel.
  const given = args.length === 1 && args[0] === "" ? [] : args;
  if (given.length > entry.args.length) return keep("arguments");
  if (
    inner.some(
      (t, k) => t.kind === "word" && RANDOM_FUNCTION.test(t.text) && inner[k + 1]?.kind === "open"
    )
  )
    return keep("volatile");
  const refs: Record<string, string | undefined> = {};
  entry.args.forEach((decl, k) => {
    const arg = given[k];
    refs[decl.name] = arg === undefined || arg === "" ? undefined : asOperand(arg);
  });
  const twin = renderTwin(entry, refs);
  if (twin === null) return keep("arguments");
  out.converted.push(name);
  return twin;
}

/** Replaces every MKT call in `formula` (with or without its "=") by its native twin. */
export function toNativeFormula(
  formula: string,
  catalogue: ReadonlyMap<string, CatalogueEntry>
): Conversion {
  if (!/MKT/i.test(formula)) return { formula, changed: false, converted: [], kept: [] };
  const tokens = tokenize(formula);
  const out: Rewrite = { text: "", converted: [], kept: [] };
  const text = convertRange(tokens, 0, tokens.length, catalogue, out);
  if (out.converted.length === 0) return { formula, changed: false, converted: [], kept: out.kept };
  if (text.length > MAX_FORMULA_LENGTH)
    return {
      formula,
      changed: false,
      converted: [],
      kept: [...out.kept, ...out.converted.map((name) => ({ name, reason: "tooLong" as const }))],
    };
  return { formula: text, changed: true, converted: out.converted, kept: out.kept };
}

/** The catalogue keyed by function name, as toNativeFormula takes it. */
export function catalogueByName(entries: readonly CatalogueEntry[]): Map<string, CatalogueEntry> {
  return new Map(entries.map((e) => [e.name, e]));
}
