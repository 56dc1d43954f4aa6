/**
 * Client-orientation model for retail (docs/methods.md §9): survey scores on a
 * 0-5 scale per service and target group give an influence coefficient and a
 * confirmed/rejected hypothesis; the coefficient turns traffic into extra
 * visitors or checks per day.
 */
import { CalcError, calcError } from "../errors";
import { Grid } from "../args";
import { MESSAGES } from "../messages";

/** The survey scale of the article: answers from 0 to 5. */
export const MAX_SCORE = 5;
/** "Answers of 4 and 5": the lowest score that supports a hypothesis. */
export const SUPPORTING_SCORE = 4;

/**
 * Extra visitors (or checks) per day = N_cl × p_t × q (§9): daily visitors ×
 * the target group's share of traffic × the influence coefficient (q_f for
 * visits, q_ch for checks).
 */
export function serviceEffect(
  dailyVisitors: number,
  trafficShare: number,
  influenceCoef: number
): number {
  return dailyVisitors * trafficShare * influenceCoef;
}

/** Checks the scale and counts respondents; blank cells are not respondents. */
function scan(scores: Grid): { respondents: number; sum: number; supporting: number } | CalcError {
  const { values, blank, cols } = scores;
  let respondents = 0;
  let sum = 0;
  let supporting = 0;
  for (let i = 0; i < values.length; i++) {
    if (blank[i]) continue;
    const v = values[i];
    if (v > MAX_SCORE)
      return calcError(
        "NUM",
        MESSAGES.scoreOutOfScale("scores", Math.floor(i / cols), i % cols, v)
      );
    respondents++;
    sum += v;
    if (v >= SUPPORTING_SCORE) supporting++;
  }
  if (respondents === 0) return calcError("DIV0", MESSAGES.noRows("scores"));
  return { respondents, sum, supporting };
}

/** Overall influence coefficient = sum of the group's scores / respondents in the group (§9). */
export function influenceCoefficient(scores: Grid): number | CalcError {
  const s = scan(scores);
  if ("kind" in s) return s;
  return s.sum / s.respondents;
}

/**
 * A hypothesis is confirmed for a group when answers of 4 and 5 make up more
 * than `threshold` (the article: 50%) of the group's answers (§9).
 */
export function hypothesisConfirmed(scores: Grid, threshold: number): boolean | CalcError {
  const s = scan(scores);
  if ("kind" in s) return s;
  return s.supporting / s.respondents > threshold;
}
