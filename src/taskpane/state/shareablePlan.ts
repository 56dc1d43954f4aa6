/**
 * "Make shareable", the pure part: from the formulas read out of the
 * workbook, which cells change (each MKT call replaced by its native twin),
 * which functions those are and how often, and which calls stay (no twin, and
 * why); then how to write the changes in batches that stay within Office.js's
 * request limit.
 *
 * The limit: Excel on the web refuses a request or response above 5 MB
 * (Microsoft, "Resource limits and performance optimization for Office
 * Add-ins", Excel add-ins section; the error is RequestPayloadSizeLimitExceeded).
 * Writes are planned against WRITE_BUDGET_BYTES, well under it: each batch
 * holds runs of vertically adjacent changed cells whose formula texts, counted
 * as UTF-16 JSON (every character up to 6 bytes escaped, plus per-cell and
 * per-range overhead), add up to at most the budget; a batch is one sync.
 */
import { CATALOGUE } from "../../core/catalogue";
import { catalogueByName, KeptReason, toNativeFormula } from "../../core/formula/toNative";

export type ShareScope = "selection" | "sheet" | "workbook";

/** One formula cell as read: its sheet, A1 address (no sheet) and formula. */
export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
}

export interface CellChange extends FormulaCell {
  readonly after: string;
}

export interface ShareablePlan {
  readonly scope: ShareScope;
  readonly changes: readonly CellChange[];
  /** Function name → number of calls replaced. */
  readonly functions: Readonly<Record<string, number>>;
  /** Function name → why its calls stay (first reason seen) and how many. */
  readonly kept: Readonly<Record<string, { reason: KeptReason; count: number }>>;
  readonly sheets: readonly string[];
}

const BY_NAME = catalogueByName(CATALOGUE);

/** Plans the rewrite of every cell whose formula calls an MKT function. */
export function planShareable(scope: ShareScope, cells: readonly FormulaCell[]): ShareablePlan {
  const changes: CellChange[] = [];
  const functions: Record<string, number> = {};
  const kept: Record<string, { reason: KeptReason; count: number }> = {};
  for (const cell of cells) {
    if (!cell.formula.startsWith("=")) continue;
    const conversion = toNativeFormula(cell.formula, BY_NAME);
    for (const name of conversion.converted) functions[name] = (functions[name] ?? 0) + 1;
    for (const k of conversion.kept) {
      const seen = kept[k.name];
      kept[k.name] = { reason: seen?.reason ?? k.reason, count: (seen?.count ?? 0) + 1 };
    }
    if (conversion.changed) changes.push({ ...cell, after: conversion.formula });
  }
  const sheets = [...new Set(changes.map((c) => c.sheet))];
  return { scope, changes, functions, kept, sheets };
}

/** Excel on the web's request limit (5 MB) and the budget a write batch is planned against. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
export const WRITE_BUDGET_BYTES = 2 * 1024 * 1024;
/** Per-cell and per-range JSON overhead allowed for in the estimate (quotes, brackets, address, method). */
const CELL_OVERHEAD_BYTES = 8;
const RANGE_OVERHEAD_BYTES = 200;

/** A run of vertically adjacent cells in one column of one sheet, written as one range. */
export interface WriteRun {
  readonly sheet: string;
  /** "B2" or "B2:B9". */
  readonly address: string;
  /** One formula per row. */
  readonly formulas: readonly string[];
}

const CELL = /^([A-Z]+)(\d+)$/;

/** Worst-case bytes of a formula inside the request's JSON: each character escaped to 6. */
export function formulaBytes(formula: string): number {
  return formula.length * 6 + CELL_OVERHEAD_BYTES;
}

/** Groups cells (sheet, address, formula to write) into runs of adjacent rows in a column. */
export function writeRuns(
  cells: readonly { sheet: string; address: string; formula: string }[]
): WriteRun[] {
  const sorted = [...cells].sort((a, b) => {
    const ma = CELL.exec(a.address)!;
    const mb = CELL.exec(b.address)!;
    return (
      a.sheet.localeCompare(b.sheet) ||
      ma[1].length - mb[1].length ||
      ma[1].localeCompare(mb[1]) ||
      Number(ma[2]) - Number(mb[2])
    );
  });
  const runs: { sheet: string; column: string; first: number; last: number; formulas: string[] }[] =
    [];
  for (const cell of sorted) {
    const [, column, row] = CELL.exec(cell.address)!;
    const r = Number(row);
    const run = runs[runs.length - 1];
    if (run && run.sheet === cell.sheet && run.column === column && run.last === r - 1) {
      run.last = r;
      run.formulas.push(cell.formula);
    } else runs.push({ sheet: cell.sheet, column, first: r, last: r, formulas: [cell.formula] });
  }
  return runs.map((r) => ({
    sheet: r.sheet,
    address:
      r.first === r.last ? `${r.column}${r.first}` : `${r.column}${r.first}:${r.column}${r.last}`,
    formulas: r.formulas,
  }));
}

/**
 * Splits runs into batches of at most `budget` estimated bytes; a run too big
 * for one batch is cut into smaller runs. A single formula is at most 8,192
 * characters (about 49 KB escaped), far below any budget used here.
 */
export function batchRuns(runs: readonly WriteRun[], budget = WRITE_BUDGET_BYTES): WriteRun[][] {
  const batches: WriteRun[][] = [];
  let batch: WriteRun[] = [];
  let used = 0;
  const flush = () => {
    if (batch.length > 0) batches.push(batch);
    batch = [];
    used = 0;
  };
  for (const run of runs) {
    const [, column, row] = CELL.exec(run.address.split(":")[0])!;
    let start = 0;
    while (start < run.formulas.length) {
      let end = start;
      let bytes = RANGE_OVERHEAD_BYTES;
      while (
        end < run.formulas.length &&
        used + bytes + formulaBytes(run.formulas[end]) <= budget
      ) {
        bytes += formulaBytes(run.formulas[end]);
        end++;
      }
      if (end === start) {
        // One formula is at most Excel's 8,192 characters, far below any budget: a programmer error, in English.
        if (batch.length === 0)
          throw new Error(`formula at ${run.sheet}!${column}${row} exceeds the write budget`);
        flush();
        continue;
      }
      const first = Number(row) + start;
      const last = Number(row) + end - 1;
      batch.push({
        sheet: run.sheet,
        address: first === last ? `${column}${first}` : `${column}${first}:${column}${last}`,
        formulas: run.formulas.slice(start, end),
      });
      used += bytes;
      start = end;
      if (start < run.formulas.length) flush();
    }
  }
  flush();
  return batches;
}
