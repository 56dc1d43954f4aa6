/**
 * The POSM sheet (docs/guided-sheets.md, posm;
 * docs/methods.md §4.2, 4.3): one row per
 * option with its inputs and, as native formulas, monthly profit, profit over
 * the placement, ROI, payback ("never" when the uplift does not cover the
 * placement) and whether it pays back by the article's rule; a chart of
 * profit by option. The formulas restate POSM_PROFIT, POSM_ROI, POSM_PAYBACK
 * and TEMP_POSM_PROFIT.
 *
 * Layout: title (1), note (2), heading (4), header (5), options (6 …), chart below.
 */
import { columnLetter } from "../../a1";
import { stringLiteral } from "../../formulaText";
import { figureOrWord, NUMBER_FORMATS as F } from "../../numberFormat";
import { assembleSheetPlan, type SheetSection } from "../../sheet/assemble";
import type { ChartSpec } from "../../sheet/chartSpec";
import { noteSection } from "../../sheet/notes";
import type { PlanBlock, SheetPlan } from "../../sheet/plan";
import { block, cellAt, rangeAt } from "../../sheet/place";
import { sheetText, type SheetTextLookup } from "../../sheet/sheetText";
import { guidedMarker, outName, type GuidedSheetOptions } from "../guidedSheet";
import type { PosmInput, PosmOption } from "./input";
import { POSM_SHEET_TEXT, type PosmTextKey } from "./sheetText";

const [A, B, C, D, E, Fm, G, H, I, J, K, L, M, N] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14];
const WIDTHS = [150, 75, 70, 80, 95, 70, 85, 70, 85, 85, 95, 60, 75, 70];
const ROWS = { title: 1, note: 2, heading: 4, header: 5 };
const first = ROWS.header + 1;

type Text = SheetTextLookup<PosmTextKey>;

/** Inputs and formulas of one option in row r. */
function optionBlocks(o: PosmOption, r: number, text: Text): PlanBlock[] {
  const at = (col: number) => cellAt(col, r);
  const head = [
    block(A, r, [[o.label]], "input", F.text),
    block(B, r, [[text(o.kind)]], "label"),
    block(
      C,
      r,
      [[o.monthlyUnitUplift, o.unitProfit, o.monthlyPlacementCost, o.placementMonths]],
      "input",
      [[F.quantity, F.moneyCents, F.money, F.count]]
    ),
  ];
  if (o.kind === "permanent") {
    const margin = at(J);
    return [
      ...head,
      block(G, r, [[o.productionCost, o.serviceLifeMonths]], "input", [[F.money, F.count]]),
      block(
        J,
        r,
        [
          [
            `=${at(C)}*${at(D)}-${at(E)}`,
            `=${at(Fm)}*${margin}-${at(G)}`,
            `=${at(K)}/(${at(E)}*${at(Fm)}+${at(G)})`,
            // Nothing produced and no monthly loss: nothing to pay back (as POSM_PAYBACK).
            `=IF(AND(${at(G)}=0,${margin}>=0),0,IF(${margin}<=0,${stringLiteral(text("never"))},${at(G)}/${margin}))`,
            `=IF(ISNUMBER(${at(M)}),${at(M)}<=${at(H)},FALSE())`,
          ],
        ],
        "calc",
        // "never" where the uplift does not cover the placement: at the right edge, like the months.
        [[F.money, F.money, F.percent, figureOrWord(F.oneDecimal), F.flag]]
      ),
    ];
  }
  return [
    ...head,
    block(I, r, [[o.monthlyKitCost]], "input", F.money),
    block(
      J,
      r,
      [
        [
          `=${at(C)}*${at(D)}-${at(I)}-${at(E)}`,
          `=${at(J)}*${at(Fm)}`,
          `=${at(K)}/((${at(I)}+${at(E)})*${at(Fm)})`,
        ],
      ],
      "calc",
      [[F.money, F.money, F.percent]]
    ),
    block(N, r, [[`=${at(J)}>=0`]], "calc", F.flag),
  ];
}

function tableSection(input: PosmInput, text: Text): SheetSection {
  const cur = { currency: input.currency };
  const keys: PosmTextKey[] = [
    "option",
    "kind",
    "uplift",
    "unitProfit",
    "placement",
    "months",
    "production",
    "life",
    "kit",
    "monthlyProfit",
    "profit",
    "roi",
    "payback",
    "paysBack",
  ];
  const last = first + input.options.length - 1;
  const column = (col: number) => rangeAt(col, first, col, last);
  return {
    blocks: [
      block(A, ROWS.heading, [[text("tableHeading")]], "heading"),
      block(A, ROWS.header, [keys.map((k) => text(k, cur))], "header"),
      ...input.options.flatMap((o, i) => optionBlocks(o, first + i, text)),
    ],
    names: [
      outName("profit", column(K)),
      outName("roi", column(L)),
      outName("payback", column(M)),
      outName("pays_back", column(N)),
    ],
  };
}

function chart(input: PosmInput, text: Text): ChartSpec {
  const last = first + input.options.length - 1;
  return {
    kind: "column",
    title: text("chartTitle"),
    categories: { address: rangeAt(A, first, A, last) },
    series: [
      {
        name: text("profit", { currency: input.currency }),
        values: { address: rangeAt(K, first, K, last) },
      },
    ],
    anchor: { from: cellAt(A, last + 3), to: cellAt(G, last + 21) },
    valueAxis: { title: text("chartAxis", { currency: input.currency }), numberFormat: F.money },
  };
}

export function buildPosmSheetPlan(input: PosmInput, options: GuidedSheetOptions = {}): SheetPlan {
  const text = sheetText(POSM_SHEET_TEXT, options.language);
  const width = WIDTHS.reduce((a, b) => a + b, 0);
  const note = noteSection(A, ROWS.note, text("note"), WIDTHS.length, width);
  return assembleSheetPlan({
    sheetName: options.sheetName ?? text("sheetName", { name: input.name }),
    sections: [
      { blocks: [block(A, ROWS.title, [[text("title", { name: input.name })]], "title")] },
      note,
      tableSection(input, text),
      { blocks: [], charts: [chart(input, text)] },
    ],
    names: [guidedMarker("posm", text("markerComment"))],
    columnWidths: WIDTHS.map((w, i) => ({ column: columnLetter(i + 1), width: w })),
    // Russian and Kazakh headers wrap at their spaces: each column holds its longest word.
    fitColumns: { wrapHeaders: true },
    page: { orientation: "landscape" },
    focus: cellAt(K, first),
  });
}
