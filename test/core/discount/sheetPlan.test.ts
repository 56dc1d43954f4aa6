import { buildDiscountSheetPlan, type DiscountModelInput } from "../../../src/core/discount";
import { SOLVER_DEFAULT_OPTIONS } from "../../../src/core/sheet/solverModel";
import { loadExample } from "./fixtures";
import { parseRange } from "../../../src/core/a1";
import { generateModels } from "../../../testkit/generateModels";

const sample = loadExample("sockets.json");

describe("buildDiscountSheetPlan", () => {
  const plan = buildDiscountSheetPlan(sample);
  const formulas = plan.blocks
    .flatMap((b) => b.cells.flat())
    .filter((v): v is string => typeof v === "string" && v.startsWith("="));
  const name = (n: string) => plan.names.find((x) => x.name === n);

  it("uses only native formulas with , separators, never MKT. functions or other sheets", () => {
    expect(formulas.length).toBeGreaterThan(50);
    for (const f of formulas) {
      expect(f).not.toMatch(/MKT\./i);
      expect(f).not.toMatch(/!/);
      expect(f).not.toMatch(/;/);
    }
  });

  it("stores the Solver model: maximise the objective by changing the decisions, 3 constraints, GRG, version 3", () => {
    expect(name("solver_opt")?.refersTo).toEqual({ range: "B32" });
    expect(name("solver_typ")?.refersTo).toEqual({ value: 1 });
    expect(name("solver_adj")?.refersTo).toEqual({ range: "B25:B27" });
    expect(name("solver_num")?.refersTo).toEqual({ value: 3 });
    expect(
      [1, 2, 3].map((i) => [
        name(`solver_lhs${i}`)?.refersTo,
        name(`solver_rel${i}`)?.refersTo,
        name(`solver_rhs${i}`)?.refersTo,
      ])
    ).toEqual([
      [{ range: "H25:H27" }, { value: 3 }, { value: 0 }],
      [{ range: "B25:B27" }, { value: 1 }, { range: "J25:J27" }],
      [{ range: "I25:I26" }, { value: 3 }, { value: 0 }],
    ]);
    expect(name("solver_eng")?.refersTo).toEqual({ value: 1 });
    // GRG Nonlinear for Excel, and for LibreOffice 24.2+ (which reads solver_lo_eng, else
    // falls back to the linear CoinMP) its Swarm solver, as LibreOffice maps engine 1.
    expect(name("solver_lo_eng")?.refersTo).toEqual({
      value: "com.sun.star.comp.Calc.SwarmSolver",
    });
    expect(name("solver_neg")?.refersTo).toEqual({ value: 1 });
    expect(name("solver_ver")?.refersTo).toEqual({ value: 3 });
    expect(name("solver_msl")).toBeDefined();
    for (const [n, v] of SOLVER_DEFAULT_OPTIONS) expect(name(n)?.refersTo).toEqual({ value: v });
  });

  it("writes the model name and currency as text (format @), so a name like 1-9 never becomes a date", () => {
    const named = buildDiscountSheetPlan({ ...sample, name: "1-9", currency: "1/2" });
    const meta = named.blocks.find((b) => b.address === "B4:B5")!;
    expect(meta.cells).toEqual([["1-9"], ["1/2"]]);
    expect(meta.numberFormat).toEqual([["@"], ["@"]]);
  });

  it("marks inputs and decisions with their roles and puts the optimiser's discounts in the decision cells", () => {
    const solved = buildDiscountSheetPlan(sample, { discounts: [0, 0.1, 0.2] });
    const decision = solved.blocks.find((b) => b.role === "decision")!;
    expect(decision.address).toBe("B25:B27");
    expect(decision.cells).toEqual([[0], [0.1], [0.2]]);
    expect(solved.blocks.filter((b) => b.role === "input").map((b) => b.address)).toEqual([
      "B4:B5",
      "B6:B9",
      "A13:E15",
      "A19:E21",
    ]);
    expect(() => buildDiscountSheetPlan(sample, { discounts: [0] })).toThrow(RangeError);
  });

  it("has a how-to-solve note naming Data > Solver, GRG's local optimum and Multistart", () => {
    const text = plan.blocks
      .filter((b) => b.role === "note")
      .flatMap((b) => b.cells.flat())
      .join(" ");
    expect(text).toMatch(/Data > Solver > Solve/);
    expect(text).toMatch(/local optimum/);
    expect(text).toMatch(/Multistart/);
  });

  it("puts the how-to-solve notes under the summary, one paragraph a row merged across A:G, before the calculations", () => {
    // Summary A29:B35, the heading in A37, five notes and the optional sixth (none here) in rows 38-43.
    expect(plan.blocks).toContainEqual(
      expect.objectContaining({ address: "A37:A37", cells: [["How to solve"]], role: "heading" })
    );
    const notes = plan.blocks.find((b) => b.role === "note")!;
    expect(notes.address).toBe("A38:A43");
    expect(notes.cells[5]).toEqual([null]);
    expect(plan.merges).toEqual(
      expect.arrayContaining([38, 39, 40, 41, 42].map((r) => `A${r}:G${r}`))
    );
    expect(plan.blocks).toContainEqual(
      expect.objectContaining({ address: "A45:A45", role: "heading" })
    );
  });

  it("feeds a scatter chart with lines from the sensitivity table (0 to 30% in 1-point steps: 31 rows), beside it", () => {
    const x = { address: "A59:A89" };
    expect(plan.charts).toEqual([
      expect.objectContaining({
        kind: "scatter",
        series: [
          { name: "1-9", values: { address: "B59:B89" }, categories: x, look: "line" },
          { name: "10-49", values: { address: "C59:C89" }, categories: x, look: "line" },
          { name: "50+", values: { address: "D59:D89" }, categories: x, look: "line" },
        ],
        anchor: { from: "F58", to: "K77" },
      }),
    ]);
  });

  it.each(
    generateModels(3, 5, (r) => ({
      tiers: 1 + Math.floor(r() * 20),
      segments: 1 + Math.floor(r() * 10),
    })).map((m): [number, number, DiscountModelInput] => [m.tiers.length, m.segments.length, m])
  )("blocks match their addresses and never overlap (%i tiers, %i segments)", (_, __, model) => {
    const p = buildDiscountSheetPlan(model);
    const seen = new Set<string>();
    for (const b of p.blocks) {
      const { from, to } = parseRange(b.address);
      expect(to.row - from.row + 1).toBe(b.cells.length);
      expect(to.col - from.col + 1).toBe(b.cells[0].length);
      for (let r = from.row; r <= to.row; r++)
        for (let c = from.col; c <= to.col; c++) {
          const key = `${r}:${c}`;
          expect(seen.has(key)).toBe(false);
          seen.add(key);
        }
    }
  });
});

describe("discount sheet layout in every language", () => {
  it.each(["en", "ru", "kk"] as const)(
    "%s: the input rows (title to the inputs' last row) keep Excel's row height; only header and note rows grow",
    (language) => {
      const plan = buildDiscountSheetPlan(sample, {
        language,
        note: "Where the discounts came from.",
      });
      const grown = (plan.rowHeights ?? []).map((h) => h.row);
      // Rows 1-9: title, inputs heading, name, currency, the four price inputs.
      expect(grown.filter((row) => row <= 9)).toEqual([]);
      const roles = new Map<number, string>();
      for (const b of plan.blocks) {
        const { from, to } = parseRange(b.address);
        for (let r = from.row; r <= to.row; r++)
          if (!roles.has(r) || b.role === "note" || b.role === "header") roles.set(r, b.role);
      }
      for (const row of grown) expect(["header", "note"]).toContain(roles.get(row));
    }
  );

  it.each(["en", "ru", "kk"] as const)(
    "%s: every printed page repeats the title and the empty row under it",
    (language) => {
      const plan = buildDiscountSheetPlan(sample, { language });
      expect(plan.page?.titleRows).toBe(2);
      const row2 = plan.blocks.filter((b) => /^[A-Z]+2:/.test(b.address));
      expect(row2).toEqual([]);
    }
  );
});
