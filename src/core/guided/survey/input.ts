/**
 * The input of the client-orientation survey sheet (guided sheets §5;
 * formulas.md §9): answers on the article's 0-5 scale per target group and
 * service, the mall's daily visitors, and the experts' effect rows (Table 3).
 * Answers arrive in JSON (validated here) or as a table (table.ts).
 */
import { MAX_SCORE } from "../../metrics/clientOrientation";
import {
  Collector,
  nonNegative,
  positive,
  share,
  checked,
  type Checked,
} from "../../fieldValidation";
import { openInput } from "../guidedSheet";
import { msg } from "../../i18n";

export interface SurveyResponse {
  group: string;
  /** One per service: 0-5, null for no answer. */
  scores: (number | null)[];
}

export interface SurveyEffect {
  service: string;
  group: string;
  frequencyCoef: number;
  checksCoef: number;
  trafficShare: number;
  additionalTrafficShare: number;
}

export interface SurveyInput {
  name: string;
  /** Null when not known yet (a CSV of answers alone): the sheet leaves the input cell for the user. */
  dailyVisitors: number | null;
  groups: string[];
  services: string[];
  responses: SurveyResponse[];
  effects: SurveyEffect[];
}

export const MAX_GROUPS = 20;
export const MAX_SERVICES = 40;
export const MAX_RESPONSES = 1_000_000;
export const MAX_EFFECTS = 200;

const score = (x: number) =>
  Number.isInteger(x) && x >= 0 && x <= MAX_SCORE
    ? null
    : msg("rule.survey.score", { max: MAX_SCORE });

function readResponses(
  r: Collector,
  input: Record<string, unknown>,
  groups: string[],
  services: number
): SurveyResponse[] {
  const known = new Set(groups.map((g) => g.toLowerCase()));
  const list = r.array(input, "responses", "responses", 1, MAX_RESPONSES);
  return r.records(list, "responses").map(([o, i]) => {
    const p = `responses[${i}]`;
    const group = r.text(o, "group", `${p}.group`);
    if (group !== "" && !known.has(group.toLowerCase()))
      r.add(`${p}.group`, msg("rule.oneOf", { list: "groups", got: group }));
    const scores = Array.isArray(o.scores) ? o.scores : null;
    if (scores === null) r.add(`${p}.scores`, msg("rule.survey.scoresList"));
    else if (scores.length !== services)
      r.add(
        `${p}.scores`,
        msg("rule.survey.scoreCount", { expected: services, count: scores.length })
      );
    return {
      group,
      scores: (scores ?? []).map((v, k) =>
        v === null ? null : r.numberValue(v, `${p}.scores[${k}]`, score)
      ),
    };
  });
}

function readEffects(
  r: Collector,
  input: Record<string, unknown>,
  groups: string[],
  services: string[]
): SurveyEffect[] {
  if (input.effects === undefined) return [];
  const list = r.array(input, "effects", "effects", 0, MAX_EFFECTS);
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const [knownGroups, knownServices] = [lower(groups), lower(services)];
  return r.records(list, "effects").map(([o, i]) => {
    const p = `effects[${i}]`;
    const effect: SurveyEffect = {
      service: r.text(o, "service", `${p}.service`),
      group: r.text(o, "group", `${p}.group`),
      frequencyCoef: r.number(o, "frequencyCoef", `${p}.frequencyCoef`, nonNegative),
      checksCoef: r.number(o, "checksCoef", `${p}.checksCoef`, nonNegative),
      trafficShare: r.number(o, "trafficShare", `${p}.trafficShare`, share),
      additionalTrafficShare: r.number(
        o,
        "additionalTrafficShare",
        `${p}.additionalTrafficShare`,
        share
      ),
    };
    if (effect.service !== "" && !knownServices.has(effect.service.toLowerCase()))
      r.add(`${p}.service`, msg("rule.oneOf", { list: "services", got: effect.service }));
    if (effect.group !== "" && !knownGroups.has(effect.group.toLowerCase()))
      r.add(`${p}.group`, msg("rule.oneOf", { list: "groups", got: effect.group }));
    return effect;
  });
}

function readLabels(
  r: Collector,
  input: Record<string, unknown>,
  key: string,
  max: number
): string[] {
  const list = r.array(input, key, key, 1, max) ?? [];
  const labels = list.map((v, k) => r.textValue(v, `${key}[${k}]`));
  r.unique(labels, (k) => `${key}[${k}]`);
  return labels;
}

export function validateSurvey(raw: unknown): Checked<SurveyInput> {
  const opened = openInput(raw, false);
  if (!opened.ok) return opened;
  const { input, r, name } = opened;
  const dailyVisitors = r.number(input, "dailyVisitors", "dailyVisitors", positive);
  const groups = readLabels(r, input, "groups", MAX_GROUPS);
  const services = readLabels(r, input, "services", MAX_SERVICES);
  const responses = readResponses(r, input, groups, services.length);
  const effects = readEffects(r, input, groups, services);
  return checked(r, { name, dailyVisitors, groups, services, responses, effects });
}

/**
 * What the pane's form adds to answers read from the user's table: the
 * sheet's name, the daily visitors and the experts' effect rows, whose
 * services and groups must be among those of the answers.
 */
export function validateSurveyForm(
  raw: unknown,
  groups: string[],
  services: string[]
): Checked<{ name: string; dailyVisitors: number; effects: SurveyEffect[] }> {
  const opened = openInput(raw, false);
  if (!opened.ok) return opened;
  const { input, r, name } = opened;
  const dailyVisitors = r.number(input, "dailyVisitors", "dailyVisitors", positive);
  const effects = readEffects(r, input, groups, services);
  return checked(r, { name, dailyVisitors, effects });
}
