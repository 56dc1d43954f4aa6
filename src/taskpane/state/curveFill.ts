/**
 * "Fill the curve" of the budget form: an ADBUDG channel's parameters from a
 * manager's judgement (two points between the floor and the ceiling already
 * typed: MKT.ADBUDG_CALIBRATE, Little's closed form) or from a history of
 * spend and response pairs (MKT.ADBUDG_FIT, least squares). Both go through
 * the catalogue's one evaluation path (`evaluate`: the functions' own
 * argument checks, then their core function), so the pane computes exactly
 * what the cell functions compute; this module only reads the typed text in
 * the pane's language and says what went wrong next to the field it concerns.
 */
import { evaluate, isResultRow, type Outcome } from "../../core/catalogue/entry";
import { isCalcError } from "../../core/errors";
import { ADBUDG_CALIBRATE_ENTRY, ADBUDG_FIT_ENTRY } from "../../core/catalogue/responseModels";
import { MIN_FIT_POINTS } from "../../core/metrics/adbudgCalibration";
import { MESSAGES } from "../../core/messages";
import { activeLocale, t, type Locale } from "../../core/i18n";
import { formatGroupedNumber as formatNumber, parseNumber } from "./parseNumber";
import { numberMessage } from "./modelForm";
import type { AdbudgField, ChannelRow } from "./budgetForm";

export type JudgementField = "spend1" | "response1" | "spend2" | "response2";
export type JudgementInput = Record<JudgementField, string>;

/** Where a problem belongs: a judgement field, the history box, or the fill panel as a whole (""). */
export type FillProblem = { field: JudgementField | "history" | ""; message: string };

export type FillOutcome =
  | { ok: true; values: Partial<Record<AdbudgField, number>>; message: string }
  | { ok: false; problems: FillProblem[] };

/** MKT.ADBUDG_CALIBRATE's arguments named by the form's fields (the catalogue's order). */
const JUDGEMENT_ARGS: readonly [string, JudgementField][] = [
  ["spend_1", "spend1"],
  ["response_1", "response1"],
  ["spend_2", "spend2"],
  ["response_2", "response2"],
];

/** A failure of the function's own rules, in the form's words and at the field it concerns. */
function judgementProblem(message: string, floor: number, ceiling: number): FillProblem {
  const locale = activeLocale();
  const show = (x: number) => formatNumber(x, locale);
  const known: [string, FillProblem][] = [
    [
      MESSAGES.ceilingNotAboveFloor(),
      { field: "", message: t("pane.budget.fill.ceilingNotAboveFloor") },
    ],
    ...[1, 2].map((point): [string, FillProblem] => [
      MESSAGES.pointOutside(point),
      {
        field: point === 1 ? "response1" : "response2",
        message: t("pane.budget.fill.pointOutside", {
          point,
          floor: show(floor),
          ceiling: show(ceiling),
        }),
      },
    ]),
    [MESSAGES.sameSpend(), { field: "spend2", message: t("pane.budget.fill.sameSpend") }],
    [MESSAGES.notRising(), { field: "", message: t("pane.budget.fill.notRising") }],
  ];
  const match = known.find(([text]) => text === message);
  if (match) return match[1];
  // An argument rule ("spend_1 must be > 0"): under its field, without the argument's name.
  const arg = JUDGEMENT_ARGS.find(([name]) => message.startsWith(`${name} `));
  if (arg) return { field: arg[1], message: capitalise(message.slice(arg[0].length + 1)) };
  return { field: "", message: capitalise(message) };
}

/** The message of an outcome that is not a row (always a CalcError here: the arguments are the pane's numbers). */
function failureText(outcome: Outcome): string {
  return isCalcError(outcome) ? outcome.message : String(outcome);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Shape γ and half-saturation spend K through two judgement points, between the channel's floor and ceiling. */
export function fillFromJudgement(
  row: ChannelRow,
  input: JudgementInput,
  channel: string,
  locale: Locale = activeLocale()
): FillOutcome {
  const floor = parseNumber(row.curve.minResponse, locale);
  const ceiling = parseNumber(row.curve.maxResponse, locale);
  if (!floor.ok || !ceiling.ok)
    return {
      ok: false,
      problems: [{ field: "", message: t("pane.budget.fill.needFloorCeiling") }],
    };
  const problems: FillProblem[] = [];
  const points = JUDGEMENT_ARGS.map(([, field]) => {
    const parsed = parseNumber(input[field], locale);
    if (parsed.ok) return parsed.value;
    problems.push({ field, message: numberMessage(parsed.reason, locale) });
    return NaN;
  });
  if (problems.length > 0) return { ok: false, problems };
  const outcome = evaluate(ADBUDG_CALIBRATE_ENTRY, [floor.value, ceiling.value, ...points]);
  if (!isResultRow(outcome))
    return {
      ok: false,
      problems: [judgementProblem(failureText(outcome), floor.value, ceiling.value)],
    };
  const [shape, halfSaturationSpend] = outcome[0];
  const message = t("pane.budget.fill.filledJudgement", {
    shape: formatNumber(shape, locale),
    halfSaturation: formatNumber(halfSaturationSpend, locale),
    channel,
  });
  return { ok: true, values: { shape, halfSaturationSpend }, message };
}

/** A cell of a pasted line: Excel pastes columns with tabs; a semicolon works in every language. */
const LINE_SEPARATOR = /\t|;/;

/** The (spend, response) pairs typed or pasted, one period per line; blank lines are skipped. */
export function parseHistory(
  text: string,
  locale: Locale = activeLocale()
): { ok: true; spend: number[]; response: number[] } | { ok: false; problems: FillProblem[] } {
  const spend: number[] = [];
  const response: number[] = [];
  const problems: FillProblem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const cells = line.split(LINE_SEPARATOR).map((c) => parseNumber(c, locale));
    const [x, r] = cells;
    if (cells.length === 2 && x.ok && r.ok && x.value >= 0 && r.value >= 0) {
      spend.push(x.value);
      response.push(r.value);
    } else
      problems.push({ field: "history", message: t("pane.budget.fill.badLine", { line: i + 1 }) });
  });
  return problems.length > 0
    ? { ok: false, problems: problems.slice(0, 3) }
    : { ok: true, spend, response };
}

/** Floor, ceiling, shape and half-saturation spend fitted to the history by least squares. */
export function fillFromHistory(
  text: string,
  channel: string,
  locale: Locale = activeLocale()
): FillOutcome {
  const history = parseHistory(text, locale);
  if (!history.ok) return history;
  const column = (xs: number[]) => xs.map((x) => [x]);
  const outcome = evaluate(ADBUDG_FIT_ENTRY, [column(history.spend), column(history.response)]);
  if (!isResultRow(outcome)) {
    const distinct = new Set(history.spend).size;
    const failure = failureText(outcome);
    const message =
      failure === MESSAGES.tooFewPoints(MIN_FIT_POINTS, distinct)
        ? t("pane.budget.fill.tooFewPoints", { min: MIN_FIT_POINTS, count: distinct })
        : failure === MESSAGES.notRising()
          ? t("pane.budget.fill.notRising")
          : capitalise(failure);
    return { ok: false, problems: [{ field: "history", message }] };
  }
  const [minResponse, maxResponse, shape, halfSaturationSpend] = outcome[0];
  return {
    ok: true,
    values: { minResponse, maxResponse, shape, halfSaturationSpend },
    message: t("pane.budget.fill.filledHistory", { channel, count: history.spend.length }),
  };
}
