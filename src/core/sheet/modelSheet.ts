/**
 * What every optimisation-model sheet (discount, budget) shares when it is
 * built: its top rows (title, the inputs' heading, the model's name and
 * currency) and hidden layout names, at the rows and under the names of
 * modelSheetLayout.ts; and its columns: a wide label column A, then equal
 * figure columns widened to the words of the sheet's language, printed
 * landscape. The notes sit in the sheet's own rows (core/sheet/notes), where
 * they are read, so no column is kept for them and the printed page stays as
 * wide as the tables.
 */
import { columnLetter } from "../a1";
import { NUMBER_FORMATS } from "../numberFormat";
import { assembleSheetPlan, hiddenName, type SheetSection } from "./assemble";
import { fitColumnWidths } from "./fitColumns";
import { headedNotes, notesListSection } from "./notes";
import { block, cellAt, columnBlock, rangeAt } from "./place";
import type { PlanBlock, PlanColumnWidth, PlanName, SheetPlan } from "./plan";
import type { SolverModel } from "./solverModel";
import type { SheetTextLookup } from "./sheetText";
import { MODEL_LAYOUT_NAMES, MODEL_SHEET_ROWS } from "./modelSheetLayout";

/** Label column A: fits a 30-character label in the default font. */
export const LABEL_COLUMN_WIDTH = 190;

/** Column of the labels (A) and of the values they label (B), 1-based. */
const LABELS = 1;
const VALUES = 2;

/** The notes run across A:G: a line the eye can follow, as wide as the printed tables' left part. */
const NOTE_COLUMNS = 7;

export interface ModelSheetNotes {
  /** Row of the notes' heading; the notes start on the row below. */
  headingRow: number;
  /** The rows the sheet's layout keeps for the notes: one per line, and one for `note`. */
  rows: number;
  heading: string;
  lines: readonly string[];
  /** Where the figures came from, when the caller says; its row stays empty without. */
  note?: string | null;
  /** Width of columns B:G in points. */
  figureWidth: number;
}

/**
 * A model sheet's "How to solve": the heading, then one paragraph a row
 * across A:G, each row as tall as its paragraph, and last the optional note.
 * Heights are measured with B:G at `figureWidth`, their narrowest (a header
 * may widen one), so a row is never too short for its text. Throws when the
 * lines do not fill the rows the layout kept (the rows below would collide).
 */
export function modelSheetNotes(n: ModelSheetNotes): SheetSection {
  if (n.lines.length + 1 !== n.rows)
    throw new RangeError(
      `the layout keeps ${n.rows} note rows for ${n.lines.length} lines and the optional note`
    );
  const width = LABEL_COLUMN_WIDTH + (NOTE_COLUMNS - 1) * n.figureWidth;
  const lines = [...n.lines, n.note ?? null];
  const notes = notesListSection(LABELS, n.headingRow + 1, lines, NOTE_COLUMNS, width);
  return headedNotes(LABELS, n.headingRow, n.heading, notes);
}

/** Widths in points: column A for labels, B through `lastColumn` at `figureWidth`. */
export function modelSheetColumnWidths(lastColumn: number, figureWidth: number): PlanColumnWidth[] {
  return [
    { column: "A", width: LABEL_COLUMN_WIDTH },
    ...Array.from({ length: lastColumn - 1 }, (_, i) => ({
      column: columnLetter(2 + i),
      width: figureWidth,
    })),
  ];
}

/** The words of a model sheet's top rows: its title (with {name}) and the common labels. */
export type ModelSheetHeadKey = "title" | "inputsHeading" | "modelName" | "currency";

/**
 * The top of a model sheet: the title, the inputs' heading, the labels in
 * column A (the name's, the currency's, then `inputLabels`) and the model's
 * name and currency in B.
 */
export function modelSheetHead(
  text: SheetTextLookup<ModelSheetHeadKey>,
  model: { name: string; currency: string },
  inputLabels: readonly string[]
): PlanBlock[] {
  const R = MODEL_SHEET_ROWS;
  const labels = [text("modelName"), text("currency"), ...inputLabels];
  const format = NUMBER_FORMATS.text;
  return [
    block(LABELS, R.title, [[text("title", { name: model.name })]], "title"),
    block(LABELS, R.inputsHeading, [[text("inputsHeading")]], "heading"),
    columnBlock(LABELS, R.meta, labels, "label"),
    // Text format, like the labels: Excel would read a name such as "1-9" as a date.
    columnBlock(VALUES, R.meta, [model.name, model.currency], "input", [[format], [format]]),
  ];
}

export interface ModelSheetNames {
  /** The hidden constant that says which model the sheet holds, and the comment Excel shows for it. */
  marker: { name: string; value: string; comment: string };
  /** Names of the model's own input ranges, after mkt_meta. */
  inputs: readonly PlanName[];
  /** The decision cells (one column) and the objective cell. */
  decisions: string;
  objective: string;
  /** Names of further results, after mkt_objective. */
  results?: readonly PlanName[];
}

/**
 * Marker and layout names, all hidden: how the pane recognises the sheet and
 * reads it back after the user edited it.
 */
export function modelSheetNames(n: ModelSheetNames): PlanName[] {
  const meta = MODEL_SHEET_ROWS.meta;
  return [
    hiddenName(n.marker.name, { value: n.marker.value }, n.marker.comment),
    hiddenName(MODEL_LAYOUT_NAMES.meta, { range: rangeAt(VALUES, meta, VALUES, meta + 1) }),
    ...n.inputs,
    hiddenName(MODEL_LAYOUT_NAMES.decisions, { range: n.decisions }),
    hiddenName(MODEL_LAYOUT_NAMES.objective, { range: n.objective }),
    ...(n.results ?? []),
  ];
}

export interface ModelSheetAssembly {
  sheetName: string;
  sections: readonly SheetSection[];
  names: readonly PlanName[];
  solver: SolverModel;
  /** The objective cell, in column B: where the cursor goes. */
  objectiveRow: number;
  /** The last figure column (1-based) and its width in points. */
  lastColumn: number;
  figureWidth: number;
  /** The blocks whose words may widen their columns; default every block. */
  fitTo?: (block: PlanBlock) => boolean;
  /** The range printed; default the used range. */
  printArea?: string;
  /** Text measured for the widths beside the blocks' own: formulas' results known as text (labels shown by reference). */
  measured?: readonly PlanBlock[];
  /** Headers wrap to their longest word rather than widen their columns (assemble gives their rows the height). */
  wrapHeaders?: boolean;
  /** Rows 1 … n printed again at the top of every page. */
  titleRows?: number;
}

/** The sheet plan of a model sheet: the sections, its names and Solver model, its columns, landscape. */
export function assembleModelSheet(a: ModelSheetAssembly): SheetPlan {
  const blocks = a.sections.flatMap((section) => section.blocks);
  return assembleSheetPlan({
    sheetName: a.sheetName,
    sections: a.sections,
    names: a.names,
    solver: a.solver,
    columnWidths: fitColumnWidths(
      modelSheetColumnWidths(a.lastColumn, a.figureWidth),
      [...(a.fitTo ? blocks.filter(a.fitTo) : blocks), ...(a.measured ?? [])],
      { wrapHeaders: a.wrapHeaders ?? false }
    ),
    focus: cellAt(VALUES, a.objectiveRow),
    // Eleven columns or more: landscape, fit to one page wide.
    page: {
      orientation: "landscape",
      ...(a.printArea ? { printArea: a.printArea } : {}),
      ...(a.titleRows ? { titleRows: a.titleRows } : {}),
    },
  });
}
