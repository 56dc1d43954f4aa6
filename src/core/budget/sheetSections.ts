/**
 * The sections of the budget sheet, one builder each (inputs, channels,
 * decisions, summary, charts, curves, notes). Every builder reads the shared
 * BudgetSheetContext (the model, the row layout, the text) and returns its
 * blocks. Responses are the catalogue's own native twins of MKT.ADBUDG and
 * MKT.VIDALE_WOLFE (renderTwin), so the sheet, the functions and the engine
 * compute one formula; the parity test holds the sheet's objective to the
 * engine's. Columns are 1-based (A = 1).
 */
import type { PlanScalar } from "../sheet/plan";
import type { SheetSection } from "../sheet/assemble";
import type { ChartSeriesSpec, ChartSpec } from "../sheet/chartSpec";
import type { SheetTextLookup } from "../sheet/sheetText";
import { absCellAt, block, cellAt, columnBlock, rangeAt } from "../sheet/place";
import { NUMBER_FORMATS as F } from "../numberFormat";
import { modelSheetHead, modelSheetNotes } from "../sheet/modelSheet";
import { renderTwin } from "../catalogue/twin";
import { entryNamed } from "../catalogue";
import type { BudgetModelInput, Channel } from "./model";
import type { BudgetSheetTextKey } from "./sheetText";
import type { budgetSheetRows } from "./sheetPlan";

/** Column numbers by letter. */
const [A, B, C, D, E, F_, G, H, I, J, K, L, M] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
export const BUDGET_COLUMNS = { A, B, C, D, E, F: F_, G, H, I, J, K, L, M };

/**
 * Points of each response curve drawn: 0, 2.5%, …, 100% of the channel's
 * maximum; 41 points draw an S-curve without visible corners at chart size.
 */
export const CURVE_POINTS = 41;
/** Rows a chart covers, and the gap below it. */
export const CHART_ROWS = 18;
export const CHART_GAP = 2;
/**
 * Figure columns B:M in points: 1,900,000 in bold with room to spare; the
 * headers wrap onto two lines (the header rows grow to fit them).
 */
export const FIGURE_COLUMN_WIDTH = 80;
/** Rows reserved for the notes: the four on solving, and the optional one on where the spends came from. */
export const NOTE_ROWS = 5;

export interface BudgetSheetContext {
  model: BudgetModelInput;
  spend: readonly number[];
  rows: ReturnType<typeof budgetSheetRows>;
  text: SheetTextLookup<BudgetSheetTextKey>;
  note?: string;
}

const N = (c: BudgetSheetContext) => c.model.channels.length;

/** The decisions' cells of column `col`, e.g. "B20:B22". */
export const decisionColumn = (c: BudgetSheetContext, col: number): string =>
  rangeAt(col, c.rows.decision(0), col, c.rows.decision(N(c) - 1));

/** The native formula of channel i's response at the spend in cell `x` (without "="). */
function responseFormula(c: BudgetSheetContext, i: number, x: string): string {
  const r = c.rows.channel(i);
  const ch = c.model.channels[i];
  const formula =
    ch.response.model === "adbudg"
      ? renderTwin(entryNamed("ADBUDG"), {
          spend: x,
          min_response: absCellAt(G, r),
          max_response: absCellAt(H, r),
          shape: absCellAt(I, r),
          half_saturation_spend: absCellAt(J, r),
        })
      : renderTwin(entryNamed("VIDALE_WOLFE"), {
          spend: x,
          response_rate: absCellAt(K, r),
          saturation_sales: absCellAt(L, r),
          decay_rate: absCellAt(M, r),
        });
  if (formula === null)
    throw new Error("budget sheet: a response model lost its native twin (bug)");
  return formula;
}

/**
 * dπ/dx = m·R'(x) − 1 as a native formula. ADBUDG: R' = (b−a)·γ·K^γ·x^(γ−1)/(K^γ+x^γ)²,
 * which at x = 0 is 0 for γ > 1, (b−a)/K for γ = 1 and unbounded for γ < 1 (left blank);
 * Vidale-Wolfe: R' = r·λ·M²/(r·x + λ·M)².
 */
function marginalFormula(c: BudgetSheetContext, i: number, x: string): string {
  const r = c.rows.channel(i);
  const m = absCellAt(F_, r);
  if (c.model.channels[i].response.model === "adbudg") {
    const [a, b, g, k] = [G, H, I, J].map((col) => absCellAt(col, r));
    const slope = `${m}*(${b}-${a})*${g}*${k}^${g}*${x}^(${g}-1)/(${k}^${g}+${x}^${g})^2-1`;
    return `=IF(${x}>0,${slope},IF(${g}>1,-1,IF(${g}=1,${m}*(${b}-${a})/${k}-1,"")))`;
  }
  const [rr, sat, decay] = [K, L, M].map((col) => absCellAt(col, r));
  return `=${m}*${rr}*${decay}*${sat}^2/(${rr}*${x}+${decay}*${sat})^2-1`;
}

export function inputsSection(c: BudgetSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  return {
    blocks: [
      ...modelSheetHead(text, model, [text("budget"), text("spendAll")]),
      block(B, R.budget, [[model.budget]], "input", F.money),
      // Solver's budget relation is part of the stored model, so this is a statement, not an input.
      block(B, R.spendAll, [[text(model.spendAll ? "yes" : "no")]], "label"),
    ],
  };
}

function adbudgCells(ch: Channel): PlanScalar[] | null {
  const p = ch.response;
  return p.model === "adbudg"
    ? [p.minResponse, p.maxResponse, p.shape, p.halfSaturationSpend]
    : null;
}

function vidaleWolfeCells(ch: Channel): PlanScalar[] | null {
  const p = ch.response;
  return p.model === "vidale-wolfe" ? [p.responseRate, p.saturationSales, p.decayRate] : null;
}

export function channelsSection(c: BudgetSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  const header = [
    ...["channel", "responseModel", "minSpend", "maxSpend", "currentSpend", "margin"],
    ...["floor", "ceiling", "shape", "halfSaturation", "responseRate", "saturationSales"],
    "decayRate",
  ] as const;
  const blocks = [
    block(A, R.channelsHeading, [[text("channelsHeading")]], "heading"),
    // Each curve model's group header spans its parameter columns.
    block(G, R.channelHeader - 1, [[text("adbudgGroup"), null, null, null]], "header"),
    block(K, R.channelHeader - 1, [[text("vidaleWolfeGroup"), null, null]], "header"),
    block(A, R.channelHeader, [header.map((k) => text(k))], "header"),
  ];
  model.channels.forEach((ch, i) => {
    const r = R.channel(i);
    const name = text(ch.response.model === "adbudg" ? "adbudg" : "vidaleWolfe");
    blocks.push(block(A, r, [[ch.label, name]], "label", [[F.text, F.text]]));
    blocks.push(
      block(C, r, [[ch.min, ch.max, ch.current, ch.margin]], "input", [
        [F.money, F.money, F.money, F.ratio],
      ])
    );
    const ad = adbudgCells(ch);
    if (ad) blocks.push(block(G, r, [ad], "input", [[F.money, F.money, F.ratio, F.money]]));
    const vw = vidaleWolfeCells(ch);
    if (vw) blocks.push(block(K, r, [vw], "input", [[F.ratio, F.money, F.ratio]]));
  });
  const groupRow = R.channelHeader - 1;
  return { blocks, merges: [rangeAt(G, groupRow, J, groupRow), rangeAt(K, groupRow, M, groupRow)] };
}

export function decisionsSection(c: BudgetSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  const header = [
    ...["channel", "spend", "response", "profit", "marginalReturn", "minSpend", "maxSpend"],
    ...["currentSpend", "responseAtCurrent", "profitAtCurrent"],
  ] as const;
  const rows: PlanScalar[][] = model.channels.map((ch, i) => {
    const r = R.decision(i);
    const input = R.channel(i);
    const spend = cellAt(B, r);
    const current = cellAt(H, r);
    const margin = absCellAt(F_, input);
    return [
      `=${cellAt(A, input)}`,
      null,
      `=${responseFormula(c, i, spend)}`,
      `=${margin}*${cellAt(C, r)}-${spend}`,
      marginalFormula(c, i, spend),
      `=${cellAt(C, input)}`,
      `=${cellAt(D, input)}`,
      ch.current === null ? null : `=${cellAt(E, input)}`,
      ch.current === null ? null : `=${responseFormula(c, i, current)}`,
      ch.current === null ? null : `=${margin}*${cellAt(I, r)}-${current}`,
    ];
  });
  const formats = model.channels.map(() => [
    F.wordFormula,
    F.money,
    F.money,
    F.money,
    F.ratio,
    F.money,
    F.money,
    F.money,
    F.money,
    F.money,
  ]);
  const first = R.decision(0);
  return {
    blocks: [
      block(A, R.decHeading, [[text("decisionsHeading")]], "heading"),
      block(A, R.decHeader, [header.map((k) => text(k))], "header"),
      columnBlock(
        A,
        first,
        rows.map((row) => row[0]),
        "label",
        formats.map((f) => [f[0]])
      ),
      columnBlock(B, first, [...c.spend], "decision", F.money),
      block(
        C,
        first,
        rows.map((row) => row.slice(2)),
        "calc",
        formats.map((f) => f.slice(2))
      ),
    ],
  };
}

export function summarySection(c: BudgetSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  const s = R.summary;
  const allCurrent = model.channels.every((ch) => ch.current !== null);
  const objective = cellAt(B, R.objective);
  const current = cellAt(B, R.currentProfit);
  return {
    blocks: [
      block(A, R.summaryHeading, [[text("summaryHeading")]], "heading"),
      columnBlock(
        A,
        s,
        [text("totalSpend"), text("budget"), text("unspent"), text("totalProfit")].concat(
          allCurrent ? [text("currentProfit"), text("change")] : []
        ),
        "label"
      ),
      columnBlock(
        B,
        s,
        [
          `=SUM(${decisionColumn(c, B)})`,
          `=${absCellAt(B, R.budget)}`,
          `=${cellAt(B, s + 1)}-${cellAt(B, s)}`,
        ],
        "constraint",
        F.money
      ),
      block(B, R.objective, [[`=SUM(${decisionColumn(c, D)})`]], "objective", F.money),
      ...(allCurrent
        ? [
            columnBlock(
              B,
              R.currentProfit,
              [`=SUM(${decisionColumn(c, J)})`, `=${objective}-${current}`],
              "calc",
              F.money
            ),
          ]
        : []),
    ],
  };
}

/** Per channel a header and CURVE_POINTS rows of spend and response: what the charts plot. */
export function curvesSection(c: BudgetSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  const blocks = [block(A, R.curvesHeading, [[text("curvesHeading")]], "heading")];
  model.channels.forEach((ch, i) => {
    const top = R.curveHeader(i);
    const max = absCellAt(D, R.channel(i));
    const points = Array.from({ length: CURVE_POINTS }, (_, k) => {
      const x = cellAt(A, top + 1 + k);
      return [`=${max}*${k}/${CURVE_POINTS - 1}`, `=${responseFormula(c, i, x)}`];
    });
    const header = [
      text("curveSpend", { channel: ch.label }),
      text("curveResponse", { channel: ch.label }),
    ];
    blocks.push(block(A, top, [header], "header"));
    blocks.push(
      block(
        A,
        top + 1,
        points,
        "calc",
        points.map(() => [F.money, F.money])
      )
    );
  });
  return { blocks };
}

/** One scatter chart per channel: its curve, and its current and sheet spends as points. */
export function chartsSection(c: BudgetSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  const heading = block(A, R.chartsHeading, [[text("chartsHeading")]], "heading");
  const charts: ChartSpec[] = model.channels.map((ch, i) => {
    const d = R.decision(i);
    const first = R.curveHeader(i) + 1;
    const last = first + CURVE_POINTS - 1;
    const point = (name: string, x: string, y: string): ChartSeriesSpec => ({
      name,
      values: { address: y },
      categories: { address: x },
      look: "markers",
    });
    const top = R.chartsTop + Math.floor(i / 2) * (CHART_ROWS + CHART_GAP);
    const [from, to] = i % 2 === 0 ? [A, D] : [F_, J];
    return {
      kind: "scatter",
      title: text("chartTitle", { channel: ch.label }),
      series: [
        {
          name: text("seriesCurve"),
          values: { address: rangeAt(B, first, B, last) },
          categories: { address: rangeAt(A, first, A, last) },
          look: "line",
        },
        ...(ch.current === null ? [] : [point(text("seriesCurrent"), cellAt(H, d), cellAt(I, d))]),
        point(text("seriesOptimal"), cellAt(B, d), cellAt(C, d)),
      ],
      anchor: { from: cellAt(from, top), to: cellAt(to, top + CHART_ROWS - 1) },
      categoryAxis: {
        title: text("chartSpendAxis", { currency: model.currency }),
        numberFormat: F.money,
      },
      valueAxis: { title: text("chartResponseAxis"), numberFormat: F.money },
    };
  });
  return { blocks: [heading], charts };
}

/** "How to solve" under the summary, one paragraph a row across A:G (the width of the printed tables' left part). */
export function notesSection(c: BudgetSheetContext): SheetSection {
  const { text, rows: R } = c;
  const lines = [text("noteSolve"), text("noteFormulas"), text("noteLocal"), text("noteGlobal")];
  return modelSheetNotes({
    headingRow: R.notesHeading,
    rows: NOTE_ROWS,
    heading: text("notesHeading"),
    lines,
    note: c.note,
    figureWidth: FIGURE_COLUMN_WIDTH,
  });
}
