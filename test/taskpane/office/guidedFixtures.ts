/**
 * The guided sheets as the pane builds them, for the adapter tests: users'
 * tables for the sheets built in place (a store list of a retail audit and
 * survey answers, as the mock host's cells, of any size), each kind's example
 * form, and one case per kind (its request, its sheets, its chart).
 */
import surveyExample from "../../../examples/survey.json";
import type { GuidedKind } from "../../../src/core/guided";
import type { GuidedRequest } from "../../../src/taskpane/actions";
import { planFromForm, planFromSelection } from "../../../src/taskpane/state/guidedBuild";
import {
  GUIDED_FORMS,
  guidedFormFromInput,
  type GuidedFormState,
} from "../../../src/taskpane/state/guidedForms";
import { colLetters, type Cell } from "./mockExcel";

/** A sheet "Audit" with a title row and a store list of `stores` rows from A2 (header in row 2). */
export function auditSheet(stores: number) {
  const cells: Record<string, Cell> = { A1: "Retail audit 2027" };
  ["store", "group", "category_sales", "Jan", "Feb"].forEach(
    (h, c) => (cells[`${colLetters(c + 1)}2`] = h)
  );
  for (let i = 0; i < stores; i++) {
    const r = i + 3;
    cells[`A${r}`] = `S${i}`;
    cells[`B${r}`] = i % 2 === 0 ? "North" : "South";
    cells[`C${r}`] = 100 + i;
    cells[`D${r}`] = i % 3 === 0;
    cells[`E${r}`] = i % 4;
  }
  return { name: "Audit", cells };
}

/**
 * A sheet "Answers" with the survey example's header (group, then one column
 * per service) from A1 and `answers` rows cycling through the example's answers.
 */
export function answersSheet(answers: number) {
  const cells: Record<string, Cell> = { A1: "group" };
  surveyExample.services.forEach((s, c) => (cells[`${colLetters(c + 2)}1`] = s));
  for (let i = 0; i < answers; i++) {
    const response = surveyExample.responses[i % surveyExample.responses.length];
    cells[`A${i + 2}`] = response.group;
    response.scores.forEach((score, c) => {
      if (score !== null) cells[`${colLetters(c + 2)}${i + 2}`] = score;
    });
  }
  return { name: "Answers", cells };
}

/** Many rows of each kind (50: the most POSM options a sheet takes). */
export const SIZE = { rows: 50, stores: 3000, answers: 2000 };

/** The example's form with its list repeated to `rows` rows (labels kept unique). */
export function exampleForm(kind: GuidedKind, rows?: number): GuidedFormState {
  const form = guidedFormFromInput(kind, GUIDED_FORMS[kind].example ?? {}, "en");
  // Survey effects name the answers' groups and services: they stay the example's.
  if (rows === undefined || kind === "survey" || form.rows.length === 0) return form;
  const many = Array.from({ length: rows }, (_, i) => {
    const row = form.rows[i % form.rows.length];
    return { ...row, label: `${row.label} #${i + 1}` };
  });
  return { ...form, rows: many };
}

export interface Case {
  kind: GuidedKind;
  request: (form: GuidedFormState) => GuidedRequest;
  sheets: { name: string; cells?: Record<string, Cell> }[];
  selection?: string;
  /** Excel's chart type and the result names its series show, in order. */
  chart: { type: string; series: string[] } | null;
}

export const fromForm = (kind: GuidedKind) => (form: GuidedFormState) =>
  ({ from: "form", plan: planFromForm(kind, form, "en") }) as GuidedRequest;
export const fromSelection = (kind: GuidedKind) => (form: GuidedFormState) =>
  ({ from: "selection", makePlan: planFromSelection(kind, form, "en") }) as GuidedRequest;

export const CASES: Case[] = [
  {
    kind: "campaigns",
    request: fromForm("campaigns"),
    sheets: [{ name: "Sheet1" }],
    chart: { type: "ColumnClustered", series: ["mkt_out_romi"] },
  },
  { kind: "promo", request: fromForm("promo"), sheets: [{ name: "Sheet1" }], chart: null },
  {
    kind: "posm",
    request: fromForm("posm"),
    sheets: [{ name: "Sheet1" }],
    chart: { type: "ColumnClustered", series: ["mkt_out_profit"] },
  },
  {
    kind: "distribution",
    request: fromSelection("distribution"),
    sheets: [auditSheet(SIZE.stores)],
    selection: `A2:E${SIZE.stores + 2}`,
    chart: { type: "LineMarkers", series: ["mkt_out_dn", "mkt_out_wd"] },
  },
  {
    kind: "survey",
    request: fromSelection("survey"),
    sheets: [answersSheet(SIZE.answers)],
    selection: `A1:E${SIZE.answers + 1}`,
    chart: { type: "ColumnClustered", series: ["mkt_out_visitors", "mkt_out_checks"] },
  },
];
