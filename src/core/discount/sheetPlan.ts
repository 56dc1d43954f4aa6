/**
 * Builds the SheetPlan of a discount model: a worksheet that computes the
 * model with native Excel formulas only (no MKT. functions), carries its
 * Solver model as hidden worksheet-scoped names, and can be read back by the
 * add-in through the layout names of layout.ts. The formulas restate
 * evaluate.ts cell by cell; the parity test holds the two to 1e-9.
 *
 * Layout (rows shift with the number of tiers T and segments S):
 *   A1            title
 *   A3:B9         inputs: name, currency, list price, unit cost, order cost, max discount
 *   A12:E(12+T)   tier table (header + T rows)
 *   segments      header + S rows: label, elasticity, share per tier
 *   decisions     header + T rows: tier, DISCOUNT (decision), units, revenue, profit,
 *                 margin, min margin, floor slack, chain gap, max discount, baseline profit
 *   summary       total units, revenue, profit (objective), baseline, uplift, uplift %
 *   calculations  header + T×S rows: orders, units per order, units, revenue, profit
 *   sensitivity   profit of each tier at 0, 1, 2, … points of discount up to the maximum
 *   M3:M9         notes ("how to solve"; further right when T > 9); the chart below them
 */
import type { PlanBlock, PlanName, PlanScalar, SheetPlan } from "../sheetPlan";
import type { DiscountModelInput } from "./model";
import { columnLetter } from "../a1";
import { LAYOUT_NAMES, MODEL_MARKER_NAME, MODEL_MARKER_VALUE } from "./layout";

export interface DiscountSheetPlanOptions {
  /** Values for the decision cells (e.g. the optimiser's answer); default all zero. */
  discounts?: number[];
  /** One more line for the notes, e.g. where the decision values came from and the certificate. */
  note?: string;
}

/** Excel's Solver option defaults (Excel 2010+ Solver, as stored in a saved model). */
export const SOLVER_DEFAULT_OPTIONS: ReadonlyArray<[string, number]> = [
  ["solver_cvg", 0.0001], // Convergence (GRG)
  ["solver_drv", 1], // Derivatives: 1 forward, 2 central
  ["solver_est", 1], // Estimates: 1 tangent, 2 quadratic
  ["solver_itr", 2147483647], // Iterations (unbounded)
  ["solver_lin", 2], // Assume linear model: 2 = no
  ["solver_mip", 2147483647], // Max feasible (integer) solutions
  ["solver_mni", 30], // Evolutionary: max time without improvement (s)
  ["solver_mrt", 0.075], // Evolutionary: mutation rate
  ["solver_nod", 2147483647], // Max subproblems
  ["solver_nwt", 1], // Search: 1 Newton, 2 conjugate
  ["solver_pre", 0.000001], // Constraint precision
  ["solver_rbv", 1], // Require bounds on variables (Multistart, Evolutionary)
  ["solver_rlx", 2], // Ignore integer constraints: 2 = no
  ["solver_rsd", 0], // Random seed: 0 = from the clock
  ["solver_scl", 1], // Automatic scaling: 1 = yes
  ["solver_sho", 2], // Show iteration results: 2 = no
  ["solver_ssz", 100], // Population size (Multistart, Evolutionary)
  ["solver_tim", 2147483647], // Max time (s)
  ["solver_tol", 0.01], // Integer optimality (1%)
];

/** Solver's relation codes in solver_relN. */
const REL = { le: 1, eq: 2, ge: 3 } as const;

const MONEY = "#,##0";
const MONEY_CENTS = "#,##0.00";
/** Excel's text format: what is typed (or written) stays text, never a date or number. */
const TEXT = "@";
const PERCENT = "0.0%";
const DISCOUNT = "0.00%";

/** Column letter of a 0-based column index (this module counts A = 0). */
const letter = (index: number): string => columnLetter(index + 1);

const ref = (col: number, row: number): string => `${letter(col)}${row}`;
const abs = (col: number, row: number): string => `$${letter(col)}$${row}`;
const range = (c1: number, r1: number, c2: number, r2: number): string =>
  `${ref(c1, r1)}:${ref(c2, r2)}`;

function block(
  col: number,
  row: number,
  cells: PlanScalar[][],
  role: PlanBlock["role"],
  numberFormat?: PlanBlock["numberFormat"]
): PlanBlock {
  const width = cells[0].length;
  return {
    address: range(col, row, col + width - 1, row + cells.length - 1),
    cells,
    role,
    ...(numberFormat ? { numberFormat } : {}),
  };
}

/** Rows of the layout, computed once so the plan, the names and the tests agree. */
export function discountSheetRows(
  tierCount: number,
  segmentCount: number,
  sensitivityRows: number
) {
  const T = tierCount;
  const S = segmentCount;
  const tierHeader = 12;
  const segHeading = tierHeader + T + 2;
  const segHeader = segHeading + 1;
  const decHeading = segHeader + S + 2;
  const decHeader = decHeading + 1;
  const summaryHeading = decHeader + T + 2;
  const summary = summaryHeading + 1;
  const calcHeading = summary + 6 + 1;
  const calcHeader = calcHeading + 1;
  const sensHeading = calcHeader + T * S + 2;
  const sensHeader = sensHeading + 1;
  return {
    title: 1,
    inputsHeading: 3,
    meta: 4,
    inputs: 6,
    tiersHeading: 11,
    tierHeader,
    tier: (t: number) => tierHeader + 1 + t,
    segHeading,
    segHeader,
    segment: (s: number) => segHeader + 1 + s,
    decHeading,
    decHeader,
    decision: (t: number) => decHeader + 1 + t,
    summaryHeading,
    summary,
    objective: summary + 2,
    baseline: summary + 3,
    calcHeading,
    calcHeader,
    calc: (t: number, s: number) => calcHeader + 1 + t * S + s,
    sensHeading,
    sensHeader,
    sensLast: sensHeader + sensitivityRows,
  };
}

/** 0.29 * 100 = 28.999999999999996 in floating point: this slack keeps the 29-point row. */
const POINT_SLACK = 1e-9;

/** Discounts of the sensitivity table: 0, 1, 2, … points up to the maximum, plus the maximum itself when it is off the 1-point grid. */
export function sensitivityDiscounts(maxDiscount: number): number[] {
  const points = Math.floor(maxDiscount * 100 + POINT_SLACK);
  const xs = Array.from({ length: points + 1 }, (_, k) => k / 100);
  if (maxDiscount - xs[xs.length - 1] > POINT_SLACK) xs.push(maxDiscount);
  return xs;
}

export function buildDiscountSheetPlan(
  model: DiscountModelInput,
  options: DiscountSheetPlanOptions = {}
): SheetPlan {
  const T = model.tiers.length;
  const S = model.segments.length;
  const discounts = options.discounts ?? new Array<number>(T).fill(0);
  if (discounts.length !== T)
    throw new RangeError(`buildDiscountSheetPlan: ${discounts.length} discounts for ${T} tiers`);
  const xs = sensitivityDiscounts(model.maxDiscount);
  const R = discountSheetRows(T, S, xs.length);
  const [A, B, C, D, E, F, G, H, I, J, K] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  // Notes and chart sit right of every table: column M, or further right when the segment table (2 + T columns) reaches it.
  const NOTES = Math.max(12, T + 3);
  const price = abs(B, R.inputs);
  const unitCost = abs(B, R.inputs + 1);
  const orderCost = abs(B, R.inputs + 2);
  const maxDiscount = abs(B, R.inputs + 3);
  const shareCol = (t: number) => 2 + t;
  const dec = (t: number) => abs(B, R.decision(t));

  const blocks: PlanBlock[] = [];
  const names: PlanName[] = [];

  // Title, inputs.
  blocks.push(block(A, R.title, [[`Discount optimisation: ${model.name}`]], "title"));
  blocks.push(block(A, R.inputsHeading, [["Inputs (blue on yellow: edit these)"]], "heading"));
  blocks.push(
    block(
      A,
      R.meta,
      [
        ["Model name"],
        ["Currency"],
        ["List price per unit"],
        ["Variable cost per unit"],
        ["Cost per order (paperwork, delivery, rep's time)"],
        ["Maximum discount"],
      ],
      "label"
    )
  );
  // Text format, like the labels: Excel would read a name such as "1-9" as a date.
  blocks.push(block(B, R.meta, [[model.name], [model.currency]], "input", [[TEXT], [TEXT]]));
  blocks.push(
    block(
      B,
      R.inputs,
      [[model.listPrice], [model.unitCost], [model.orderCost], [model.maxDiscount]],
      "input",
      [[MONEY_CENTS], [MONEY_CENTS], [MONEY_CENTS], [PERCENT]]
    )
  );

  // Tier table.
  blocks.push(block(A, R.tiersHeading, [["Order-size tiers"]], "heading"));
  blocks.push(
    block(
      A,
      R.tierHeader,
      [["Tier", "Min quantity", "Orders per period", "Units per order", "Min margin"]],
      "header"
    )
  );
  blocks.push(
    block(
      A,
      R.tier(0),
      model.tiers.map((t) => [t.label, t.minQty, t.orders, t.unitsPerOrder, t.minMargin]),
      "input",
      model.tiers.map(() => [TEXT, "#,##0", "#,##0.##", "#,##0.##", PERCENT])
    )
  );

  // Segment table.
  blocks.push(
    block(A, R.segHeading, [["Buyer segments (share of each tier's orders)"]], "heading")
  );
  blocks.push(
    block(
      A,
      R.segHeader,
      [["Segment", "Elasticity", ...model.tiers.map((t) => `Share ${t.label}`)]],
      "header"
    )
  );
  blocks.push(
    block(
      A,
      R.segment(0),
      model.segments.map((s) => [s.label, s.elasticity, ...s.shares]),
      "input",
      model.segments.map(() => [TEXT, "0.00", ...model.tiers.map(() => PERCENT)])
    )
  );

  // Decisions and per-tier results.
  blocks.push(
    block(
      A,
      R.decHeading,
      [["Discount per tier (green: what Solver changes) and results"]],
      "heading"
    )
  );
  blocks.push(
    block(
      A,
      R.decHeader,
      [
        [
          "Tier",
          "Discount",
          "Units",
          "Revenue",
          "Profit",
          "Margin",
          "Min margin",
          "Floor slack (>= 0)",
          "Chain gap (>= 0)",
          "Max discount",
          "Profit at no discount",
        ],
      ],
      "header"
    )
  );
  blocks.push(
    block(
      A,
      R.decision(0),
      model.tiers.map((_, t) => [`=${abs(A, R.tier(t))}`]),
      "label"
    )
  );
  blocks.push(
    block(
      B,
      R.decision(0),
      discounts.map((d) => [d]),
      "decision",
      DISCOUNT
    )
  );
  const tierSum = (col: number, t: number) =>
    `=SUM(${ref(col, R.calc(t, 0))}:${ref(col, R.calc(t, S - 1))})`;
  blocks.push(
    block(
      C,
      R.decision(0),
      model.tiers.map((_, t) => [
        tierSum(E, t),
        tierSum(F, t),
        tierSum(G, t),
        `=IF(${ref(D, R.decision(t))}=0,0,${ref(E, R.decision(t))}/${ref(D, R.decision(t))})`,
        `=${abs(E, R.tier(t))}`,
      ]),
      "calc",
      model.tiers.map(() => [MONEY, MONEY, MONEY, PERCENT, PERCENT])
    )
  );
  blocks.push(
    block(
      H,
      R.decision(0),
      model.tiers.map((_, t) => [
        `=${ref(E, R.decision(t))}-${ref(G, R.decision(t))}*${ref(D, R.decision(t))}`,
      ]),
      "constraint",
      MONEY
    )
  );
  if (T >= 2) {
    blocks.push(
      block(
        I,
        R.decision(0),
        model.tiers
          .slice(0, T - 1)
          .map((_, t) => [`=${ref(B, R.decision(t + 1))}-${ref(B, R.decision(t))}`]),
        "constraint",
        DISCOUNT
      )
    );
  }
  blocks.push(
    block(
      J,
      R.decision(0),
      model.tiers.map(() => [`=${maxDiscount}`]),
      "constraint",
      PERCENT
    )
  );
  blocks.push(
    block(
      K,
      R.decision(0),
      model.tiers.map((_, t) => {
        const tr = R.tier(t);
        const shares = `${abs(shareCol(t), R.segment(0))}:${abs(shareCol(t), R.segment(S - 1))}`;
        return [
          `=${abs(C, tr)}*(${abs(D, tr)}*(${price}-${unitCost})-${orderCost})*SUM(${shares})`,
        ];
      }),
      "calc",
      MONEY
    )
  );

  // Summary: objective, baseline, uplift.
  const decRange = (col: number) => `${ref(col, R.decision(0))}:${ref(col, R.decision(T - 1))}`;
  blocks.push(block(A, R.summaryHeading, [["Summary"]], "heading"));
  blocks.push(
    block(
      A,
      R.summary,
      [
        ["Total units"],
        ["Total revenue"],
        ["Total profit (objective)"],
        ["Profit at no discount (baseline)"],
        ["Uplift over baseline"],
        ["Uplift, % of baseline"],
      ],
      "label"
    )
  );
  blocks.push(
    block(B, R.summary, [[`=SUM(${decRange(C)})`], [`=SUM(${decRange(D)})`]], "calc", MONEY)
  );
  blocks.push(block(B, R.objective, [[`=SUM(${decRange(E)})`]], "objective", MONEY));
  const obj = ref(B, R.objective);
  const base = ref(B, R.baseline);
  blocks.push(
    block(
      B,
      R.baseline,
      [
        [`=SUM(${decRange(K)})`],
        [`=${obj}-${base}`],
        [`=IF(${base}=0,0,(${obj}-${base})/ABS(${base}))`],
      ],
      "calc",
      [[MONEY], [MONEY], [PERCENT]]
    )
  );

  // Calculations per tier and segment.
  blocks.push(block(A, R.calcHeading, [["Calculations per tier and segment"]], "heading"));
  blocks.push(
    block(
      A,
      R.calcHeader,
      [["Tier", "Segment", "Orders", "Units per order", "Units", "Revenue", "Profit"]],
      "header"
    )
  );
  const calcLabels: PlanScalar[][] = [];
  const calcCells: PlanScalar[][] = [];
  model.tiers.forEach((_, t) => {
    const tr = R.tier(t);
    model.segments.forEach((__, s) => {
      const r = R.calc(t, s);
      const sr = R.segment(s);
      calcLabels.push([`=${abs(A, tr)}`, `=${abs(A, sr)}`]);
      calcCells.push([
        `=${abs(C, tr)}*${abs(shareCol(t), sr)}`,
        `=${abs(D, tr)}*POWER(1-${dec(t)},-${abs(B, sr)})`,
        `=${ref(C, r)}*${ref(D, r)}`,
        `=${ref(E, r)}*${price}*(1-${dec(t)})`,
        `=${ref(C, r)}*(${ref(D, r)}*(${price}*(1-${dec(t)})-${unitCost})-${orderCost})`,
      ]);
    });
  });
  blocks.push(block(A, R.calc(0, 0), calcLabels, "label"));
  blocks.push(
    block(
      C,
      R.calc(0, 0),
      calcCells,
      "calc",
      calcCells.map(() => ["#,##0.##", "#,##0.##", MONEY, MONEY, MONEY])
    )
  );

  // Sensitivity: Π_t(x) at each x, written out per segment so it needs no array formula.
  blocks.push(
    block(A, R.sensHeading, [["Sensitivity: profit of each tier by discount"]], "heading")
  );
  blocks.push(
    block(
      A,
      R.sensHeader,
      [["Discount", ...model.tiers.map((_, t) => `=${abs(A, R.tier(t))}`)]],
      "header"
    )
  );
  blocks.push(
    block(
      A,
      R.sensHeader + 1,
      xs.map((x) => [x]),
      "label",
      PERCENT
    )
  );
  blocks.push(
    block(
      B,
      R.sensHeader + 1,
      xs.map((_, k) => {
        const x = abs(A, R.sensHeader + 1 + k);
        return model.tiers.map((__, t) => {
          const tr = R.tier(t);
          const terms = model.segments.map((___, s) => {
            const sr = R.segment(s);
            return `${abs(C, tr)}*${abs(shareCol(t), sr)}*(${abs(D, tr)}*POWER(1-${x},-${abs(B, sr)})*(${price}*(1-${x})-${unitCost})-${orderCost})`;
          });
          return `=${terms.join("+")}`;
        });
      }),
      "calc",
      MONEY
    )
  );

  // Notes.
  blocks.push(block(NOTES, 3, [["How to solve"]], "heading"));
  blocks.push(
    block(
      NOTES,
      4,
      [
        [
          "Data > Solver > Solve. The objective, the decision cells and the constraints are already saved with this sheet.",
        ],
        [
          "Constraints: floor slack >= 0 (each tier's minimum margin), chain gap >= 0 (a bigger order never gets a smaller discount), discount <= maximum, discount >= 0.",
        ],
        [
          "Solver's GRG Nonlinear engine finds a local optimum: when a tier mixes buyers of very different elasticity its profit can have two humps, and GRG may stop at the first.",
        ],
        [
          "For the global optimum tick Use Multistart in Solver's GRG options, or run the MKT add-in's optimiser (Discount pane), which also reports how sure it is.",
        ],
        [
          "The sensitivity table covers 0 to the maximum discount as it was when the sheet was built; rebuild the sheet after changing the maximum.",
        ],
        ...(options.note ? [[options.note]] : []),
      ],
      "note"
    )
  );

  // Names: marker, layout, Solver model.
  const hidden = (name: string, refersTo: PlanName["refersTo"], comment?: string): void => {
    names.push({ name, refersTo, hidden: true, ...(comment ? { comment } : {}) });
  };
  hidden(
    MODEL_MARKER_NAME,
    { value: MODEL_MARKER_VALUE },
    "Marks this sheet as an MKT discount model"
  );
  hidden(LAYOUT_NAMES.meta, { range: range(B, R.meta, B, R.meta + 1) });
  hidden(LAYOUT_NAMES.inputs, { range: range(B, R.inputs, B, R.inputs + 3) });
  hidden(LAYOUT_NAMES.tiers, { range: range(A, R.tier(0), E, R.tier(T - 1)) });
  hidden(LAYOUT_NAMES.segments, { range: range(A, R.segment(0), 1 + T, R.segment(S - 1)) });
  hidden(LAYOUT_NAMES.decisions, { range: decRange(B) });
  hidden(LAYOUT_NAMES.objective, { range: ref(B, R.objective) });
  hidden(LAYOUT_NAMES.baseline, { range: ref(B, R.baseline) });

  const constraints: Array<[string, number, PlanName["refersTo"]]> = [
    [decRange(H), REL.ge, { value: 0 }],
    [decRange(B), REL.le, { range: decRange(J) }],
  ];
  if (T >= 2)
    constraints.push([
      `${ref(I, R.decision(0))}:${ref(I, R.decision(T - 2))}`,
      REL.ge,
      { value: 0 },
    ]);
  hidden("solver_opt", { range: ref(B, R.objective) });
  hidden("solver_typ", { value: 1 }, "1 = maximise");
  hidden("solver_val", { value: 0 });
  hidden("solver_adj", { range: decRange(B) });
  hidden("solver_num", { value: constraints.length });
  constraints.forEach(([lhs, rel, rhs], i) => {
    hidden(`solver_lhs${i + 1}`, { range: lhs });
    hidden(`solver_rel${i + 1}`, { value: rel }, "1 <=, 2 =, 3 >=");
    hidden(`solver_rhs${i + 1}`, rhs);
  });
  hidden("solver_eng", { value: 1 }, "1 = GRG Nonlinear");
  hidden("solver_neg", { value: 1 }, "1 = unconstrained variables are non-negative");
  hidden(
    "solver_msl",
    { value: 2 },
    "Multistart: 2 = off (Excel's default); tick it for a global search"
  );
  hidden("solver_ver", { value: 3 });
  for (const [name, value] of SOLVER_DEFAULT_OPTIONS) hidden(name, { value });

  return {
    sheetName: "Discount model",
    blocks,
    names,
    chart: {
      type: "line",
      title: "Profit of each tier by discount",
      dataAddress: range(A, R.sensHeader, T, R.sensLast),
      anchor: { from: ref(NOTES, 11), to: ref(NOTES, 30) },
      xAxisTitle: "Discount",
      yAxisTitle: `Profit (${model.currency})`,
    },
    columnWidths: [
      { column: "A", width: 190 },
      ...Array.from({ length: NOTES - 2 }, (_, i) => ({ column: letter(1 + i), width: 95 })),
      { column: letter(NOTES - 1), width: 20 },
      { column: letter(NOTES), width: 460 },
    ],
    focus: ref(B, R.objective),
  };
}
