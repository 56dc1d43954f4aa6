/**
 * The client-orientation survey sheet (docs/guided-sheets.md, survey;
 * docs/methods.md §9,
 * stages 3-6 of the shopping-centre article): from the answers (read in
 * place with COUNTIFS and SUMIFS, so the sheet stays small whatever the
 * number of answers) the share of answers 4 and 5 per group and service, the
 * confirmed hypotheses and the influence coefficients; then the effect table
 * (Table 3) with the survey's coefficient and confirmation beside each row, a
 * sample check against the article's minimum, and a chart of the effects.
 *
 * Layout (G groups): title (1), note (2), survey inputs (4-11), shares (13 …),
 * confirmed, mean scores, effects, chart below.
 */
import { columnLetter } from "../../a1";
import { stringLiteral } from "../../formulaText";
import { SUPPORTING_SCORE } from "../../metrics/clientOrientation";
import { NUMBER_FORMATS as F } from "../../numberFormat";
import { assembleSheetPlan, type SheetSection } from "../../sheet/assemble";
import type { ChartSpec } from "../../sheet/chartSpec";
import { noteSection } from "../../sheet/notes";
import type { DataSheet, PlanScalar, SheetPlan } from "../../sheet/plan";
import { absCellAt, absRangeAt, block, cellAt, columnBlock, rangeAt } from "../../sheet/place";
import { sanitiseSheetName } from "../../sheet/sheetName";
import { sheetText, type SheetTextLookup } from "../../sheet/sheetText";
import {
  sourceAddress,
  sourceColumn,
  sourceHeader,
  type SourceTable,
} from "../../sheet/sourceTable";
import { guidedMarker, outName, type GuidedSheetOptions } from "../guidedSheet";
import type { SurveyEffect, SurveyInput } from "./input";
import type { SurveyColumns } from "./table";
import { SURVEY_SHEET_TEXT, type SurveyTextKey } from "./sheetText";

/** The article: a hypothesis holds when answers of 4 and 5 are more than one half. */
export const ARTICLE_CONFIRMATION_SHARE = 0.5;
/** The article's minimum sample: 5% of the daily visitors. */
export const ARTICLE_MINIMUM_SAMPLE_SHARE = 0.05;

export interface SurveyModel {
  name: string;
  dailyVisitors: number | null;
  groups: string[];
  services: string[];
  effects: SurveyEffect[];
  source: SourceTable;
  columns: SurveyColumns;
}

const ROWS = {
  title: 1,
  note: 2,
  heading: 4,
  daily: 5,
  threshold: 6,
  minimum: 7,
  respondents: 8,
  sample: 9,
  check: 10,
  from: 11,
  shares: 13,
};
type Text = SheetTextLookup<SurveyTextKey>;

interface Context {
  model: SurveyModel;
  text: Text;
  group: string;
  scores: string[];
  from: string;
  G: number;
  V: number;
  /** Heading rows of the three group × service tables and of the effects. */
  top: { shares: number; confirmed: number; mean: number; effects: number; chart: number };
}

const firstRow = (top: number) => top + 2;
/** Columns B:C hold the sample check's words and the answers' address (170 + 95 pt: the longest, ru "меньше минимума: результаты ориентировочные"). */
const WORDS_COLUMNS = 2;
const daily = absCellAt(2, ROWS.daily);

function inputsSection(c: Context): SheetSection {
  const { text } = c;
  const [d, share] = [cellAt(2, ROWS.daily), cellAt(2, ROWS.sample)];
  return {
    blocks: [
      block(1, ROWS.heading, [[text("surveyHeading")]], "heading"),
      columnBlock(
        1,
        ROWS.daily,
        [
          "dailyVisitors",
          "threshold",
          "minimumSample",
          "respondents",
          "sampleShare",
          "sampleCheck",
          "sourceLabel",
        ].map((k) => text(k as SurveyTextKey)),
        "label"
      ),
      columnBlock(
        2,
        ROWS.daily,
        [c.model.dailyVisitors, ARTICLE_CONFIRMATION_SHARE, ARTICLE_MINIMUM_SAMPLE_SHARE],
        "input",
        [[F.count], [F.percent], [F.percent]]
      ),
      columnBlock(
        2,
        ROWS.respondents,
        [`=ROWS(${c.group})`, `=IF(N(${d})>0,${cellAt(2, ROWS.respondents)}/${d},"")`],
        "calc",
        [[F.count], [F.percent]]
      ),
      // The check's words and the answers' address run on past column B: each
      // sits in a cell merged across B:C, so its border holds the whole text.
      block(
        2,
        ROWS.check,
        [
          [
            `=IF(N(${d})<=0,${stringLiteral(text("sampleMissing"))},IF(${share}<${cellAt(2, ROWS.minimum)},${stringLiteral(text("sampleSmall"))},${stringLiteral(text("sampleOk"))}))`,
            null,
          ],
          [c.from, null],
        ],
        "calc",
        // The verdict is a formula (General); the address below it is typed text ("@").
        [
          [F.wordFormula, F.wordFormula],
          [F.text, F.text],
        ]
      ),
    ],
    merges: [ROWS.check, ROWS.from].map((row) => rangeAt(2, row, 2 + WORDS_COLUMNS - 1, row)),
  };
}

/** One group × service table: its heading, the service names from the answers' header, a row per group. */
function groupTable(
  c: Context,
  top: number,
  heading: SurveyTextKey,
  cell: (g: number, v: number) => string,
  format: string
): SheetSection {
  const first = firstRow(top);
  const cells: PlanScalar[][] = c.model.groups.map((_, g) =>
    c.model.services.map((__, v) => cell(g, v))
  );
  return {
    blocks: [
      block(1, top, [[c.text(heading)]], "heading"),
      block(
        1,
        top + 1,
        [
          [
            c.text("group"),
            ...c.model.columns.services.map((s) => `=${sourceHeader(c.model.source, s)}`),
          ],
        ],
        "header"
      ),
      columnBlock(1, first, [...c.model.groups], "label", F.text),
      block(2, first, cells, "calc", format),
    ],
  };
}

function surveyTables(c: Context): SheetSection[] {
  const groupCell = (top: number, g: number) => absCellAt(1, firstRow(top) + g);
  const answers = (g: number, v: number) =>
    `COUNTIFS(${c.group},${groupCell(c.top.shares, g)},${c.scores[v]},">=0")`;
  const noAnswers = stringLiteral(c.text("noAnswers"));
  const shares = groupTable(
    c,
    c.top.shares,
    "sharesHeading",
    (g, v) => {
      const high = `COUNTIFS(${c.group},${groupCell(c.top.shares, g)},${c.scores[v]},">=${SUPPORTING_SCORE}")`;
      return `=IF(${answers(g, v)}=0,${noAnswers},${high}/${answers(g, v)})`;
    },
    F.percent
  );
  const confirmed = groupTable(
    c,
    c.top.confirmed,
    "confirmedHeading",
    (g, v) => {
      const s = cellAt(2 + v, firstRow(c.top.shares) + g);
      return `=IF(ISNUMBER(${s}),${s}>${absCellAt(2, ROWS.threshold)},${noAnswers})`;
    },
    F.flag
  );
  const mean = groupTable(
    c,
    c.top.mean,
    "meanHeading",
    (g, v) =>
      `=IF(${answers(g, v)}=0,${noAnswers},SUMIFS(${c.scores[v]},${c.group},${groupCell(c.top.shares, g)})/${answers(g, v)})`,
    F.ratio
  );
  const block = (top: number) => rangeAt(2, firstRow(top), 1 + c.V, firstRow(top) + c.G - 1);
  confirmed.names = [outName("confirmed", block(c.top.confirmed))];
  mean.names = [outName("mean_score", block(c.top.mean))];
  return [shares, confirmed, mean];
}

/** V = daily visitors × (traffic share + additional share) × q; the survey's coefficient and confirmation looked up beside. */
function effectsSection(c: Context): SheetSection {
  const { text, model } = c;
  const top = c.top.effects;
  const first = firstRow(top);
  const E = model.effects.length;
  const keys: SurveyTextKey[] = [
    "service",
    "group",
    "trafficShare",
    "additionalShare",
    "frequencyCoef",
    "checksCoef",
    "visitors",
    "checks",
    "surveyCoef",
    "confirmed",
  ];
  const lookup = (tableTop: number, r: number) => {
    const body = absRangeAt(2, firstRow(tableTop), 1 + c.V, firstRow(tableTop) + c.G - 1);
    const groups = absRangeAt(1, firstRow(tableTop), 1, firstRow(tableTop) + c.G - 1);
    const services = absRangeAt(2, tableTop + 1, 1 + c.V, tableTop + 1);
    return `=IFERROR(INDEX(${body},MATCH(${cellAt(2, r)},${groups},0),MATCH(${cellAt(1, r)},${services},0)),${stringLiteral(text("noSurveyData"))})`;
  };
  const rows = model.effects.map((_, i) => first + i);
  const section: SheetSection = {
    blocks: [
      block(1, top, [[text("effectsHeading")]], "heading"),
      block(1, top + 1, [keys.map((k) => text(k))], "header"),
    ],
  };
  if (E === 0) return section;
  const last = first + E - 1;
  section.blocks.push(
    block(
      1,
      first,
      model.effects.map((e) => [
        e.service,
        e.group,
        e.trafficShare,
        e.additionalTrafficShare,
        e.frequencyCoef,
        e.checksCoef,
      ]),
      "input",
      model.effects.map(() => [F.text, F.text, F.percent, F.percent, F.ratio, F.ratio])
    ),
    block(
      7,
      first,
      rows.map((r) => [
        `=${daily}*(${cellAt(3, r)}+${cellAt(4, r)})*${cellAt(5, r)}`,
        `=${daily}*(${cellAt(3, r)}+${cellAt(4, r)})*${cellAt(6, r)}`,
        lookup(c.top.mean, r),
        lookup(c.top.confirmed, r),
      ]),
      "calc",
      rows.map(() => [F.oneDecimal, F.oneDecimal, F.ratio, F.flag])
    )
  );
  section.names = [
    outName("visitors", rangeAt(7, first, 7, last)),
    outName("checks", rangeAt(8, first, 8, last)),
  ];
  section.charts = [
    {
      kind: "column",
      title: text("chartTitle"),
      categories: { address: rangeAt(1, first, 1, last) },
      series: [
        { name: text("visitors"), values: { address: rangeAt(7, first, 7, last) } },
        { name: text("checks"), values: { address: rangeAt(8, first, 8, last) } },
      ],
      anchor: { from: cellAt(1, c.top.chart), to: cellAt(6, c.top.chart + 18) },
      valueAxis: { title: text("chartAxis"), numberFormat: F.count },
    } satisfies ChartSpec,
  ];
  return section;
}

export function buildSurveySheetPlan(
  model: SurveyModel,
  options: GuidedSheetOptions & { dataSheets?: DataSheet[] } = {}
): SheetPlan {
  const text = sheetText(SURVEY_SHEET_TEXT, options.language);
  const G = model.groups.length;
  const V = model.services.length;
  const table = (top: number) => top + 2 + G + 1;
  const shares = ROWS.shares;
  const confirmed = table(shares);
  const mean = table(confirmed);
  const effects = table(mean);
  const c: Context = {
    model,
    text,
    G,
    V,
    group: sourceColumn(model.source, model.columns.group),
    scores: model.columns.services.map((s) => sourceColumn(model.source, s)),
    from: sourceAddress(model.source, Math.max(model.columns.group, ...model.columns.services) + 1),
    top: { shares, confirmed, mean, effects, chart: effects + 3 + model.effects.length },
  };
  const widths = [230, 170, ...Array.from({ length: Math.max(V - 1, 8) }, () => 95)];
  const width = widths.slice(0, 10).reduce((a, b) => a + b, 0);
  return assembleSheetPlan({
    sheetName: options.sheetName ?? text("sheetName", { name: model.name }),
    sections: [
      { blocks: [block(1, ROWS.title, [[text("title", { name: model.name })]], "title")] },
      noteSection(1, ROWS.note, text("note", { source: c.from }), 10, width),
      inputsSection(c),
      ...surveyTables(c),
      effectsSection(c),
    ],
    names: [guidedMarker("survey", text("markerComment"))],
    columnWidths: widths.map((w, i) => ({ column: columnLetter(i + 1), width: w })),
    // Russian and Kazakh headers wrap at their spaces: each column holds its longest word.
    fitColumns: { wrapHeaders: true },
    page: { orientation: "landscape" },
    focus: cellAt(2, firstRow(confirmed)),
    ...(options.dataSheets ? { dataSheets: options.dataSheets } : {}),
  });
}

/** The answers as a data sheet for the .xlsx file, and the plan reading them. */
export function buildSurveyExportPlan(
  input: SurveyInput,
  options: GuidedSheetOptions = {}
): SheetPlan {
  const text = sheetText(SURVEY_SHEET_TEXT, options.language);
  const name = sanitiseSheetName(text("dataSheetName"));
  const services = input.services.map((_, k) => 1 + k);
  const dataSheet: DataSheet = {
    name,
    header: ["group", ...input.services],
    rows: input.responses.map((r) => [r.group, ...r.scores]),
    numberFormats: [F.text, ...services.map(() => null)],
    columnWidths: [190, ...services.map(() => 95)].map((width, i) => ({
      column: columnLetter(i + 1),
      width,
    })),
  };
  return buildSurveySheetPlan(
    {
      name: input.name,
      dailyVisitors: input.dailyVisitors,
      groups: input.groups,
      services: input.services,
      effects: input.effects,
      source: { sheet: name, headerRow: 1, firstColumn: 1, rows: input.responses.length },
      columns: { group: 0, services },
    },
    { ...options, dataSheets: [dataSheet] }
  );
}
