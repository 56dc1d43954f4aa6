/**
 * Every native twin, evaluated by an independent formula engine (HyperFormula),
 * must agree with the TypeScript function on randomly generated valid inputs
 * (numbers to 1e-9 relative, texts and booleans exactly) and on inputs from
 * the whole domain: texts, TRUE/FALSE, blanks, "" , error cells, negative and
 * out-of-range figures, ranges of different shapes. Where the function gives
 * an Excel error the twin gives one too (the same one for functions without
 * ranges), and where it gives a value the twin gives the same value. The twins
 * are what "Make shareable" and `mkt share` write, so this keeps them honest.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import {
  CATALOGUE,
  CatalogueEntry,
  evaluate,
  fillTemplate,
  firstRowOf,
  renderTwin,
  templateWithNames,
} from "../../../src/core/catalogue";
import { isFailure } from "../../../src/core/errors";
import { columnLetter } from "../../../src/core/a1";
import { sheetReference } from "../../../src/core/formulaText";
import { SheetValue, sheetArgs, validArgs } from "./arbitraries";
import { EXCEL_ERROR_TEXT, isCalcError } from "../../../src/core/errors";

const RUNS = 60;
const RELATIVE_TOLERANCE = 1e-9;

type Cell = number | string | boolean | null;

/**
 * Two engines: with array arithmetic, as Excel 365 evaluates array expressions
 * such as SIGN(range*1) natively (dynamic arrays); and without, as Excel 2016/2019
 * does, where only functions that take arrays themselves (SUMPRODUCT) see them.
 * A twin marked `needsDynamicArrays` is checked on the first engine only.
 */
function engine(useArrayArithmetic: boolean) {
  const hf = HyperFormula.buildEmpty({
    licenseKey: "gpl-v3",
    useArrayArithmetic,
    // Compare raw doubles: no display rounding, no epsilon snapping in comparisons.
    smartRounding: false,
    precisionEpsilon: 0,
  });
  return {
    hf,
    argsSheet: hf.getSheetId(hf.addSheet("Args"))!,
    calcSheet: hf.getSheetId(hf.addSheet("Calc"))!,
  };
}
const ENGINES = [
  ["with dynamic arrays (Excel 365)", engine(true)],
  ["without dynamic arrays (Excel 2016/2019)", engine(false)],
] as const;

/** Lays the arguments out side by side on the Args sheet; returns their references. */
function layOut(
  entry: CatalogueEntry,
  args: unknown[],
  nullIsBlankCell = false
): { cells: Cell[][]; refs: Record<string, string | undefined> } {
  const blocks: Cell[][][] = [];
  const refs: Record<string, string | undefined> = {};
  let col = 0;
  entry.args.forEach((decl, i) => {
    const value = args[i];
    if (value === undefined || (value === null && !nullIsBlankCell)) return; // omitted optional
    const block: Cell[][] = Array.isArray(value) ? (value as Cell[][]) : [[value as Cell]];
    const width = block[0]?.length ?? 1;
    const start = `$${columnLetter(col + 1)}$1`;
    const end = `$${columnLetter(col + width)}$${block.length}`;
    refs[decl.name] = sheetReference("Args", decl.kind === "range" ? `${start}:${end}` : start);
    blocks.push(block.map((row) => [...row]));
    col += width;
  });
  const height = Math.max(1, ...blocks.map((b) => b.length));
  const cells: Cell[][] = Array.from({ length: height }, () => []);
  for (const block of blocks) {
    const width = block[0]?.length ?? 1;
    for (let r = 0; r < height; r++) cells[r].push(...(block[r] ?? Array<Cell>(width).fill(null)));
  }
  return { cells, refs };
}

function agree(native: unknown, ours: unknown): boolean {
  if (typeof ours === "number" && typeof native === "number") {
    return (
      Math.abs(native - ours) <= RELATIVE_TOLERANCE * Math.max(Math.abs(native), Math.abs(ours)) ||
      native === ours
    );
  }
  return native === ours;
}

describe("firstRowOf", () => {
  it.each([
    ["Args!$B$2:$D$100", "Args!$B$2:$D$2"],
    ["B2:D9", "B2:D2"],
    ["'My sheet'!A1:C3", "'My sheet'!A1:C1"],
    ["A1", "A1"],
  ])("%s → %s", (ref, expected) => expect(firstRowOf(ref)).toBe(expected));
});

describe("renderTwin", () => {
  it("checks each argument as the function does, then computes the template", () => {
    const romi = CATALOGUE.find((e) => e.name === "ROMI")!;
    expect(renderTwin(romi, { incremental_revenue: "B1", marketing_cost: "B2" })).toBe(
      'IF(NOT(OR(ISNUMBER(B1),B1="")),#VALUE!,IF(NOT(OR(ISNUMBER(B2),B2="")),#VALUE!,IF(N(B2)=0,#DIV/0!,IF(N(B2)<=0,#NUM!,(N(B1)*1-N(B2))/N(B2)))))'
    );
    expect(renderTwin(romi, { incremental_revenue: "B1" })).toBeNull();
  });

  it("checks literal arguments when rendering: a twin over literals has no runtime checks", () => {
    const romi = CATALOGUE.find((e) => e.name === "ROMI")!;
    expect(renderTwin(romi, { incremental_revenue: "500", marketing_cost: "100" })).toBe(
      "(500*1-100)/100"
    );
    expect(renderTwin(romi, { incremental_revenue: "500", marketing_cost: "0" })).toBe("#DIV/0!");
    expect(renderTwin(romi, { incremental_revenue: '"abc"', marketing_cost: "B2" })).toBe(
      "#VALUE!"
    );
  });

  it("uses the alternative formula for an omitted range, and skips checks that name it", () => {
    const dn = CATALOGUE.find((e) => e.name === "NUMERIC_DIST")!;
    const twin = renderTwin(dn, { carries: "C2:C9" })!;
    expect(twin).toContain(
      'SUMPRODUCT((--(ISNUMBER(C2:C9)*(C2:C9>0)+(C2:C9=TRUE())>0)))/SUMPRODUCT(--(C2:C9<>""))'
    );
    expect(twin).not.toContain("ROWS(");
  });

  it("gives POSM_PAYBACK #NUM! when it never pays back and 0 with nothing to pay back", () => {
    const payback = CATALOGUE.find((e) => e.name === "POSM_PAYBACK")!;
    const hf = HyperFormula.buildFromArray(
      [
        [3000, 100, 1, 200],
        [0, 100, 1, 100],
        [
          `=${renderTwin(payback, { production_cost: "A1", monthly_unit_uplift: "B1", unit_profit: "C1", monthly_placement_cost: "D1" })}`,
        ],
        [
          `=${renderTwin(payback, { production_cost: "A2", monthly_unit_uplift: "B2", unit_profit: "C2", monthly_placement_cost: "D2" })}`,
        ],
      ],
      { licenseKey: "gpl-v3" }
    );
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 0 })).toMatchObject({ value: "#NUM!" });
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 0 })).toBe(0);
  });

  // Counts near the largest double: N + M overflows, and Excel (like HyperFormula) answers #NUM!
  // to an infinite sum where the function answers the share.
  it.each([
    [1.5e308, 1.5e308, 0.5],
    [Number.MAX_VALUE, Number.MAX_VALUE, 0.5],
    [Number.MAX_VALUE, 0, 0],
    [1e308, 1e308, 0.5],
    [10, 2, 2 / 12],
  ])(
    "gives BUNDLE_DISCOUNT(%p, %p) = %p like the function, even where buy + free overflows",
    (buy, free, share) => {
      const bundle = CATALOGUE.find((e) => e.name === "BUNDLE_DISCOUNT")!;
      const twin = renderTwin(bundle, { buy_qty: "A1", free_qty: "B1" });
      const hf = HyperFormula.buildFromArray([[buy, free], [`=${twin}`]], {
        licenseKey: "gpl-v3",
        smartRounding: false,
      });
      expect(evaluate(bundle, [buy, free])).toBe(share);
      expect(hf.getCellValue({ sheet: 0, row: 1, col: 0 })).toBe(share);
    }
  );

  it("shows placeholders as argument names for the help pages, the first-row form included", () => {
    expect(templateWithNames("SUM({a})/ROWS({b.first_row})")).toBe("SUM(a)/ROWS(b.first_row)");
    expect(fillTemplate("{a}+{b}", (name) => (name === "a" ? "A1" : undefined))).toBeNull();
  });

  it("writes texts as Excel string literals", () => {
    const rating = CATALOGUE.find((e) => e.name === "ROMI_RATING")!;
    expect(renderTwin(rating, { romi: "B1" })).toContain('MATCH("en",');
  });
});

describe.each(CATALOGUE.filter((e) => e.twin).map((e) => [e.name, e] as const))(
  "native twin of %s",
  (_, entry) => {
    it.each(
      ENGINES.filter(
        ([, e]) => e.hf.getConfig().useArrayArithmetic || !entry.twin?.needsDynamicArrays
      )
    )(
      "agrees with the TypeScript function on random valid inputs (HyperFormula %s)",
      (_label, e) => {
        const { hf, argsSheet, calcSheet } = e;
        let compared = 0;
        fc.assert(
          fc.property(validArgs(entry), (args) => {
            const ours = evaluate(entry, args);
            fc.pre(!isFailure(ours)); // twins are compared on inputs the function accepts
            const { cells, refs } = layOut(entry, args);
            const formula = renderTwin(entry, refs);
            if (formula === null) return false;
            hf.setSheetContent(argsSheet, cells);
            hf.setSheetContent(calcSheet, [[`=${formula}`]]);
            const native = hf.getCellValue({ sheet: calcSheet, row: 0, col: 0 });
            compared++;
            if (!agree(native, ours))
              throw new Error(
                `${formula}\nargs ${JSON.stringify(args)}\nnative ${JSON.stringify(native)} vs ours ${JSON.stringify(ours)}`
              );
            return true;
          }),
          // A failing twin is reported at once: shrinking through HyperFormula takes minutes.
          { numRuns: RUNS, endOnFailure: true }
        );
        expect(compared).toBeGreaterThan(RUNS / 3);
      }
    );
  }
);

/** A sheet value as HyperFormula cell content: texts and errors through formulas, so "12" stays text. */
function hfContent(value: unknown): Cell {
  if (typeof value === "string") return `="${value.replace(/"/g, '""')}"`;
  if (typeof value === "object" && value !== null && "code" in value)
    return (value as { code: string }).code === "#N/A" ? "=NA()" : "=1/0";
  return value as Cell;
}

function toContent(args: unknown[]): unknown[] {
  return args.map((a) =>
    Array.isArray(a)
      ? (a as SheetValue[][]).map((row) => row.map(hfContent))
      : a === undefined
        ? undefined
        : hfContent(a)
  );
}

/** The Excel error text of an outcome that failed: a calculation error or an error passed on. */
function errorText(outcome: unknown): string {
  return isCalcError(outcome) ? EXCEL_ERROR_TEXT[outcome.kind] : (outcome as { code: string }).code;
}

describe.each(CATALOGUE.filter((e) => e.twin).map((e) => [e.name, e] as const))(
  "native twin of %s on the whole domain",
  (_, entry) => {
    const { hf, argsSheet, calcSheet } = ENGINES[0][1];
    const hasRange = entry.args.some((a) => a.kind === "range");
    it(`gives an error exactly where the function does${hasRange ? "" : " (the same error)"}, and the same value elsewhere`, () => {
      fc.assert(
        fc.property(sheetArgs(entry), (args) => {
          // Omitted optional arguments reach the function as null, like Excel's omitted arguments.
          const ours = evaluate(
            entry,
            args.map((a) => (a === undefined ? null : a))
          );
          const { cells, refs } = layOut(entry, toContent(args), true);
          const formula = renderTwin(entry, refs)!;
          hf.setSheetContent(argsSheet, cells);
          hf.setSheetContent(calcSheet, [[`=${formula}`]]);
          const native = hf.getCellValue({ sheet: calcSheet, row: 0, col: 0 });
          const nativeError = typeof native === "object" && native !== null ? native.value : null;
          const describeRun = () =>
            `${formula}\nargs ${JSON.stringify(args)}\nnative ${JSON.stringify(native)} vs ours ${JSON.stringify(ours)}`;
          if (isFailure(ours)) {
            if (nativeError === null)
              throw new Error(`twin gave a value where the function errs:\n${describeRun()}`);
            if (!hasRange && nativeError !== errorText(ours))
              throw new Error(`different error:\n${describeRun()}`);
          } else if (!agree(native, ours)) throw new Error(describeRun());
        }),
        { numRuns: RUNS * 3, endOnFailure: true }
      );
    });
  }
);

describe.each(CATALOGUE.filter((e) => e.twin?.olderExcel).map((e) => [e.name, e] as const))(
  "older-Excel form of %s",
  (_, entry) => {
    it("agrees with the function on random valid range arguments (HyperFormula without dynamic arrays)", () => {
      const { hf, argsSheet, calcSheet } = ENGINES[1][1];
      let compared = 0;
      fc.assert(
        fc.property(validArgs(entry), (args) => {
          const ours = evaluate(entry, args);
          fc.pre(!isFailure(ours));
          const { cells, refs } = layOut(entry, args);
          const omitted = entry.args.find((a) => refs[a.name] === undefined)?.name;
          const form = entry.twin!.olderExcel!.find((f) => f.omitted === omitted);
          if (!form) return true;
          hf.setSheetContent(argsSheet, cells);
          hf.setSheetContent(calcSheet, [[`=${fillTemplate(form.formula, (name) => refs[name])}`]]);
          const native = hf.getCellValue({ sheet: calcSheet, row: 0, col: 0 });
          compared++;
          if (!agree(native, ours))
            throw new Error(
              `${form.formula}\nargs ${JSON.stringify(args)}\nnative ${JSON.stringify(native)} vs ours ${JSON.stringify(ours)}`
            );
          return true;
        }),
        { numRuns: RUNS, endOnFailure: true }
      );
      expect(compared).toBeGreaterThan(RUNS / 3);
    });
  }
);
