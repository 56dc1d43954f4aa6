/**
 * Test helper: a sheet plan with its words blanked, i.e. what must not depend
 * on the sheet's language. Text cells (except the user's own inputs), the text
 * inside formulas ("no growth", a ROMI band), the data sheets' names where the
 * formulas refer to them, the names' comments and the charts' titles and
 * series names become "·"; formulas, number formats, roles, addresses, names,
 * the Solver model, chart ranges and the columns given a width stay as they are.
 */
import type { SheetPlan } from "../../../src/core/sheet/plan";

const WORD = "·";

export function withoutWords(plan: SheetPlan) {
  const dataSheets = (plan.dataSheets ?? []).map((d) => d.name);
  const inFormula = (formula: string) =>
    dataSheets
      .reduce((f, name) => f.split(name).join(WORD), formula)
      .replace(/"(?:[^"]|"")*"/g, `"${WORD}"`);
  const cell = (v: unknown, role: string) => {
    if (typeof v !== "string") return v;
    if (v.startsWith("=")) return inFormula(v);
    return role === "input" ? v : WORD;
  };
  return {
    blocks: plan.blocks.map((b) => ({
      ...b,
      cells: b.cells.map((row) => row.map((v) => cell(v, b.role))),
    })),
    names: plan.names.map(({ comment: _comment, ...name }) =>
      "range" in name.refersTo
        ? { ...name, refersTo: { range: inFormula(name.refersTo.range) } }
        : name
    ),
    charts: plan.charts.map((chart) =>
      JSON.stringify(chart, (key, value) => (/title|^name$/i.test(key) ? WORD : value))
    ),
    dataSheets: (plan.dataSheets ?? []).map((d) => ({ ...d, name: WORD })),
    // Widths may follow the words (fitted columns); which columns are set may not.
    columns: plan.columnWidths.map((w) => w.column),
    focus: plan.focus,
  };
}
