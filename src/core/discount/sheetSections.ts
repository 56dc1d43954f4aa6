/**
 * The sections of the discount sheet, one builder each (inputs, tiers,
 * segments, decisions, summary, calculations, sensitivity, notes). Every
 * builder reads the shared DiscountSheetContext (the model, the row layout,
 * the cell references other sections point at) and returns its blocks; the
 * formulas restate evaluate.ts cell by cell (the parity test holds the two to
 * 1e-9). Columns are 1-based (A = 1).
 */
import type { PlanScalar } from "../sheet/plan";
import type { SheetSection } from "../sheet/assemble";
import type { ChartSpec } from "../sheet/chartSpec";
import type { SheetTextLookup } from "../sheet/sheetText";
import { absCellAt, block, cellAt, columnBlock, rangeAt } from "../sheet/place";
import { modelSheetHead, modelSheetNotes } from "../sheet/modelSheet";
import { NUMBER_FORMATS as F } from "../numberFormat";
import type { DiscountModelInput } from "./model";
import type { DiscountSheetTextKey } from "./sheetText";
import type { discountSheetRows } from "./sheetPlan";

/** Column numbers by letter (F_ because F is the number formats). */
const [A, B, C, D, E, F_, G, H, I, J, K] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
export const DISCOUNT_COLUMNS = { A, B, C, D, E, F: F_, G, H, I, J, K };

export interface DiscountSheetContext {
  model: DiscountModelInput;
  discounts: readonly number[];
  /** Discounts of the sensitivity table. */
  xs: readonly number[];
  rows: ReturnType<typeof discountSheetRows>;
  text: SheetTextLookup<DiscountSheetTextKey>;
  /** The task pane's title, the ribbon command that opens it and its Optimise tab, in the sheet's language (message catalogue), named by the notes. */
  pane: { title: string; command: string; tab: string };
  /** One more line for the notes (where the decisions came from). */
  note?: string;
  /** Width in points of the figure columns B … (the least a column gets: the notes' height is measured at it). */
  figureWidth: number;
}

const T = (c: DiscountSheetContext) => c.model.tiers.length;
const S = (c: DiscountSheetContext) => c.model.segments.length;
/** The column of tier t's share in the segment table. */
const shareCol = (t: number) => C + t;

/** The four price inputs, as absolute references. */
function inputRefs(c: DiscountSheetContext) {
  const r = c.rows.inputs;
  return {
    price: absCellAt(B, r),
    unitCost: absCellAt(B, r + 1),
    orderCost: absCellAt(B, r + 2),
    maxDiscount: absCellAt(B, r + 3),
  };
}

/** The decisions' cells of column `col`, e.g. "E25:E27". */
export const decisionColumn = (c: DiscountSheetContext, col: number): string =>
  rangeAt(col, c.rows.decision(0), col, c.rows.decision(T(c) - 1));

export function inputsSection(c: DiscountSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  return {
    blocks: [
      ...modelSheetHead(text, model, [
        text("listPrice"),
        text("unitCost"),
        text("orderCost"),
        text("maxDiscount"),
      ]),
      columnBlock(
        B,
        R.inputs,
        [model.listPrice, model.unitCost, model.orderCost, model.maxDiscount],
        "input",
        [[F.moneyCents], [F.moneyCents], [F.moneyCents], [F.percent]]
      ),
    ],
  };
}

export function tiersSection(c: DiscountSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  return {
    blocks: [
      block(A, R.tiersHeading, [[text("tiersHeading")]], "heading"),
      block(
        A,
        R.tierHeader,
        [
          [
            text("tier"),
            text("minQty"),
            text("ordersPerPeriod"),
            text("unitsPerOrder"),
            text("minMargin"),
          ],
        ],
        "header"
      ),
      block(
        A,
        R.tier(0),
        model.tiers.map((t) => [t.label, t.minQty, t.orders, t.unitsPerOrder, t.minMargin]),
        "input",
        model.tiers.map(() => [F.text, F.count, F.quantity, F.quantity, F.percent])
      ),
    ],
  };
}

export function segmentsSection(c: DiscountSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  return {
    blocks: [
      block(A, R.segHeading, [[text("segmentsHeading")]], "heading"),
      block(
        A,
        R.segHeader,
        [
          [
            text("segment"),
            text("elasticity"),
            ...model.tiers.map((t) => text("shareOfTier", { tier: t.label })),
          ],
        ],
        "header"
      ),
      block(
        A,
        R.segment(0),
        model.segments.map((s) => [s.label, s.elasticity, ...s.shares]),
        "input",
        model.segments.map(() => [F.text, F.ratio, ...model.tiers.map(() => F.percent)])
      ),
    ],
  };
}

/** Per-tier results: each sums its tier's rows of the calculations section. */
function tierResultCells(c: DiscountSheetContext): PlanScalar[][] {
  const R = c.rows;
  const tierSum = (col: number, t: number) =>
    `=SUM(${cellAt(col, R.calc(t, 0))}:${cellAt(col, R.calc(t, S(c) - 1))})`;
  return c.model.tiers.map((_, t) => {
    const r = R.decision(t);
    return [
      tierSum(E, t),
      tierSum(F_, t),
      tierSum(G, t),
      `=IF(${cellAt(D, r)}=0,0,${cellAt(E, r)}/${cellAt(D, r)})`,
      `=${absCellAt(E, R.tier(t))}`,
    ];
  });
}

/** Profit of tier t at no discount: orders × (units per order × (price − cost) − order cost) × Σ shares. */
function baselineCells(c: DiscountSheetContext): PlanScalar[][] {
  const R = c.rows;
  const { price, unitCost, orderCost } = inputRefs(c);
  return c.model.tiers.map((_, t) => {
    const tr = R.tier(t);
    const shares = `${absCellAt(shareCol(t), R.segment(0))}:${absCellAt(shareCol(t), R.segment(S(c) - 1))}`;
    return [
      `=${absCellAt(C, tr)}*(${absCellAt(D, tr)}*(${price}-${unitCost})-${orderCost})*SUM(${shares})`,
    ];
  });
}

export function decisionsSection(c: DiscountSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  const first = R.decision(0);
  const header = [
    "tier",
    "discount",
    "units",
    "revenue",
    "profit",
    "margin",
    "minMargin",
    "floorSlack",
    "chainGap",
    "maxDiscountShort",
    "baselineProfit",
  ] as const;
  const blocks = [
    block(A, R.decHeading, [[text("decisionsHeading")]], "heading"),
    block(A, R.decHeader, [header.map((k) => text(k))], "header"),
    columnBlock(
      A,
      first,
      model.tiers.map((_, t) => `=${absCellAt(A, R.tier(t))}`),
      "label"
    ),
    columnBlock(B, first, [...c.discounts], "decision", F.percentFine),
    block(
      C,
      first,
      tierResultCells(c),
      "calc",
      model.tiers.map(() => [F.money, F.money, F.money, F.percent, F.percent])
    ),
    columnBlock(
      H,
      first,
      model.tiers.map((_, t) => {
        const r = R.decision(t);
        return `=${cellAt(E, r)}-${cellAt(G, r)}*${cellAt(D, r)}`;
      }),
      "constraint",
      F.money
    ),
  ];
  if (T(c) >= 2)
    blocks.push(
      columnBlock(
        I,
        first,
        model.tiers
          .slice(0, T(c) - 1)
          .map((_, t) => `=${cellAt(B, R.decision(t + 1))}-${cellAt(B, R.decision(t))}`),
        "constraint",
        F.percentFine
      )
    );
  blocks.push(
    columnBlock(
      J,
      first,
      model.tiers.map(() => `=${inputRefs(c).maxDiscount}`),
      "constraint",
      F.percent
    ),
    block(K, first, baselineCells(c), "calc", F.money)
  );
  return { blocks };
}

export function summarySection(c: DiscountSheetContext): SheetSection {
  const { rows: R, text } = c;
  const obj = cellAt(B, R.objective);
  const base = cellAt(B, R.baseline);
  const sum = (col: number) => `=SUM(${decisionColumn(c, col)})`;
  return {
    blocks: [
      block(A, R.summaryHeading, [[text("summaryHeading")]], "heading"),
      columnBlock(
        A,
        R.summary,
        [
          text("totalUnits"),
          text("totalRevenue"),
          text("totalProfit"),
          text("baseline"),
          text("uplift"),
          text("upliftShare"),
        ],
        "label"
      ),
      columnBlock(B, R.summary, [sum(C), sum(D)], "calc", F.money),
      columnBlock(B, R.objective, [sum(E)], "objective", F.money),
      columnBlock(
        B,
        R.baseline,
        [sum(K), `=${obj}-${base}`, `=IF(${base}=0,0,(${obj}-${base})/ABS(${base}))`],
        "calc",
        [[F.money], [F.money], [F.percent]]
      ),
    ],
  };
}

/** One row per tier × segment: orders, units per order at the tier's discount, units, revenue, profit. */
export function calculationsSection(c: DiscountSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  const { price, unitCost, orderCost } = inputRefs(c);
  const labels: PlanScalar[][] = [];
  const cells: PlanScalar[][] = [];
  model.tiers.forEach((_, t) => {
    const tr = R.tier(t);
    const dec = absCellAt(B, R.decision(t));
    model.segments.forEach((__, s) => {
      const r = R.calc(t, s);
      const sr = R.segment(s);
      labels.push([`=${absCellAt(A, tr)}`, `=${absCellAt(A, sr)}`]);
      cells.push([
        `=${absCellAt(C, tr)}*${absCellAt(shareCol(t), sr)}`,
        `=${absCellAt(D, tr)}*POWER(1-${dec},-${absCellAt(B, sr)})`,
        `=${cellAt(C, r)}*${cellAt(D, r)}`,
        `=${cellAt(E, r)}*${price}*(1-${dec})`,
        `=${cellAt(C, r)}*(${cellAt(D, r)}*(${price}*(1-${dec})-${unitCost})-${orderCost})`,
      ]);
    });
  });
  const header = [
    "tier",
    "segment",
    "orders",
    "unitsPerOrder",
    "units",
    "revenue",
    "profit",
  ] as const;
  return {
    blocks: [
      block(A, R.calcHeading, [[text("calculationsHeading")]], "heading"),
      block(A, R.calcHeader, [header.map((k) => text(k))], "header"),
      block(A, R.calc(0, 0), labels, "label"),
      block(
        C,
        R.calc(0, 0),
        cells,
        "calc",
        cells.map(() => [F.oneDecimal, F.oneDecimal, F.money, F.money, F.money])
      ),
    ],
  };
}

/** Columns and rows of the sensitivity chart: the width of six figure columns, 300 pt tall. */
const SENSITIVITY_CHART_WIDTH = 6;
const SENSITIVITY_CHART_ROWS = 20;

/** The sensitivity chart's columns: right of the table's T tier columns, after one empty column. */
export function sensitivityChartColumns(tiers: number): { first: number; last: number } {
  const first = B + tiers + 1;
  return { first, last: first + SENSITIVITY_CHART_WIDTH - 1 };
}

/** Π_t(x) at each x of the table, written out per segment so it needs no array formula; and its chart. */
export function sensitivitySection(c: DiscountSheetContext): SheetSection {
  const { model, rows: R, text } = c;
  const { price, unitCost, orderCost } = inputRefs(c);
  const firstX = R.sensHeader + 1;
  const cells = c.xs.map((_, k) => {
    const x = absCellAt(A, firstX + k);
    return model.tiers.map((__, t) => {
      const tr = R.tier(t);
      const terms = model.segments.map((___, s) => {
        const sr = R.segment(s);
        return `${absCellAt(C, tr)}*${absCellAt(shareCol(t), sr)}*(${absCellAt(D, tr)}*POWER(1-${x},-${absCellAt(B, sr)})*(${price}*(1-${x})-${unitCost})-${orderCost})`;
      });
      return `=${terms.join("+")}`;
    });
  });
  // A scatter chart with lines: the discount is a number axis, so 0%..30% gets a few
  // round ticks in Excel and LibreOffice alike (a category axis labels all 31 rows).
  const discounts = { address: rangeAt(A, firstX, A, R.sensLast) };
  const chart: ChartSpec = {
    kind: "scatter",
    title: text("chartTitle"),
    series: model.tiers.map((tier, t) => ({
      name: tier.label,
      values: { address: rangeAt(B + t, firstX, B + t, R.sensLast) },
      categories: discounts,
      look: "line",
    })),
    anchor: {
      from: cellAt(sensitivityChartColumns(T(c)).first, R.sensHeader),
      to: cellAt(sensitivityChartColumns(T(c)).last, R.sensHeader + SENSITIVITY_CHART_ROWS - 1),
    },
    categoryAxis: { title: text("chartDiscountAxis"), numberFormat: F.percentWhole },
    valueAxis: {
      title: text("chartProfitAxis", { currency: model.currency }),
      numberFormat: F.money,
    },
  };
  return {
    blocks: [
      block(A, R.sensHeading, [[text("sensitivityHeading")]], "heading"),
      block(
        A,
        R.sensHeader,
        [[text("discount"), ...model.tiers.map((_, t) => `=${absCellAt(A, R.tier(t))}`)]],
        "header"
      ),
      columnBlock(A, firstX, [...c.xs], "label", F.percent),
      block(B, firstX, cells, "calc", F.money),
    ],
    charts: [chart],
  };
}

/** Rows reserved for the notes: the five on solving, and the optional one on where the discounts came from. */
export const NOTE_ROWS = 6;

/**
 * "How to solve" under the results, one paragraph a row: each row is as tall
 * as its paragraph, and no input row shares it (a note beside the inputs made
 * their rows grow with the text).
 */
export function notesSection(c: DiscountSheetContext): SheetSection {
  const { text, rows: R } = c;
  const lines = [
    text("noteSolve"),
    text("noteConstraints"),
    text("noteLocal"),
    text("noteGlobal", { pane: c.pane.title, command: c.pane.command, tab: c.pane.tab }),
    text("noteSensitivity"),
  ];
  return modelSheetNotes({
    headingRow: R.notesHeading,
    rows: NOTE_ROWS,
    heading: text("notesHeading"),
    lines,
    note: c.note,
    figureWidth: c.figureWidth,
  });
}
