/**
 * The distribution sheet (docs/guided-sheets.md, distribution;
 * docs/methods.md §2): DN, WD and clean
 * distribution over a store list, per period, by group, and their change from
 * the first to the last period, with a chart of DN and WD by period. Every
 * figure is a SUMPRODUCT over the store list's columns read in place (the
 * user's table, or the exported data sheet), so the sheet stays a few dozen
 * cells whatever the number of stores.
 *
 * Presence is read as MKT.NUMERIC_DIST reads it: P*1>0 is TRUE for TRUE, 1 or
 * a stock figure, FALSE for FALSE, 0 and a blank. Only stores that sell the
 * category count, in every numerator and denominator.
 *
 * Layout (K periods, G groups): title (1), note (2), the list (4-8), by
 * period (10 … 13 + K), by group (15 + K …), chart below.
 */
import { columnLetter } from "../../a1";
import { stringLiteral } from "../../formulaText";
import { NUMBER_FORMATS as F } from "../../numberFormat";
import { assembleSheetPlan, type SheetSection } from "../../sheet/assemble";
import type { ChartSpec } from "../../sheet/chartSpec";
import { noteSection } from "../../sheet/notes";
import type { DataSheet, PlanScalar, SheetPlan } from "../../sheet/plan";
import { absCellAt, block, cellAt, columnBlock, rangeAt } from "../../sheet/place";
import { sanitiseSheetName } from "../../sheet/sheetName";
import { sheetText, type SheetTextLookup } from "../../sheet/sheetText";
import {
  sourceAddress,
  sourceColumn,
  sourceHeader,
  type SourceTable,
} from "../../sheet/sourceTable";
import { guidedMarker, outName, type GuidedSheetOptions } from "../guidedSheet";
import type { DistributionInput } from "./input";
import type { DistributionColumns } from "./table";
import { DISTRIBUTION_SHEET_TEXT, type DistributionTextKey } from "./sheetText";

/** What the plan reads: the list's shape and where it is, not its rows. */
export interface DistributionModel {
  name: string;
  periods: string[];
  groups: string[];
  source: SourceTable;
  columns: DistributionColumns;
}

const WIDTHS = [230, 90, 90, 95, 90, 90, 90, 90, 90];
const ROWS = {
  title: 1,
  note: 2,
  heading: 4,
  stores: 5,
  selling: 6,
  sales: 7,
  from: 8,
  periodHeading: 10,
};

type Text = SheetTextLookup<DistributionTextKey>;

interface Context {
  model: DistributionModel;
  text: Text;
  /** Column ranges of the list. */
  col: { store: string; group: string; sales: string; sells?: string; periods: string[] };
  K: number;
  /** The list as a user reads it: 'Stores'!A1:F100001. */
  from: string;
  row: {
    header: number;
    first: number;
    change: number;
    clean: number;
    groupHeading: number;
    groupHeader: number;
    firstGroup: number;
    chartTop: number;
  };
}

/** Indicator factors, each an array of 1s and 0s inside SUMPRODUCT. */
const present = (c: Context, k: number) => `(${c.col.periods[k]}*1>0)`;
const selling = (c: Context) => (c.col.sells ? [`(${c.col.sells}*1>0)`] : []);
const countWhere = (factors: string[]) => `SUMPRODUCT(${factors.join("*")}*1)`;
const salesWhere = (c: Context, factors: string[]) =>
  `SUMPRODUCT(${[c.col.sales, ...factors].join("*")})`;
/** A share, or the readable "no stores" when its denominator is 0 (a group without selling stores). */
const share = (c: Context, num: string, den: string) =>
  `IF(${den}=0,${stringLiteral(c.text("noStores"))},${num}/${den})`;

function listSection(c: Context): SheetSection {
  const { text } = c;
  const stores = `ROWS(${c.col.store})`;
  return {
    blocks: [
      block(1, ROWS.heading, [[text("sourceHeading")]], "heading"),
      columnBlock(
        1,
        ROWS.stores,
        [text("storesLabel"), text("sellingLabel"), text("salesLabel"), text("sourceLabel")],
        "label"
      ),
      columnBlock(
        2,
        ROWS.stores,
        [
          `=${stores}`,
          `=${c.col.sells ? countWhere(selling(c)) : stores}`,
          `=${salesWhere(c, selling(c))}`,
        ],
        "calc",
        [[F.count], [F.count], [F.money]]
      ),
      block(2, ROWS.from, [[c.from]], "label", F.text),
    ],
  };
}

function periodSection(c: Context): SheetSection {
  const { text, row } = c;
  const base = absCellAt(2, ROWS.selling);
  const salesBase = absCellAt(2, ROWS.sales);
  const rows: PlanScalar[][] = c.col.periods.map((_, k) => {
    const factors = [...selling(c), present(c, k)];
    return [
      `=${countWhere(factors)}/${base}`,
      `=${salesWhere(c, factors)}/${salesBase}`,
      `=${countWhere(factors)}`,
    ];
  });
  const last = row.first + c.K - 1;
  const allPresent = c.col.periods.map((_, k) => present(c, k));
  return {
    blocks: [
      block(1, ROWS.periodHeading, [[text("periodHeading")]], "heading"),
      block(1, row.header, [[text("period"), text("dn"), text("wd"), text("present")]], "header"),
      columnBlock(
        1,
        row.first,
        c.model.columns.periods.map((p) => `=${sourceHeader(c.model.source, p)}`),
        "label",
        F.wordFormula
      ),
      block(
        2,
        row.first,
        rows,
        "calc",
        rows.map(() => [F.percent, F.percent, F.count])
      ),
      block(1, row.change, [[text("change")]], "label"),
      block(
        2,
        row.change,
        [[`=B${last}-B${row.first}`, `=C${last}-C${row.first}`]],
        "calc",
        F.percent
      ),
      block(1, row.clean, [[text("clean")]], "label"),
      block(
        2,
        row.clean,
        [[`=${countWhere([...selling(c), ...allPresent])}/${base}`]],
        "objective",
        F.percent
      ),
    ],
    names: [
      outName("dn", rangeAt(2, row.first, 2, last)),
      outName("wd", rangeAt(3, row.first, 3, last)),
      outName("clean", cellAt(2, row.clean)),
    ],
  };
}

function groupRow(c: Context, r: number): PlanScalar[] {
  const inGroup = [`(${c.col.group}=${absCellAt(1, r)})`, ...selling(c)];
  const n = cellAt(2, r);
  const dn = (k: number) => `=${share(c, countWhere([...inGroup, present(c, k)]), n)}`;
  const wd = (k: number) =>
    `=${share(c, salesWhere(c, [...inGroup, present(c, k)]), salesWhere(c, inGroup))}`;
  const change = (from: number, to: number) =>
    `=IF(ISNUMBER(${cellAt(from, r)}),${cellAt(to, r)}-${cellAt(from, r)},"")`;
  const all = c.col.periods.map((_, k) => present(c, k));
  return [
    `=${countWhere(inGroup)}`,
    dn(0),
    dn(c.K - 1),
    change(3, 4),
    wd(0),
    wd(c.K - 1),
    change(6, 7),
    `=${share(c, countWhere([...inGroup, ...all]), n)}`,
  ];
}

function groupSection(c: Context): SheetSection {
  const { text, row, model } = c;
  const keys: DistributionTextKey[] = [
    "group",
    "groupStores",
    "dnFirst",
    "dnLast",
    "dnChange",
    "wdFirst",
    "wdLast",
    "wdChange",
    "groupClean",
  ];
  const rows = model.groups.map((_, g) => groupRow(c, row.firstGroup + g));
  return {
    blocks: [
      block(1, row.groupHeading, [[text("groupHeading")]], "heading"),
      block(1, row.groupHeader, [keys.map((k) => text(k))], "header"),
      columnBlock(1, row.firstGroup, [...model.groups], "label", F.text),
      block(
        2,
        row.firstGroup,
        rows,
        "calc",
        rows.map(() => [
          F.count,
          F.percent,
          F.percent,
          F.percent,
          F.percent,
          F.percent,
          F.percent,
          F.percent,
        ])
      ),
    ],
  };
}

function chart(c: Context): ChartSpec {
  const last = c.row.first + c.K - 1;
  return {
    kind: "line",
    title: c.text("chartTitle"),
    categories: { address: rangeAt(1, c.row.first, 1, last) },
    series: [
      {
        name: c.text("dn"),
        values: { address: rangeAt(2, c.row.first, 2, last) },
        look: "lineAndMarkers",
      },
      {
        name: c.text("wd"),
        values: { address: rangeAt(3, c.row.first, 3, last) },
        look: "lineAndMarkers",
      },
    ],
    anchor: { from: cellAt(1, c.row.chartTop), to: cellAt(6, c.row.chartTop + 18) },
    valueAxis: { title: c.text("chartAxis"), numberFormat: F.percentWhole },
  };
}

/** Groups in the order they first appear in the list. */
export function distributionGroups(input: DistributionInput): string[] {
  return [...new Set(input.stores.map((s) => s.group))];
}

export function buildDistributionSheetPlan(
  model: DistributionModel,
  options: GuidedSheetOptions & { dataSheets?: DataSheet[] } = {}
): SheetPlan {
  const text = sheetText(DISTRIBUTION_SHEET_TEXT, options.language);
  const K = model.periods.length;
  const header = ROWS.periodHeading + 1;
  const groupHeading = header + K + 4;
  const { source, columns } = model;
  const c: Context = {
    model,
    text,
    K,
    from: sourceAddress(source, Math.max(...Object.values(columns).flat()) + 1),
    col: {
      store: sourceColumn(source, columns.store),
      group: sourceColumn(source, columns.group),
      sales: sourceColumn(source, columns.categorySales),
      ...(columns.sellsCategory === undefined
        ? {}
        : { sells: sourceColumn(source, columns.sellsCategory) }),
      periods: columns.periods.map((p) => sourceColumn(source, p)),
    },
    row: {
      header,
      first: header + 1,
      change: header + K + 1,
      clean: header + K + 2,
      groupHeading,
      groupHeader: groupHeading + 1,
      firstGroup: groupHeading + 2,
      chartTop: groupHeading + 3 + model.groups.length,
    },
  };
  const width = WIDTHS.reduce((a, b) => a + b, 0);
  return assembleSheetPlan({
    sheetName: options.sheetName ?? text("sheetName", { name: model.name }),
    sections: [
      { blocks: [block(1, ROWS.title, [[text("title", { name: model.name })]], "title")] },
      noteSection(1, ROWS.note, text("note", { source: c.from }), WIDTHS.length, width),
      listSection(c),
      periodSection(c),
      groupSection(c),
      { blocks: [], charts: [chart(c)] },
    ],
    names: [guidedMarker("distribution", text("markerComment"))],
    columnWidths: WIDTHS.map((w, i) => ({ column: columnLetter(i + 1), width: w })),
    // Russian and Kazakh headers wrap at their spaces: each column holds its longest word.
    fitColumns: { wrapHeaders: true },
    page: { orientation: "landscape" },
    focus: cellAt(2, c.row.clean),
    ...(options.dataSheets ? { dataSheets: options.dataSheets } : {}),
  });
}

/** The store list as a data sheet for the .xlsx file, and where its columns are. */
export function distributionDataSheet(
  input: DistributionInput,
  language: GuidedSheetOptions["language"]
): { dataSheet: DataSheet; source: SourceTable; columns: DistributionColumns } {
  const text = sheetText(DISTRIBUTION_SHEET_TEXT, language);
  const name = sanitiseSheetName(text("dataSheetName"));
  const periods = input.periods.map((_, k) => 4 + k);
  return {
    dataSheet: {
      name,
      header: ["store", "group", "category_sales", "sells_category", ...input.periods],
      rows: input.stores.map((s) => [
        s.store,
        s.group,
        s.categorySales,
        s.sellsCategory,
        ...s.presence,
      ]),
      numberFormats: [F.text, F.text, F.moneyCents, null, ...periods.map(() => null)],
      columnWidths: [80, 130, 100, 100, ...periods.map(() => 60)].map((width, i) => ({
        column: columnLetter(i + 1),
        width,
      })),
    },
    source: { sheet: name, headerRow: 1, firstColumn: 1, rows: input.stores.length },
    columns: { store: 0, group: 1, categorySales: 2, sellsCategory: 3, periods },
  };
}

/** The CLI's plan: the data sheet and the model sheet reading it. */
export function buildDistributionExportPlan(
  input: DistributionInput,
  options: GuidedSheetOptions = {}
): SheetPlan {
  const { dataSheet, source, columns } = distributionDataSheet(input, options.language);
  return buildDistributionSheetPlan(
    {
      name: input.name,
      periods: input.periods,
      groups: distributionGroups(input),
      source,
      columns,
    },
    { ...options, dataSheets: [dataSheet] }
  );
}
