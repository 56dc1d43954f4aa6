/** The words of the survey sheet (core/sheet/sheetText): English; ru and kk fill in key by key. */
import type { SheetTextTable } from "../../sheet/sheetText";

const en = {
  sheetName: "Survey - {name}",
  dataSheetName: "Answers",
  title: "Client orientation: {name}",
  note:
    "How to read this: for each target group and service, the share of answers 4 and 5 among the group's answers; the hypothesis that the service " +
    "matters to the group is confirmed when that share is more than the threshold (the article: one half). The survey's coefficient is the group's mean score. " +
    "Effects follow the article's Table 3: extra visitors a day = daily visitors × (traffic share + additional share) × q_f, extra checks the same × q_ch. " +
    "The article says the two expert coefficients add up to the overall one, yet its values (0.1-0.3) cannot be mean scores on a 0-5 scale, so the sheet " +
    "shows the survey's coefficient beside the experts' q_f and q_ch and computes with the experts' values. The answers are read in place ({source}).",
  surveyHeading: "Survey",
  dailyVisitors: "Daily visitors",
  threshold: "Confirmation threshold (share of answers 4 and 5)",
  minimumSample: "Minimum sample (share of daily visitors)",
  respondents: "Respondents",
  sampleShare: "Sample, share of daily visitors",
  sampleCheck: "Sample check",
  sampleMissing: "enter the daily visitors",
  sampleSmall: "below the minimum: read the results as indicative",
  sampleOk: "large enough",
  sourceLabel: "Read from",
  sharesHeading: "Share of answers 4 and 5",
  confirmedHeading: "Hypothesis confirmed (share above the threshold)",
  meanHeading: "Influence coefficient (mean score, 0-5)",
  group: "Group",
  noAnswers: "no answers",
  effectsHeading: "Effects (the article's Table 3; experts' coefficients in blue on yellow)",
  service: "Service",
  trafficShare: "Traffic share",
  additionalShare: "Additional traffic share",
  frequencyCoef: "q_f (visits)",
  checksCoef: "q_ch (checks)",
  visitors: "Extra visitors a day",
  checks: "Extra checks a day",
  surveyCoef: "Survey coefficient (mean score)",
  confirmed: "Survey confirms",
  noSurveyData: "no survey data",
  chartTitle: "Effects by service",
  chartAxis: "Per day",
  markerComment: "Marks this sheet as an MKT client-orientation survey model",
};

export type SurveyTextKey = keyof typeof en;
export const SURVEY_SHEET_TEXT: SheetTextTable<SurveyTextKey> = { en };
