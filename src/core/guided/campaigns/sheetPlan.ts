/**
 * The campaigns sheet (docs/guided-sheets.md, campaigns;
 * docs/methods.md §1.1-1.3, 1.5): one row
 * per campaign with its inputs and, as native formulas, incremental revenue,
 * ROMI with the article's band and rank, sales lift per money unit, cost per
 * extra unit and TM cost share; a totals row with the ROMI of all campaigns
 * together; a chart of ROMI by campaign.
 *
 * Layout: title (1), note (2), inputs (4-6), table heading (8), header (9),
 * campaigns (10 … 9 + n), totals (10 + n), chart below.
 */
import { columnLetter } from "../../a1";
import { ROMI_BAND_LOWER_BOUNDS, ROMI_BAND_TEXT } from "../../metrics/campaign";
import { stringLiteral } from "../../formulaText";
import { figureOrWord, NUMBER_FORMATS as F } from "../../numberFormat";
import { assembleSheetPlan, type SheetSection } from "../../sheet/assemble";
import type { ChartSpec } from "../../sheet/chartSpec";
import { noteSection } from "../../sheet/notes";
import type { PlanScalar, SheetPlan } from "../../sheet/plan";
import { absCellAt, block, cellAt, columnBlock, rangeAt } from "../../sheet/place";
import { sheetText, type SheetTextLookup } from "../../sheet/sheetText";
import { guidedMarker, outName, type GuidedSheetOptions } from "../guidedSheet";
import type { CampaignsInput } from "./input";
import { CAMPAIGNS_SHEET_TEXT, type CampaignsTextKey } from "./sheetText";

/** Columns A … O. */
const COL = {
  label: 1,
  salesBefore: 2,
  salesNow: 3,
  unitsBefore: 4,
  unitsNow: 5,
  cost: 6,
  ownMargin: 7,
  marginUsed: 8,
  incremental: 9,
  romi: 10,
  band: 11,
  rank: 12,
  lift: 13,
  costPerUnit: 14,
  tmShare: 15,
} as const;
const WIDTHS = [170, 90, 90, 70, 70, 85, 85, 70, 100, 60, 105, 55, 85, 85, 85];
/** Header rows wrap to three lines of the widest header. */

const ROWS = { title: 1, note: 2, inputsHeading: 4, currency: 5, margin: 6, heading: 8, header: 9 };
const first = ROWS.header + 1;

interface Context {
  input: CampaignsInput;
  text: SheetTextLookup<CampaignsTextKey>;
  band: readonly string[];
  last: number;
  total: number;
}

/** The article's band of the ROMI in `cell`: nested IFs from the highest lower bound down. */
function bandFormula(cell: string, bands: readonly string[]): string {
  let formula = stringLiteral(bands[0]);
  ROMI_BAND_LOWER_BOUNDS.forEach((lower, i) => {
    formula = `IF(${cell}>=${lower},${stringLiteral(bands[i + 1])},${formula})`;
  });
  return `=${formula}`;
}

/** `=IF(growth<=0,"no growth",cost/growth)`: the readable answer when nothing grew. */
const perGrowth = (c: Context, growth: string, cost: string) =>
  `=IF(${growth}<=0,${stringLiteral(c.text("noGrowth"))},${cost}/(${growth}))`;

function campaignRow(c: Context, r: number): PlanScalar[] {
  const at = (col: number) => cellAt(col, r);
  const romiRange = `${absCellAt(COL.romi, first)}:${absCellAt(COL.romi, c.last)}`;
  return [
    `=IF(ISBLANK(${at(COL.ownMargin)}),${absCellAt(2, ROWS.margin)},${at(COL.ownMargin)})`,
    `=${at(COL.salesNow)}-${at(COL.salesBefore)}`,
    `=(${at(COL.incremental)}*${at(COL.marginUsed)}-${at(COL.cost)})/${at(COL.cost)}`,
    bandFormula(at(COL.romi), c.band),
    `=COUNTIF(${romiRange},">"&${at(COL.romi)})+1`,
    `=(${at(COL.salesNow)}-${at(COL.salesBefore)})/${at(COL.cost)}`,
    perGrowth(c, `${at(COL.unitsNow)}-${at(COL.unitsBefore)}`, at(COL.cost)),
    perGrowth(c, `${at(COL.salesNow)}-${at(COL.salesBefore)}`, at(COL.cost)),
  ];
}

/**
 * Formats of the results from ROMI on, in a campaign's row and in the total:
 * ROMI, band, rank, lift per cost, then cost per unit and TM share, where
 * "no growth" sits at the right edge like the figures.
 */
const RESULT_FORMATS = [
  F.percent,
  F.wordAfterFigure,
  F.count,
  F.ratio,
  figureOrWord(F.moneyCents),
  figureOrWord(F.percent),
];

function tableSection(c: Context): SheetSection {
  const { input, text } = c;
  const cur = { currency: input.currency };
  const headers: CampaignsTextKey[] = [
    "campaign",
    "salesBefore",
    "salesNow",
    "unitsBefore",
    "unitsNow",
    "cost",
    "ownMargin",
    "marginUsed",
    "incrementalRevenue",
    "romi",
    "band",
    "rank",
    "liftPerCost",
    "costPerUnit",
    "tmShare",
  ];
  const rows = input.campaigns.map((_, i) => first + i);
  return {
    blocks: [
      block(1, ROWS.heading, [[text("tableHeading")]], "heading"),
      block(1, ROWS.header, [headers.map((k) => text(k, cur))], "header"),
      block(
        1,
        first,
        input.campaigns.map((k) => [
          k.label,
          k.salesBefore,
          k.salesNow,
          k.unitsBefore,
          k.unitsNow,
          k.cost,
          k.grossMargin ?? null,
        ]),
        "input",
        input.campaigns.map(() => [F.text, F.money, F.money, F.count, F.count, F.money, F.percent])
      ),
      block(
        COL.marginUsed,
        first,
        rows.map((r) => campaignRow(c, r)),
        "calc",
        rows.map(() => [F.percent, F.money, ...RESULT_FORMATS])
      ),
    ],
    names: [
      outName("romi", rangeAt(COL.romi, first, COL.romi, c.last)),
      outName("lift_per_cost", rangeAt(COL.lift, first, COL.lift, c.last)),
      outName("cost_per_unit", rangeAt(COL.costPerUnit, first, COL.costPerUnit, c.last)),
      outName("tm_share", rangeAt(COL.tmShare, first, COL.tmShare, c.last)),
    ],
  };
}

/** All campaigns together: sums, and ROMI = (Σ incremental revenue × margin − Σ cost) / Σ cost. */
function totalSection(c: Context): SheetSection {
  const t = c.total;
  const sum = (col: number) => `SUM(${rangeAt(col, first, col, c.last)})`;
  const at = (col: number) => cellAt(col, t);
  const inc = rangeAt(COL.incremental, first, COL.incremental, c.last);
  const margins = rangeAt(COL.marginUsed, first, COL.marginUsed, c.last);
  return {
    blocks: [
      block(1, t, [[c.text("total")]], "header"),
      block(
        COL.salesBefore,
        t,
        [[`=${sum(2)}`, `=${sum(3)}`, `=${sum(4)}`, `=${sum(5)}`, `=${sum(6)}`, null, null]],
        "objective",
        [[F.money, F.money, F.count, F.count, F.money, F.percent, F.percent]]
      ),
      block(
        COL.incremental,
        t,
        [
          [
            `=${sum(COL.incremental)}`,
            `=(SUMPRODUCT(${inc},${margins})-${at(COL.cost)})/${at(COL.cost)}`,
            bandFormula(at(COL.romi), c.band),
            null,
            `=(${at(COL.salesNow)}-${at(COL.salesBefore)})/${at(COL.cost)}`,
            perGrowth(c, `${at(COL.unitsNow)}-${at(COL.unitsBefore)}`, at(COL.cost)),
            perGrowth(c, `${at(COL.salesNow)}-${at(COL.salesBefore)}`, at(COL.cost)),
          ],
        ],
        "objective",
        [[F.money, ...RESULT_FORMATS]]
      ),
    ],
    names: [outName("total_romi", at(COL.romi))],
  };
}

function chart(c: Context): ChartSpec {
  return {
    kind: "column",
    title: c.text("chartTitle"),
    categories: { address: rangeAt(COL.label, first, COL.label, c.last) },
    series: [
      { name: c.text("romi"), values: { address: rangeAt(COL.romi, first, COL.romi, c.last) } },
    ],
    anchor: { from: cellAt(1, c.total + 2), to: cellAt(7, c.total + 20) },
    valueAxis: { title: c.text("chartAxis"), numberFormat: F.percentWhole },
  };
}

export function buildCampaignsSheetPlan(
  input: CampaignsInput,
  options: GuidedSheetOptions = {}
): SheetPlan {
  const text = sheetText(CAMPAIGNS_SHEET_TEXT, options.language);
  const last = first + input.campaigns.length - 1;
  const c: Context = {
    input,
    text,
    band: ROMI_BAND_TEXT[options.language ?? "en"],
    last,
    total: last + 1,
  };
  const width = WIDTHS.reduce((a, b) => a + b, 0);
  const note = noteSection(
    1,
    ROWS.note,
    text("note", { currency: input.currency }),
    WIDTHS.length,
    width
  );
  const inputs: SheetSection = {
    blocks: [
      block(1, ROWS.title, [[text("title", { name: input.name })]], "title"),
      block(1, ROWS.inputsHeading, [[text("inputsHeading")]], "heading"),
      columnBlock(1, ROWS.currency, [text("currency"), text("defaultMargin")], "label"),
      columnBlock(2, ROWS.currency, [input.currency, input.grossMargin], "input", [
        [F.text],
        [F.percent],
      ]),
    ],
  };
  const table = tableSection(c);
  return assembleSheetPlan({
    sheetName: options.sheetName ?? text("sheetName", { name: input.name }),
    sections: [inputs, note, table, totalSection(c), { blocks: [], charts: [chart(c)] }],
    names: [guidedMarker("campaigns", text("markerComment"))],
    columnWidths: WIDTHS.map((width, i) => ({ column: columnLetter(i + 1), width })),
    // Russian and Kazakh headers wrap at their spaces: each column holds its longest word.
    fitColumns: { wrapHeaders: true },
    freezeRows: input.campaigns.length > 20 ? ROWS.header : undefined,
    page: { orientation: "landscape" },
    focus: cellAt(COL.romi, c.total),
  });
}
