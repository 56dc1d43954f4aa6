/**
 * Test helper: loads a guided sheet plan, its data sheets and any other
 * sheets (a user's table the plan reads in place) into HyperFormula, and
 * reads the plan's named results; `mkt` evaluates a catalogue function the
 * way Excel would call it, as the reference the sheets must equal.
 */
import { HyperFormula } from "hyperformula";
import { parseRange } from "../../../src/core/a1";
import { evaluate } from "../../../src/core/catalogue/entry";
import { findEntry } from "../../../src/core/catalogue";
import type { PlanScalar, SheetPlan } from "../../../src/core/sheet/plan";
import { sanitiseSheetName } from "../../../src/core/sheet/sheetName";

type Cells = PlanScalar[][];

function planCells(plan: SheetPlan): Cells {
  const data: Cells = [];
  for (const b of plan.blocks) {
    const { from } = parseRange(b.address);
    b.cells.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = from.row - 1 + i;
        while (data.length <= r) data.push([]);
        data[r][from.col - 1 + j] = value;
      })
    );
  }
  const width = Math.max(...data.map((r) => r.length));
  return data.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? null));
}

export class GuidedEngine {
  readonly hf: HyperFormula;
  readonly sheetName: string;

  constructor(
    readonly plan: SheetPlan,
    others: Record<string, Cells> = {}
  ) {
    this.sheetName = sanitiseSheetName(plan.sheetName);
    const sheets: Record<string, Cells> = { ...others };
    for (const d of plan.dataSheets ?? []) sheets[d.name] = [d.header, ...d.rows];
    sheets[this.sheetName] = planCells(plan);
    // Excel evaluates SUMPRODUCT's arguments as arrays; HyperFormula needs array arithmetic for that.
    this.hf = HyperFormula.buildFromSheets(sheets, {
      licenseKey: "gpl-v3",
      smartRounding: false,
      useArrayArithmetic: true,
    });
  }

  /** The values of a plan name (row-major). */
  named(name: string): unknown[][] {
    const n = this.plan.names.find((x) => x.name === name);
    if (!n || !("range" in n.refersTo)) throw new Error(`no range name ${name}`);
    return this.values(n.refersTo.range);
  }

  /** The named range as one list (a row or a column). */
  list(name: string): unknown[] {
    return this.named(name).flat();
  }

  values(address: string): unknown[][] {
    const { from, to } = parseRange(address);
    const sheet = this.hf.getSheetId(this.sheetName)!;
    const out: unknown[][] = [];
    for (let r = from.row; r <= to.row; r++) {
      const row: unknown[] = [];
      for (let c = from.col; c <= to.col; c++)
        row.push(this.hf.getCellValue({ sheet, row: r - 1, col: c - 1 }));
      out.push(row);
    }
    return out;
  }

  /** Every formula cell that evaluates to an error (none is allowed on a valid input). */
  errors(): string[] {
    const sheet = this.hf.getSheetId(this.sheetName)!;
    const out: string[] = [];
    this.hf.getSheetValues(sheet).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && typeof v === "object") out.push(`${r + 1}:${c + 1} ${JSON.stringify(v)}`);
      })
    );
    return out;
  }
}

/** A catalogue function's value for raw Excel arguments (2-D arrays for ranges). */
export function mkt(name: string, ...args: unknown[]): unknown {
  const entry = findEntry(name);
  if (!entry) throw new Error(`no function ${name}`);
  return evaluate(entry, args);
}
