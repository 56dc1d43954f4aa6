/**
 * The argument checks a native twin needs to be exact on the whole domain:
 * the MKT function refuses text, TRUE/FALSE and out-of-range numbers with an
 * Excel error, while plain arithmetic would coerce "12" to 12, TRUE to 1 and
 * happily divide by a negative cost. Each declaration (args.ts) becomes a list
 * of steps, in the order `coerceArguments` checks them, and a value
 * expression that reads the argument the way the function does (a blank or
 * "" as 0 or as the default, a language trimmed and in lower case).
 *
 * A step is "when this condition holds, the result is this error"; the twin
 * is then IF(step 1, error 1, IF(step 2, error 2, ... template)). An error
 * arriving in an argument comes out of the first step that reads it, as the
 * function passes it on. Literal arguments (5, "ru") are checked here, at
 * rendering time, so a twin over literals carries no runtime checks.
 */
import { ArgDecl, coerceArgument } from "../args";
import { EXCEL_ERROR_TEXT, isCalcError, isFailure } from "../errors";
import { arrayConstant, formulaLiteral } from "../formulaText";

export type Step =
  | { readonly when: string; readonly error: string }
  /** The argument is a literal the function refuses: the result is this error, whatever follows. */
  | { readonly always: string };

export interface GuardedArgument {
  readonly steps: readonly Step[];
  /** What the template reads in place of `{name}`. */
  readonly value: string;
}

const VALUE = EXCEL_ERROR_TEXT.VALUE;
const NUM = EXCEL_ERROR_TEXT.NUM;
const DIV0 = EXCEL_ERROR_TEXT.DIV0;
const NA = EXCEL_ERROR_TEXT.NA;

const NUMBER_LITERAL = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const STRING_LITERAL = /^"(?:[^"]|"")*"$/;
const BOOLEAN_LITERAL = /^(TRUE|FALSE)$/i;
const ERROR_LITERAL = /^#[A-Z0-9/_]+[!?A]?$/i;

/** The value a literal argument stands for, or undefined when `expr` is not a literal. */
function literalValue(expr: string): { value: unknown } | undefined {
  if (NUMBER_LITERAL.test(expr)) return { value: Number(expr) };
  if (STRING_LITERAL.test(expr)) return { value: expr.slice(1, -1).replace(/""/g, '"') };
  if (BOOLEAN_LITERAL.test(expr)) return { value: expr.toUpperCase() === "TRUE" };
  return undefined;
}

/** A literal checked now: the function's own coercion decides. */
function literalArgument(decl: ArgDecl, expr: string, value: unknown): GuardedArgument {
  const coerced = coerceArgument(decl, value);
  if (isFailure(coerced))
    return {
      steps: [{ always: isCalcError(coerced) ? EXCEL_ERROR_TEXT[coerced.kind] : VALUE }],
      value: expr,
    };
  if (typeof coerced === "number") return { steps: [], value: coerced < 0 ? `(${expr})` : expr };
  return { steps: [], value: formulaLiteral(coerced as string | boolean) };
}

/** The bound checks of `checkBounds` on the value expression `v`. */
function boundSteps(decl: ArgDecl, v: string): Step[] {
  const steps: Step[] = [];
  if (decl.kind === "share") steps.push({ when: `OR(${v}<0,${v}>1)`, error: NUM });
  if (decl.kind === "count") steps.push({ when: `${v}<>INT(${v})`, error: NUM });
  const b = decl.bounds;
  const min = b?.min ?? (decl.kind === "money" || decl.kind === "count" ? 0 : undefined);
  if (min !== undefined) {
    const zeroTooLow = b?.minExclusive ? 0 <= min : 0 < min;
    if (zeroTooLow && b?.zeroIsDivision) steps.push({ when: `${v}=0`, error: DIV0 });
    steps.push({ when: `${v}${b?.minExclusive ? "<=" : "<"}${formulaLiteral(min)}`, error: NUM });
  }
  if (b?.max !== undefined)
    steps.push({ when: `${v}${b.maxExclusive ? ">=" : ">"}${formulaLiteral(b.max)}`, error: NUM });
  return steps;
}

function numberArgument(decl: ArgDecl, x: string): GuardedArgument {
  const typeStep: Step = { when: `NOT(OR(ISNUMBER(${x}),${x}=""))`, error: VALUE };
  if (decl.blank === "default" && decl.default !== undefined) {
    // A blank takes the declared default, which is trusted as in coerceNumber.
    const v = `IF(${x}="",${formulaLiteral(decl.default)},${x})`;
    return { steps: [typeStep, ...boundSteps(decl, v)], value: v };
  }
  if (decl.blank !== "zero") {
    return { steps: [typeStep, { when: `${x}=""`, error: NA }, ...boundSteps(decl, x)], value: x };
  }
  // N() reads a blank and "" as 0, as the function does; plain arithmetic fails on "".
  const v = `N(${x})`;
  return { steps: [typeStep, ...boundSteps(decl, v)], value: v };
}

function textArgument(decl: ArgDecl, x: string): GuardedArgument {
  // A 0 is a blank cell from a desktop build (coerceText); text "0" is not 0 in Excel.
  const blank = `OR(${x}="",${x}=0)`;
  const steps: Step[] = [{ when: `NOT(OR(ISTEXT(${x}),${x}=0))`, error: VALUE }];
  const word = `LOWER(TRIM(${x}))`;
  let v = word;
  if (typeof decl.default === "string") v = `IF(${blank},${formulaLiteral(decl.default)},${word})`;
  else steps.push({ when: blank, error: NA });
  if (decl.choices) {
    const list = arrayConstant([decl.choices]);
    steps.push({ when: `ISNA(MATCH(${v},${list},0))`, error: VALUE });
  }
  return { steps, value: v };
}

/**
 * Cell checks of a range (readCell): text is #VALUE! ("" is a blank), and so
 * is TRUE/FALSE among figures; a negative figure is #NUM!. An error cell makes
 * the first check an error itself, which the twin passes on.
 */
function rangeArgument(decl: ArgDecl, x: string): GuardedArgument {
  const wrongType =
    decl.cells === "flag"
      ? `SUMPRODUCT(ISTEXT(${x})*(${x}<>""))>0`
      : `SUMPRODUCT(ISTEXT(${x})*(${x}<>"")+ISLOGICAL(${x}))>0`;
  return {
    steps: [
      { when: wrongType, error: VALUE },
      { when: `SUMPRODUCT(ISNUMBER(${x})*(${x}<0))>0`, error: NUM },
    ],
    value: x,
  };
}

/** The steps and value expression for one given argument `expr` (already parenthesised if compound). */
export function guardArgument(decl: ArgDecl, expr: string): GuardedArgument {
  if (decl.kind !== "range") {
    const literal = literalValue(expr);
    if (literal) return literalArgument(decl, expr, literal.value);
    if (ERROR_LITERAL.test(expr)) return { steps: [{ always: expr.toUpperCase() }], value: expr };
  }
  switch (decl.kind) {
    case "range":
      return rangeArgument(decl, expr);
    case "text":
      return textArgument(decl, expr);
    case "boolean":
      // No catalogue function takes a boolean today; a twin for one needs its own rule.
      throw new Error(`no native guard for boolean argument ${decl.name}`);
    default:
      return numberArgument(decl, expr);
  }
}

/** Folds steps around the template: IF(when, error, ...), an unconditional error cutting the rest. */
export function applySteps(steps: readonly Step[], body: string): string {
  let formula = body;
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    formula = "always" in step ? step.always : `IF(${step.when},${step.error},${formula})`;
  }
  return formula;
}
