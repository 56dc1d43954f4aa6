/**
 * Users' tables for the guided sheets built in place: a store list (retail
 * audit) and survey answers, as the mock host's cells, of any size.
 */
import surveyExample from "../../../examples/survey.json";
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
