/**
 * Test helper: loads a SheetPlan into HyperFormula (an independent formula
 * engine) so tests can set cells and read what the worksheet computes.
 */
import { HyperFormula } from "hyperformula";
import type { PlanScalar, SheetPlan } from "../../../src/core/sheetPlan";

export function parseCell(a1: string): { col: number; row: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad cell ${a1}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) - 1 };
}

export function parseRange(address: string): { from: { col: number; row: number }; to: { col: number; row: number } } {
  const [a, b] = address.split(":");
  const from = parseCell(a);
  return { from, to: b === undefined ? from : parseCell(b) };
}

export class PlanEngine {
  readonly hf: HyperFormula;
  readonly sheet: number;

  constructor(readonly plan: SheetPlan) {
    const data: PlanScalar[][] = [];
    for (const block of plan.blocks) {
      const { from, to } = parseRange(block.address);
      if (to.row - from.row + 1 !== block.cells.length || to.col - from.col + 1 !== block.cells[0].length) {
        throw new Error(`block ${block.address} does not match its cells`);
      }
      block.cells.forEach((row, i) =>
        row.forEach((value, j) => {
          const r = from.row + i;
          while (data.length <= r) data.push([]);
          data[r][from.col + j] = value;
        }),
      );
    }
    const width = Math.max(...data.map((r) => r.length));
    const rect = data.map((r) => Array.from({ length: width }, (_, j) => (r[j] === undefined ? null : r[j])));
    // smartRounding off: HyperFormula otherwise rounds what it returns to ~10 digits.
    this.hf = HyperFormula.buildFromSheets({ Plan: rect }, { licenseKey: "gpl-v3", smartRounding: false });
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
      for (let c = from.col; c <= to.col; c++) row.push(this.hf.getCellValue({ sheet: this.sheet, col: c, row: r }));
      out.push(row);
    }
    return out;
  }

  setColumn(address: string, values: readonly number[]): void {
    const { from } = parseRange(address);
    this.hf.setCellContents({ sheet: this.sheet, col: from.col, row: from.row }, values.map((v) => [v]));
  }

  rangeOfName(name: string): string {
    const n = this.plan.names.find((x) => x.name === name);
    if (!n || !("range" in n.refersTo)) throw new Error(`no range name ${name}`);
    return n.refersTo.range;
  }
}
