/**
 * The MKT custom functions as a HyperFormula function plugin, so a formula
 * engine other than Excel can compute workbooks that call =MKT.ROMI(...) and
 * the rest: the example test evaluates every help and gallery example with it,
 * and the sharing work computes workbooks with it before converting them to
 * native formulas.
 *
 * It is general over the catalogue: one function per entry, each argument
 * handed over raw (HyperFormula coerces nothing) so the catalogue's one
 * coercion helper decides, exactly as in Excel. What HyperFormula hands over
 * is translated into what Excel hands a custom function:
 * - a range argument arrives as a 2-D array (SimpleRangeValue -> rows of cells);
 * - a blank cell or an omitted argument is null (as Excel on the web sends it);
 * - an error cell inside a range is an error object `{ code: "#N/A" }` (the
 *   shape of CustomFunctions.Error), which the catalogue passes through; the
 *   plugin returns the original HyperFormula error for it;
 * - an error in a scalar argument never reaches the function: HyperFormula
 *   returns it, as Excel does.
 * Results go back as numbers, texts and booleans, a row of figures as an
 * array that spills (its width declared by the entry's resultColumns); a
 * CalcError becomes the HyperFormula error of the same kind with its message.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { CATALOGUE, CatalogueEntry, evaluate, isResultRow } from "../../src/core/catalogue";
import { isCalcError, isPassedError, type CalcErrorKind } from "../../src/core/errors";

/** HyperFormula's error for each CalcError kind. */
const ERROR_TYPE: Readonly<Record<CalcErrorKind, ErrorType>> = {
  VALUE: ErrorType.VALUE,
  NUM: ErrorType.NUM,
  DIV0: ErrorType.DIV_BY_ZERO,
  NA: ErrorType.NA,
};

/** An error cell as Excel hands it to a custom function, keeping HyperFormula's original. */
interface IncomingError {
  readonly code: string;
  readonly message?: string;
  readonly cellError: CellError;
}

/** The text Excel shows for a HyperFormula error type. */
const ERROR_TEXT: Readonly<Record<ErrorType, string>> = {
  [ErrorType.DIV_BY_ZERO]: "#DIV/0!",
  [ErrorType.NA]: "#N/A",
  [ErrorType.NAME]: "#NAME?",
  [ErrorType.NUM]: "#NUM!",
  [ErrorType.REF]: "#REF!",
  [ErrorType.VALUE]: "#VALUE!",
  [ErrorType.CYCLE]: "#CYCLE!",
  [ErrorType.SPILL]: "#SPILL!",
  [ErrorType.LIC]: "#LIC!",
  [ErrorType.ERROR]: "#ERROR!",
};

/** One cell or scalar as Excel sends it. */
function excelValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError)
    return { code: ERROR_TEXT[value.type], message: value.message, cellError: value };
  return value;
}

function excelArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(excelValue));
  return excelValue(value);
}

/** The function's outcome as HyperFormula holds it. */
function hyperFormulaResult(
  outcome: ReturnType<typeof evaluate>
): number | string | boolean | CellError | SimpleRangeValue {
  // A row of figures spills like an Excel array result.
  if (isResultRow(outcome)) return SimpleRangeValue.onlyValues(outcome);
  if (isPassedError(outcome)) {
    const incoming = outcome.original as Partial<IncomingError>;
    return incoming.cellError ?? new CellError(ErrorType.VALUE, outcome.code);
  }
  if (isCalcError(outcome)) return new CellError(ERROR_TYPE[outcome.kind], outcome.message);
  return outcome;
}

/** The HyperFormula function id of an entry: MKT.ROMI. */
export function mktFunctionId(entry: CatalogueEntry): string {
  return `MKT.${entry.name}`;
}

function methodName(entry: CatalogueEntry): string {
  return `mkt_${entry.name}`;
}

function sizeMethodName(entry: CatalogueEntry): string {
  return `mkt_${entry.name}_size`;
}

function implementedFunctions(catalogue: readonly CatalogueEntry[]): ImplementedFunctions {
  const functions: ImplementedFunctions = {};
  for (const entry of catalogue) {
    functions[mktFunctionId(entry)] = {
      method: methodName(entry),
      ...(entry.resultColumns ? { sizeOfResultArrayMethod: sizeMethodName(entry) } : {}),
      parameters: entry.args.map((arg) => ({
        // SCALAR and RANGE hand values over uncoerced: the catalogue's declarations decide.
        argumentType:
          arg.kind === "range" ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
        optionalArg: arg.optional === true,
      })),
    };
  }
  return functions;
}

/** The argument list and interpreter state HyperFormula hands a plugin method. */
type RunArgs = Parameters<FunctionPlugin["runFunction"]>;

/** A plugin class computing the given catalogue (by default every MKT function). */
export function mktPluginFor(catalogue: readonly CatalogueEntry[] = CATALOGUE) {
  class MktPlugin extends FunctionPlugin {
    static override implementedFunctions = implementedFunctions(catalogue);
  }
  for (const entry of catalogue) {
    const id = mktFunctionId(entry);
    Object.defineProperty(MktPlugin.prototype, methodName(entry), {
      value: function (this: MktPlugin, ast: { args: RunArgs[0] }, state: RunArgs[1]) {
        return this.runFunction(ast.args, state, this.metadata(id), (...args: unknown[]) =>
          hyperFormulaResult(evaluate(entry, args.map(excelArgument)))
        );
      },
    });
    const columns = entry.resultColumns;
    if (columns)
      Object.defineProperty(MktPlugin.prototype, sizeMethodName(entry), {
        value: () => new ArraySize(columns, 1),
      });
  }
  return MktPlugin;
}

/** English names for the plugin's functions (HyperFormula asks for a translation per language). */
function translations(catalogue: readonly CatalogueEntry[]) {
  return { enGB: Object.fromEntries(catalogue.map((e) => [mktFunctionId(e), mktFunctionId(e)])) };
}

let registered = false;

/**
 * Registers the MKT functions with HyperFormula (a process-wide registry), once;
 * every engine built afterwards computes =MKT.* formulas.
 */
export function registerMktFunctions(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(mktPluginFor(CATALOGUE), translations(CATALOGUE));
  registered = true;
}

/**
 * HyperFormula knows TRUE and FALSE only as the functions TRUE() and FALSE();
 * Excel also reads them as literals (=IF(TRUE,1,2), {TRUE;FALSE}), as our
 * formula text writes them. Two workbook-level names give the literals their
 * Excel meaning in an engine.
 */
export function defineBooleanLiterals(hf: HyperFormula): void {
  if (!hf.isItPossibleToAddNamedExpression("TRUE", "=TRUE()")) return;
  hf.addNamedExpression("TRUE", "=TRUE()");
  hf.addNamedExpression("FALSE", "=FALSE()");
}

/** The options every engine of ours uses: raw doubles, no display rounding. */
export const MKT_ENGINE_CONFIG = {
  licenseKey: "gpl-v3",
  smartRounding: false,
} as const;

/**
 * An engine that computes =MKT.* formulas like Excel with the add-in: the
 * plugin registered, the boolean literals defined. `sheets` as for
 * HyperFormula.buildFromSheets; extra options override the defaults.
 */
export function mktEngine(
  sheets: Record<string, (string | number | boolean | null)[][]> = {},
  options: Parameters<typeof HyperFormula.buildFromSheets>[1] = {}
): HyperFormula {
  registerMktFunctions();
  const hf = HyperFormula.buildFromSheets(sheets, { ...MKT_ENGINE_CONFIG, ...options });
  defineBooleanLiterals(hf);
  return hf;
}
