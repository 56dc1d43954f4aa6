/**
 * Help texts of the catalogue entries for the client-orientation model (methods.md §9).
 *
 * Summaries, argument descriptions, examples, notes and native twins, keyed by
 * the function's name; the declarations are in ../clientOrientation.ts. Loaded by what
 * shows or checks help (the gallery, Make shareable, the docs, the command
 * line), not by the page's first scripts.
 */
import { NUM_ERROR } from "../twinFormulas";
import type { ArgText, CategoryHelp } from "../entry";

const CATEGORY = "Client orientation";

const SCORES = {
  description:
    "The group's survey answers on the 0-5 scale, one cell per respondent; blank cells are not respondents.",
} as const satisfies ArgText;

/** A score above the 0-5 scale is #NUM! (metrics/clientOrientation.ts). */
const SCORE_CHECK = { when: "SUMPRODUCT(ISNUMBER({scores})*({scores}>5))>0", error: NUM_ERROR };

const SURVEY =
  "Survey each proposed service on a 0-5 scale by target group; the sample should be at least 5% of daily traffic, over two weeks (methods.md §9).";

export const CLIENT_ORIENTATION_HELP: CategoryHelp = {
  SERVICE_EFFECT: {
    category: CATEGORY,
    section: "§9",
    anchor: "service_effect",
    summary:
      "Extra visitors (or checks) per day a new service brings: daily visitors × target group's traffic share × influence coefficient.",
    returns: "Extra visitors (with q_f) or extra checks (with q_ch) per day.",
    formula: "V_cl = N_cl × p_t × q_f   (V_ch = N_cl × p_t × q_ch)",
    example: {
      args: [4500, 0.1, 0.2],
      expected: 90,
      source:
        "methods.md (worked examples): mother and child room, 4,500 × (5% + 5%) × 0.2 = 90 extra visitors a day",
    },
    notes: [
      "The experts split the overall influence coefficient into q_f (visit frequency) and q_ch (number of checks), which add up to it; pass q_f for visitors, q_ch for checks (the article's example: q_ch = 0.1 gives 45 extra checks a day).",
      SURVEY,
      "Blank arguments count as 0.",
    ],
    twin: { template: "{daily_visitors}*{traffic_share}*{influence_coef}" },
    args: {
      daily_visitors: {
        description: "Current average visitors per day (N_cl); 0 or more.",
      },
      traffic_share: {
        description:
          "The target group's share of the traffic (p_t), from 0 to 1 (type 10% or 0.1); add the shares when the group has two.",
      },
      influence_coef: {
        description:
          "Influence coefficient on visit frequency (q_f) or on checks (q_ch), from 0 to 5.",
      },
    },
  },
  INFLUENCE_COEF: {
    category: CATEGORY,
    section: "§9",
    anchor: "influence_coef",
    summary:
      "Overall influence coefficient of a service for a group: the sum of the group's scores over the number of respondents.",
    returns: "A coefficient from 0 to 5.",
    formula: "Σ scores / respondents",
    example: {
      args: [[[5], [4], [3], [null], [0]]],
      expected: 3,
      source:
        "hand calculation: (5 + 4 + 3 + 0) / 4 respondents = 3 (the blank is not a respondent)",
    },
    notes: [
      SURVEY,
      "Scores above 5 are #NUM!; text is #VALUE!; no respondent is #DIV/0!. Some desktop builds pass blank cells as 0, which counts them as respondents who answered 0: select exactly the answers.",
    ],
    twin: {
      template: "AVERAGE({scores})",
      checks: [SCORE_CHECK],
      needsDynamicArrays: true,
      olderExcel: [{ formula: "AVERAGE({scores})" }],
    },
    args: {
      scores: SCORES,
    },
  },
  HYPOTHESIS_CONFIRMED: {
    category: CATEGORY,
    section: "§9",
    anchor: "hypothesis_confirmed",
    summary:
      "Whether a service hypothesis is confirmed for a group: answers of 4 and 5 make up more than half of the answers.",
    returns:
      "TRUE when the hypothesis is confirmed for the group, FALSE when it is not relevant there.",
    formula: "COUNT(scores ≥ 4) / respondents > threshold",
    example: {
      args: [[[5], [4], [4], [2], [1]], null],
      expected: true,
      source: "hand calculation: 3 of 5 answers are 4 or 5, 60% > 50%",
    },
    bands: [
      { when: "> 50% of answers are 4-5", meaning: "confirmed: the service goes into the model" },
      { when: "≤ 50%", meaning: "not relevant for this group" },
    ],
    notes: [
      "Exactly 50% is not confirmed: the article asks for more than 50%.",
      "Open-question requirements shared by more than 30% of a group's respondents are also taken into the model (methods.md §9).",
      SURVEY,
      "Scores above 5 are #NUM!; no respondent is #DIV/0!.",
    ],
    twin: {
      // SUMPRODUCT rather than COUNTIF: COUNTIF takes ranges only, not array constants.
      template: "SUMPRODUCT(ISNUMBER({scores})*({scores}>=4))/COUNT({scores})>{threshold}",
      checks: [SCORE_CHECK],
      needsDynamicArrays: true,
      olderExcel: [
        { formula: 'COUNTIF({scores},">=4")/COUNT({scores})>{threshold}' },
        { formula: 'COUNTIF({scores},">=4")/COUNT({scores})>0.5', omitted: "threshold" },
      ],
    },
    args: {
      scores: SCORES,
      threshold: {
        description:
          "Optional share of 4-5 answers that must be exceeded, greater than 0 and at most 1; default 0.5 (the article's 50%).",
        blankNote:
          "Leave it out for the article's 50%. A blank cell is the default on the web; desktop builds that pass a blank as 0 get #NUM! saying so (a threshold of 0 would confirm the hypothesis on any single 4-5 answer).",
      },
    },
  },
};
