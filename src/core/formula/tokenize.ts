/**
 * A lossless tokenizer for Excel formulas in the invariant (English, ","
 * separated) grammar that `range.formulas` and .xlsx files use. Joining the
 * tokens' `text` gives back the input exactly, whitespace and all, so a
 * rewriter can change one call and leave every other character alone.
 *
 * Written here rather than taken from npm: excel-formula-tokenizer (the port
 * of E. W. Bachtal's 2008 tokenizer, MIT) drops whitespace, unescapes strings
 * and quoted sheet names, splits structured references at their inner commas
 * (`Table1[[#This Row],[Sales]]`) and glues `@` to its operand, so its tokens
 * cannot be joined back; fast-formula-parser and formulajs are evaluators
 * (with chevrotain, jstat, bessel) whose lexers are not exported; HyperFormula's
 * lexer is internal. The grammar points that matter here:
 * - strings "..." with "" for a quote; quoted sheet names '...' with '' for an
 *   apostrophe, then `!`; external books `[1]Sheet!A1`;
 * - structured references: brackets nest, `'` escapes the next character
 *   inside them, and commas inside them separate nothing;
 * - array constants `{1,2;3,4}`, error literals (`#N/A`, `#DIV/0!`, ...),
 *   the union comma, the intersection space, `@` and the spill `#` (`A1#`).
 */

export type TokenKind =
  | "whitespace"
  | "string"
  | "number"
  | "error"
  /** A reference, a name, TRUE/FALSE, or a function name (then followed by "("). */
  | "word"
  | "open"
  | "close"
  | "arrayOpen"
  | "arrayClose"
  | "comma"
  | "semicolon"
  | "operator";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

/** Error values Excel can show, longest first so that `#N/A` does not shadow nothing. */
export const ERROR_LITERALS = [
  "#GETTING_DATA",
  "#EXTERNAL!",
  "#UNKNOWN!",
  "#BLOCKED!",
  "#CONNECT!",
  "#PYTHON!",
  "#DIV/0!",
  "#VALUE!",
  "#SPILL!",
  "#FIELD!",
  "#NULL!",
  "#NAME?",
  "#CALC!",
  "#BUSY!",
  "#REF!",
  "#NUM!",
  "#N/A",
] as const;

const WHITESPACE = /[ \t\r\n\u00a0]/;
/** Characters that end a word (a reference or name) outside quotes and brackets. */
const WORD_END = /[ \t\r\n\u00a0+\-*/^&=<>%,;(){}"@#]/;
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const TWO_CHAR_OPERATORS = new Set(["<>", "<=", ">="]);

/** End (exclusive) of a quoted run starting at `start` with `quote`; a doubled quote stays inside. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length; // unterminated: the rest belongs to it (lossless either way)
}

/** End (exclusive) of a bracket group `[...]` with nesting; `'` escapes the next character. */
function bracketEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'") i += 2;
    else {
      if (ch === "[") depth++;
      else if (ch === "]" && --depth === 0) return i + 1;
      i++;
    }
  }
  return text.length;
}

function errorLiteralAt(text: string, i: number): string | undefined {
  const rest = text.slice(i, i + 14).toUpperCase();
  return ERROR_LITERALS.find((e) => rest.startsWith(e));
}

/**
 * End (exclusive) of the word starting at `start`: quoted sheet names, bracket
 * groups, an error literal after `!` (`Sheet1!#REF!`) and a number's exponent
 * sign (`1E+10`) belong to it.
 */
function wordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'" && (i === start || text[i - 1] === ":")) i = quotedEnd(text, i, "'");
    else if (ch === "[") i = bracketEnd(text, i);
    else if (ch === "#" && text[i - 1] === "!" && errorLiteralAt(text, i))
      i += errorLiteralAt(text, i)!.length;
    else if (
      (ch === "+" || ch === "-") &&
      /^(\d+\.?\d*|\.\d+)[eE]$/.test(text.slice(start, i)) &&
      /\d/.test(text[i + 1] ?? "")
    )
      i++;
    else if (WORD_END.test(ch)) break;
    else i++;
  }
  return i;
}

const SINGLE: Readonly<Record<string, TokenKind>> = {
  "(": "open",
  ")": "close",
  "{": "arrayOpen",
  "}": "arrayClose",
  ",": "comma",
  ";": "semicolon",
};

/** Splits a formula (with or without its leading "=") into tokens whose texts join back to it. */
export function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ kind, text: formula.slice(i, end) });
    i = end;
  };
  while (i < formula.length) {
    const ch = formula[i];
    const prev = tokens[tokens.length - 1];
    if (WHITESPACE.test(ch)) {
      let end = i + 1;
      while (end < formula.length && WHITESPACE.test(formula[end])) end++;
      push("whitespace", end);
    } else if (ch === '"') push("string", quotedEnd(formula, i, '"'));
    else if (SINGLE[ch]) push(SINGLE[ch], i + 1);
    else if (ch === "#") {
      // After an operand, # is the spill operator (A1#); elsewhere it opens an error literal.
      const spill = prev !== undefined && (prev.kind === "word" || prev.kind === "close");
      const literal = spill ? undefined : errorLiteralAt(formula, i);
      if (literal) push("error", i + literal.length);
      else push("operator", i + 1);
    } else if (TWO_CHAR_OPERATORS.has(formula.slice(i, i + 2))) push("operator", i + 2);
    else if ("+-*/^&=<>%@:!".includes(ch)) {
      // ":" or "!" can only start a token after a closing parenthesis: (A1):B2.
      push("operator", i + 1);
    } else {
      const end = wordEnd(formula, i);
      push(NUMBER.test(formula.slice(i, end)) ? "number" : "word", end);
    }
  }
  return tokens;
}

/** The formula the tokens came from. */
export function joinTokens(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join("");
}

/**
 * Whether two formula texts say the same thing as Excel reads them: spacing
 * aside, names and functions in any case, numbers by value (Excel may show
 * 0.000000000001 back as 1E-12). Strings compare exactly.
 */
export function sameFormula(a: string, b: string): boolean {
  const meaningful = (f: string) => tokenize(f).filter((t) => t.kind !== "whitespace");
  const x = meaningful(a);
  const y = meaningful(b);
  return (
    x.length === y.length &&
    x.every((t, i) => {
      const u = y[i];
      if (t.kind !== u.kind) return false;
      if (t.kind === "number") return Number(t.text) === Number(u.text);
      if (t.kind === "string") return t.text === u.text;
      return t.text.toUpperCase() === u.text.toUpperCase();
    })
  );
}
