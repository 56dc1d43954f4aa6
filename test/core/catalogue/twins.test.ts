/**
 * Every native twin, evaluated by an independent formula engine (HyperFormula)
 * on randomly generated valid inputs, must agree with the TypeScript function:
 * numbers to 1e-9 relative, texts and booleans exactly. The twins are what the
 * task pane writes into shared sheets, so this is what keeps those sheets honest.
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
import { isFailure } from "../../../src/core/args";
import { validArgs } from "./arbitraries";

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

function columnLetter(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Lays the arguments out side by side on the Args sheet; returns their references. */
function layOut(
  entry: CatalogueEntry,
  args: unknown[]
): { cells: Cell[][]; refs: Record<string, string | undefined> } {
  const blocks: Cell[][][] = [];
  const refs: Record<string, string | undefined> = {};
  let col = 0;
  entry.args.forEach((decl, i) => {
    const value = args[i];
    if (value === null || value === undefined) return; // omitted optional
    const block: Cell[][] = Array.isArray(value) ? (value as Cell[][]) : [[value as Cell]];
    const width = block[0]?.length ?? 1;
    const start = `$${columnLetter(col)}$1`;
    const end = `$${columnLetter(col + width - 1)}$${block.length}`;
    refs[decl.name] = decl.kind === "range" ? `Args!${start}:${end}` : `Args!${start}`;
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
  it("substitutes references and writes an omitted optional argument's default", () => {
    const romi = CATALOGUE.find((e) => e.name === "ROMI")!;
    expect(renderTwin(romi, { incremental_revenue: "B1", marketing_cost: "B2" })).toBe(
      "(B1*1-B2)/B2"
    );
    expect(renderTwin(romi, { incremental_revenue: "B1" })).toBeNull();
  });

  it("uses the alternative formula for an omitted range", () => {
    const dn = CATALOGUE.find((e) => e.name === "NUMERIC_DIST")!;
    expect(renderTwin(dn, { carries: "C2:C9" })).toBe(
      'SUMPRODUCT(SIGN(C2:C9*1))/SUMPRODUCT(--(C2:C9<>""))'
    );
  });

  it("shows placeholders as argument names for the help pages, the first-row form included", () => {
    expect(templateWithNames("SUM({a})/ROWS({b.first_row})")).toBe("SUM(a)/ROWS(b.first_row)");
    expect(fillTemplate("{a}+{b}", (name) => (name === "a" ? "A1" : undefined))).toBeNull();
  });

  it("writes texts as Excel string literals", () => {
    const rating = CATALOGUE.find((e) => e.name === "ROMI_RATING")!;
    expect(renderTwin(rating, { romi: "B1" })).toContain('MATCH("en",');
  });
});

describe.each(CATALOGUE.map((e) => [e.name, e] as const))("native twin of %s", (_, entry) => {
  it.each(
    ENGINES.filter(
      ([, e]) => e.hf.getConfig().useArrayArithmetic || !entry.twin?.needsDynamicArrays
    )
  )("agrees with the TypeScript function on random valid inputs (HyperFormula %s)", (_label, e) => {
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
  });
});
