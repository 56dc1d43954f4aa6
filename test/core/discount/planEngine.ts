/**
 * Test helper: loads a SheetPlan into HyperFormula (an independent formula
 * engine) so tests can set cells and read what the worksheet computes.
 */
import { HyperFormula } from "hyperformula";
import type { PlanScalar, SheetPlan } from "../../../src/core/sheet/plan";
import { parseCell as parseA1, parseRange as parseA1Range } from "../../../src/core/a1";

/** 0-based coordinates, as HyperFormula counts. */
function parseCell(a1: string): { col: number; row: number } {
  const p = parseA1(a1);
  return { col: p.col - 1, row: p.row - 1 };
}

function parseRange(address: string) {
  const r = parseA1Range(address);
  return {
    from: { col: r.from.col - 1, row: r.from.row - 1 },
    to: { col: r.to.col - 1, row: r.to.row - 1 },
  };
}

export class PlanEngine {
  readonly hf: HyperFormula;
  readonly sheet: number;

  constructor(readonly plan: SheetPlan) {
    const data: PlanScalar[][] = [];
    for (const block of plan.blocks) {
      const { from, to } = parseRange(block.address);
      if (
        to.row - from.row + 1 !== block.cells.length ||
        to.col - from.col + 1 !== block.cells[0].length
      ) {
        throw new Error(`block ${block.address} does not match its cells`);
      }
      block.cells.forEach((row, i) =>
        row.forEach((value, j) => {
          const r = from.row + i;
          while (data.length <= r) data.push([]);
          data[r][from.col + j] = value;
        })
      );
    }
    const width = Math.max(...data.map((r) => r.length));
    const rect = data.map((r) =>
      Array.from({ length: width }, (_, j) => (r[j] === undefined ? null : r[j]))
    );
    // smartRounding off: HyperFormula otherwise rounds what it returns to ~10 digits.
    this.hf = HyperFormula.buildFromSheets(
      { Plan: rect },
      { licenseKey: "gpl-v3", smartRounding: false }
    );
    this.sheet = this.hf.getSheetId("Plan")!;
  }

  value(a1: string): unknown {
    const { col, row } = parseCell(a1);
    return this.hf.getCellValue({ sheet: this.sheet, col, row });
  }

  values(address: string): unknown[][] {
    const { from, to } = parseRange(address);
    const out: unknown[][] = [];
    for (let r = from.row; r <= to.row; r++) {
      const row: unknown[] = [];
      for (let c = from.col; c <= to.col; c++)
        row.push(this.hf.getCellValue({ sheet: this.sheet, col: c, row: r }));
      out.push(row);
    }
    return out;
  }

  setColumn(address: string, values: readonly number[]): void {
    const { from } = parseRange(address);
    this.hf.setCellContents(
      { sheet: this.sheet, col: from.col, row: from.row },
      values.map((v) => [v])
    );
  }

  rangeOfName(name: string): string {
    const n = this.plan.names.find((x) => x.name === name);
    if (!n || !("range" in n.refersTo)) throw new Error(`no range name ${name}`);
    return n.refersTo.range;
  }
}
