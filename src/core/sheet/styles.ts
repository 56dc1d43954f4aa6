/**
 * The look of each block role, shared by every writer (the Office.js adapter
 * and the .xlsx exporter) so that a sheet looks the same wherever it is built.
 */
import type { PlanRole } from "./plan";

/**
 * One font family for every cell the add-in writes: Calibri is Excel's own
 * default (LibreOffice shows it with the metric-compatible Carlito), so a
 * sheet never mixes it with a serif fallback.
 */
export const FONT_FAMILY = "Calibri";
/** Body text size in points; titles are larger (PLAN_STYLES.title). */
export const BASE_FONT_SIZE = 10;

/** Fill, font and border per role, shared by every writer. Colours are #RRGGBB. */
export interface PlanStyle {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  border?: boolean;
  wrap?: boolean;
  /** Whether the cell stays editable when the sheet is protected. */
  unlocked?: boolean;
}

export const PLAN_STYLES: Readonly<Record<PlanRole, PlanStyle>> = {
  title: { bold: true, fontSize: 14 },
  heading: { bold: true, fontColor: "#1F4E79" },
  label: {},
  // Headers wrap (units and currency make them long); their rows get a height that fits.
  header: { bold: true, fill: "#D9E1F2", border: true, wrap: true },
  // The conventional "input" look of financial models: blue text on pale yellow.
  input: { fill: "#FFF2CC", fontColor: "#0000FF", border: true, unlocked: true },
  // Decision cells: what Solver changes; green so they stand apart from inputs.
  decision: { fill: "#E2EFDA", fontColor: "#006100", bold: true, border: true, unlocked: true },
  calc: { border: true },
  objective: { fill: "#C6E0B4", bold: true, border: true },
  constraint: { fill: "#F2F2F2", border: true },
  note: { italic: true, fontColor: "#595959", wrap: true },
};
