/**
 * The Office side of "Make shareable": read the formulas of the selection, the
 * active sheet or every sheet; write the native formulas into exactly the
 * cells that change; and undo that by writing the previous formulas back.
 *
 * Request limits (Excel on the web: 5 MB per request and per response). Reads
 * go in blocks of READ_BLOCK_CELLS cells, one block per sync (a response of
 * 20,000 formulas averages 250 bytes per cell within 5 MB); a block the host
 * still refuses as too large is read again in halves. Writes go in the
 * batches planned by shareablePlan.batchRuns (2 MB estimated, worst-case
 * escaping), one sync per batch, and only cells whose formula changes are in
 * them: each run is a column of adjacent changed cells.
 */
import { columnLetter, parseCell } from "../../core/a1";
import { sameFormula } from "../../core/formula/tokenize";
import {
  batchRuns,
  CellChange,
  FormulaCell,
  planShareable,
  ShareablePlan,
  ShareScope,
  writeRuns,
} from "../state/shareablePlan";

/** Cells read per request (see the module comment for the arithmetic). */
export const READ_BLOCK_CELLS = 20000;

interface Area {
  sheet: string;
  /** Top-left row and column (1-based) and size. */
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** "'My sheet'!B2:D9" or "Sheet1!B2" → its top-left cell. */
function topLeft(address: string): { row: number; column: number } {
  const { row, col } = parseCell(address.slice(address.lastIndexOf("!") + 1).split(":")[0]);
  return { row, column: col };
}

function a1(area: { row: number; column: number }, rows: number, columns: number): string {
  const start = `${columnLetter(area.column)}${area.row}`;
  const end = `${columnLetter(area.column + columns - 1)}${area.row + rows - 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** The areas to scan: the selection, the active sheet's used range, or every sheet's. */
async function scanAreas(context: Excel.RequestContext, scope: ShareScope): Promise<Area[]> {
  const ranges: { sheet: Excel.Worksheet; range: Excel.Range }[] = [];
  if (scope === "selection") {
    // The selection is always on the active sheet.
    ranges.push({
      sheet: context.workbook.worksheets.getActiveWorksheet(),
      range: context.workbook.getSelectedRange(),
    });
  } else {
    const sheets: Excel.Worksheet[] = [];
    if (scope === "sheet") sheets.push(context.workbook.worksheets.getActiveWorksheet());
    else {
      const all = context.workbook.worksheets;
      all.load("items/name");
      await context.sync();
      for (const s of all.items) sheets.push(context.workbook.worksheets.getItem(s.name));
    }
    for (const sheet of sheets) ranges.push({ sheet, range: sheet.getUsedRangeOrNullObject(true) });
  }
  for (const { sheet, range } of ranges) {
    sheet.load("name");
    range.load("address,rowCount,columnCount");
  }
  await context.sync();
  return ranges
    .filter(({ range }) => !range.isNullObject)
    .map(({ sheet, range }) => ({
      sheet: sheet.name,
      ...topLeft(range.address),
      rows: range.rowCount,
      columns: range.columnCount,
    }));
}

function isPayloadTooLarge(error: unknown): boolean {
  return (error as { code?: string })?.code === "RequestPayloadSizeLimitExceeded";
}

/** Reads `rows` rows of an area from `firstRow` (0-based), halving on a too-large response. */
async function readRows(
  context: Excel.RequestContext,
  area: Area,
  firstRow: number,
  rows: number,
  out: FormulaCell[]
): Promise<void> {
  const origin = { row: area.row + firstRow, column: area.column };
  const range = context.workbook.worksheets
    .getItem(area.sheet)
    .getRange(a1(origin, rows, area.columns));
  range.load("formulas");
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadTooLarge(error) || rows === 1) throw error;
    const half = Math.ceil(rows / 2);
    await readRows(context, area, firstRow, half, out);
    await readRows(context, area, firstRow + half, rows - half, out);
    return;
  }
  (range.formulas as unknown[][]).forEach((row, i) =>
    row.forEach((formula, j) => {
      if (typeof formula === "string" && formula.startsWith("="))
        out.push({
          sheet: area.sheet,
          address: `${columnLetter(area.column + j)}${origin.row + i}`,
          formula,
        });
    })
  );
}

/** Reads every formula in scope and plans the rewrite; nothing is written. */
export async function findShareable(
  context: Excel.RequestContext,
  scope: ShareScope
): Promise<ShareablePlan> {
  const cells: FormulaCell[] = [];
  for (const area of await scanAreas(context, scope)) {
    const block = Math.max(1, Math.floor(READ_BLOCK_CELLS / area.columns));
    for (let first = 0; first < area.rows; first += block)
      await readRows(context, area, first, Math.min(block, area.rows - first), cells);
  }
  return planShareable(scope, cells);
}

/** Writes `formula` into each cell, batch by batch; resolves with the number of syncs. */
async function writeFormulas(
  context: Excel.RequestContext,
  cells: readonly { sheet: string; address: string; formula: string }[],
  budget?: number
): Promise<number> {
  const batches = batchRuns(writeRuns(cells), budget);
  for (const batch of batches) {
    for (const run of batch)
      context.workbook.worksheets.getItem(run.sheet).getRange(run.address).formulas =
        run.formulas.map((f) => [f]);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch: batches keep each request under the 5 MB limit
    await context.sync();
  }
  return batches.length;
}

/** Writes the planned native formulas; only the changed cells are touched. */
export async function writeShareable(
  context: Excel.RequestContext,
  changes: readonly CellChange[],
  budget?: number
): Promise<{ written: number; batches: number }> {
  const batches = await writeFormulas(
    context,
    changes.map((c) => ({ sheet: c.sheet, address: c.address, formula: c.after })),
    budget
  );
  return { written: changes.length, batches };
}

/**
 * Undo: writes each cell's previous formula back, but only where the cell
 * still holds the native formula written (a cell edited since is the user's
 * now and is left alone, and counted). "Still holds" is read as Excel reads
 * formulas: Excel may give the text back respaced, in other case or with
 * numbers in its own notation.
 */
export async function undoShareable(
  context: Excel.RequestContext,
  changes: readonly CellChange[],
  budget?: number
): Promise<{ restored: number; skipped: number; batches: number }> {
  const current = new Map<string, string>();
  const bySheet = new Map<string, CellChange[]>();
  for (const c of changes) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  for (const [sheet, cells] of bySheet)
    for (let i = 0; i < cells.length; i += READ_BLOCK_CELLS) {
      const block = cells.slice(i, i + READ_BLOCK_CELLS).map((c) => {
        const range = context.workbook.worksheets.getItem(sheet).getRange(c.address);
        range.load("formulas");
        return { c, range };
      });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch: batches keep each request under the 5 MB limit
      await context.sync();
      for (const { c, range } of block)
        current.set(`${sheet}!${c.address}`, String((range.formulas as unknown[][])[0][0]));
    }
  const unchanged = changes.filter((c) => {
    const now = current.get(`${c.sheet}!${c.address}`);
    return now !== undefined && sameFormula(now, c.after);
  });
  const batches = await writeFormulas(
    context,
    unchanged.map((c) => ({ sheet: c.sheet, address: c.address, formula: c.formula })),
    budget
  );
  return { restored: unchanged.length, skipped: changes.length - unchanged.length, batches };
}
