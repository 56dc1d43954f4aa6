/** Column widths grow to fit header and label text, never shrink, and stop at a ceiling. */
import { fitColumnWidths } from "../../../src/core/sheet/fitColumns";
import type { PlanBlock } from "../../../src/core/sheet/plan";

const widths = [
  { column: "A", width: 190 },
  { column: "B", width: 95 },
  { column: "C", width: 95 },
];
const block = (address: string, cells: PlanBlock["cells"], role: PlanBlock["role"]): PlanBlock => ({
  address,
  cells,
  role,
});

describe("fitColumnWidths", () => {
  it("widens a column for a long header (6.5 pt a bold character plus padding)", () => {
    const fitted = fitColumnWidths(widths, [
      block("B2:C2", [["Запас до мин. маржи (>= 0)", "Ед."]], "header"),
    ]);
    expect(fitted).toEqual([
      { column: "A", width: 190 },
      { column: "B", width: Math.round(26 * 6.5 + 8) },
      { column: "C", width: 95 },
    ]);
  });

  it("widens for labels (5.8 pt a character), up to 300 pt", () => {
    const long = "x".repeat(80);
    expect(fitColumnWidths(widths, [block("A3", [[long]], "label")])[0].width).toBe(300);
    expect(fitColumnWidths(widths, [block("A3", [["y".repeat(40)]], "label")])[0].width).toBe(
      Math.round(40 * 5.8 + 8)
    );
  });

  it("never narrows, ignores formulas, numbers, headings, notes and inputs", () => {
    const blocks = [
      block("B1", [["A very long heading that spills to the right"]], "heading"),
      block("B2", [["=A10"]], "header"),
      block("C2", [[123456789]], "header"),
      block("B3", [["A very long note that wraps in its own column"]], "note"),
      block("C3", [["A user's own long segment name"]], "input"),
    ];
    expect(fitColumnWidths(widths, blocks)).toEqual(widths);
  });

  it.each([
    // Wrapped headers need only their longest word: "Затраты на производство, KZT" wraps at its spaces.
    ["Затраты на производство, KZT", 70, Math.round("производство,".length * 6.5 + 8)],
    ["Материалдар жинағының айлық құны, KZT", 70, Math.round("Материалдар".length * 6.5 + 8)],
    ["Прибыль на единицу, KZT", 95, 95],
  ])("with wrapped headers, fits the longest word of %p", (header, before, after) => {
    const fitted = fitColumnWidths(
      [{ column: "B", width: before }],
      [block("B2", [[header]], "header")],
      { wrapHeaders: true }
    );
    expect(fitted[0].width).toBe(after);
  });
});
