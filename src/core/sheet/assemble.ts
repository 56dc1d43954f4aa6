/**
 * Assembles a SheetPlan from sections. A model's plan builder computes its
 * layout (which row each section starts on), calls one builder per section
 * (each returns its blocks, and the names and charts that belong to it), and
 * hands them here with the sheet-wide parts: the sheet's name, marker and
 * layout names, an optional Solver model, column widths, where to put the
 * cursor. This is where the invariants every writer relies on are checked
 * once: each block's cells have its address's shape, no two blocks overlap,
 * no name is given twice. A violation is a bug in a plan builder, so it throws.
 */
import { parseRange } from "../a1";
import type { ChartSpec } from "./chartSpec";
import type {
  DataSheet,
  PlanBlock,
  PlanColumnWidth,
  PlanName,
  PlanPage,
  PlanRowHeight,
  SheetPlan,
} from "./plan";
import { DEFAULT_COLUMN_WIDTH_PT, DEFAULT_ROW_HEIGHT_PT } from "./plan";
import { solverNames, type SolverModel } from "./solverModel";
import { wrappedTextHeight } from "./notes";
import { fitColumnWidths, type FitOptions } from "./fitColumns";
import { columnLetter } from "../a1";

/** Bold header text runs about a tenth wider than the body text the height estimate assumes. */
const BOLD_WIDTH_FACTOR = 1.05;

/** What one section builder returns. */
export interface SheetSection {
  blocks: PlanBlock[];
  names?: PlanName[];
  charts?: ChartSpec[];
  rowHeights?: PlanRowHeight[];
  merges?: string[];
}

export interface SheetAssembly {
  /** Base name of the sheet; writers make it valid and unique (core/sheet/sheetName). */
  sheetName: string;
  sections: readonly SheetSection[];
  /** Sheet-wide names (marker, layout), written before the sections' names. */
  names?: readonly PlanName[];
  solver?: SolverModel;
  columnWidths?: readonly PlanColumnWidth[];
  /** Widen columnWidths to the words of the sheet's language (core/sheet/fitColumns) before the header heights are set. */
  fitColumns?: FitOptions;
  rowHeights?: readonly PlanRowHeight[];
  focus?: string;
  freezeRows?: number;
  page?: PlanPage;
  dataSheets?: readonly DataSheet[];
}

interface Box {
  address: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function boxOf(block: PlanBlock): Box {
  const { from, to } = parseRange(block.address);
  const box = {
    address: block.address,
    top: from.row,
    left: from.col,
    bottom: to.row,
    right: to.col,
  };
  const rows = box.bottom - box.top + 1;
  const columns = box.right - box.left + 1;
  if (block.cells.length !== rows || block.cells.some((r) => r.length !== columns))
    throw new Error(`sheet plan: block ${block.address} does not hold ${rows} x ${columns} cells`);
  if (Array.isArray(block.numberFormat)) {
    const f = block.numberFormat;
    if (f.length !== rows || f.some((r) => r.length !== columns))
      throw new Error(`sheet plan: number formats of ${block.address} have another shape`);
  }
  return box;
}

/** Throws when two blocks share a cell (sorted by top row, so only blocks that can meet are compared). */
function checkNoOverlap(boxes: Box[]): void {
  const sorted = [...boxes].sort((a, b) => a.top - b.top);
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j].top <= sorted[i].bottom; j++) {
      const [a, b] = [sorted[i], sorted[j]];
      if (a.left <= b.right && b.left <= a.right)
        throw new Error(`sheet plan: blocks ${a.address} and ${b.address} overlap`);
    }
}

function checkUniqueNames(names: readonly PlanName[]): void {
  const seen = new Set<string>();
  for (const { name } of names) {
    const key = name.toLowerCase(); // Excel's names are case-insensitive
    if (seen.has(key)) throw new Error(`sheet plan: the name ${name} is given twice`);
    seen.add(key);
  }
}

/**
 * Header rows wrap their text (units and currency make headers long): each
 * gets the height its tallest header needs in its column (all the columns of
 * a merge that starts at it), so no header is cut.
 */
function headerHeights(
  blocks: readonly PlanBlock[],
  widths: readonly PlanColumnWidth[],
  merges: readonly string[]
): PlanRowHeight[] {
  const width = new Map(widths.map((w) => [w.column, w.width]));
  const columnWidth = (col: number) => width.get(columnLetter(col)) ?? DEFAULT_COLUMN_WIDTH_PT;
  const mergedTo = new Map(
    merges.map((m) => parseRange(m)).map(({ from, to }) => [`${from.col},${from.row}`, to.col])
  );
  const heights = new Map<number, number>();
  for (const b of blocks.filter((x) => x.role === "header")) {
    const { from } = parseRange(b.address);
    b.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (typeof cell !== "string" || cell.startsWith("=")) return;
        const [col, r] = [from.col + j, from.row + i];
        let w = 0;
        for (let k = col; k <= (mergedTo.get(`${col},${r}`) ?? col); k++) w += columnWidth(k);
        const h = wrappedTextHeight(cell, w / BOLD_WIDTH_FACTOR);
        if (h > DEFAULT_ROW_HEIGHT_PT) heights.set(r, Math.max(h, heights.get(r) ?? 0));
      })
    );
  }
  return [...heights].map(([row, height]) => ({ row, height }));
}

/** One height per row: the largest asked for. */
function mergeHeights(heights: readonly PlanRowHeight[]): PlanRowHeight[] {
  const byRow = new Map<number, number>();
  for (const { row, height } of heights) byRow.set(row, Math.max(height, byRow.get(row) ?? 0));
  return [...byRow].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
}

export function assembleSheetPlan(assembly: SheetAssembly): SheetPlan {
  const blocks = assembly.sections.flatMap((s) => s.blocks);
  checkNoOverlap(blocks.map(boxOf));
  const names = [
    ...(assembly.names ?? []),
    ...assembly.sections.flatMap((s) => s.names ?? []),
    ...(assembly.solver ? solverNames(assembly.solver) : []),
  ];
  checkUniqueNames(names);
  const columnWidths = assembly.fitColumns
    ? fitColumnWidths(assembly.columnWidths ?? [], blocks, assembly.fitColumns)
    : [...(assembly.columnWidths ?? [])];
  const merges = assembly.sections.flatMap((s) => s.merges ?? []);
  const rowHeights = mergeHeights([
    ...assembly.sections.flatMap((s) => s.rowHeights ?? []),
    ...(assembly.rowHeights ?? []),
    ...headerHeights(blocks, columnWidths, merges),
  ]);
  return {
    sheetName: assembly.sheetName,
    blocks,
    names,
    charts: assembly.sections.flatMap((s) => s.charts ?? []),
    columnWidths,
    ...(assembly.focus ? { focus: assembly.focus } : {}),
    ...(rowHeights.length > 0 ? { rowHeights } : {}),
    ...(merges.length > 0 ? { merges } : {}),
    ...(assembly.freezeRows ? { freezeRows: assembly.freezeRows } : {}),
    ...(assembly.page ? { page: assembly.page } : {}),
    ...(assembly.dataSheets && assembly.dataSheets.length > 0
      ? { dataSheets: [...assembly.dataSheets] }
      : {}),
  };
}

/** A hidden sheet-scoped name (the kind every layout and marker name is). */
export function hiddenName(
  name: string,
  refersTo: PlanName["refersTo"],
  comment?: string
): PlanName {
  return { name, refersTo, hidden: true, ...(comment ? { comment } : {}) };
}
