/**
 * An Excel host for the adapter tests, built on office-addin-mock's
 * OfficeMockObject. The library mocks load/sync of scalar properties but has no
 * worksheets collection, names, charts, batches or failures, so the mock data
 * passed in supplies them as functions (the library keeps functions as given):
 *   - every write is queued and applied only at `context.sync()`, in order, like
 *     Office.js batches; reads (load) are filled in at sync too, so reading
 *     before syncing yields nothing;
 *   - `failOn(op)` makes one queued operation fail at sync with an Office error
 *     code: operations before it stay applied, the rest of the batch is dropped;
 *   - every sync is counted, every applied operation is logged with its sheet.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { OfficePrintCalls } from "./officePrintSetup";

export type Cell = string | number | boolean | null;

export interface NameState {
  reference: string;
  visible: boolean;
  comment?: string;
}

export interface SheetState {
  name: string;
  /** A1 key -> value or formula as written (apostrophe prefix removed). */
  cells: Map<string, Cell>;
  formats: Map<string, string>;
  names: Map<string, NameState>;
  charts: Record<string, unknown>[];
  /** "address|path" -> value of each format property set (fill.color, font.bold, borders.EdgeTop.style, …). */
  styles: Map<string, unknown>;
  columnWidths: Map<string, number>;
  /**
   * A1 key -> what a formula cell computes, as `values` reads it. The mock has
   * no formula engine: a formula cell without an entry here reads back its
   * formula text from `values` too.
   */
  computed?: Map<string, Cell>;
  /** The print setup as set through Worksheet.pageLayout and horizontalPageBreaks (ExcelApi 1.9). */
  print: PrintState;
}

/** What the page-layout calls set, as given; untouched: Excel's defaults (absent here). */
export type PrintState = OfficePrintCalls;

/** The options a host with ExcelApi 1.9 gets from the pane (officeOperations): with the print setup. */
export const WITH_PRINT_SETUP = { printSetup: true } as const;

export interface Op {
  kind: string;
  sheet: string;
  detail: string;
}

export interface MockExcelOptions {
  sheets: { name: string; cells?: Record<string, Cell>; names?: Record<string, NameState> }[];
  active?: string;
  selection?: string;
}

class OfficeError extends Error {
  /** Where the batch failed, as Office.js reports it (OfficeExtension.Error.debugInfo). */
  debugInfo?: { errorLocation: string };
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

/** Office.js's errorLocation ("Class.member") for the mock's op kinds. */
const ERROR_LOCATIONS: Record<string, string> = {
  add: "WorksheetCollection.add",
  delete: "Worksheet.delete",
  activate: "Worksheet.activate",
  "names.add": "NamedItemCollection.add",
  "names.visible": "NamedItem.visible",
  "charts.add": "ChartCollection.add",
  "chart.setPosition": "Chart.setPosition",
  "chart.series": "ChartSeries",
  formulas: "Range.formulas",
  values: "Range.values",
  numberFormat: "Range.numberFormat",
  select: "Range.select",
  format: "RangeFormat",
  "pageLayout.orientation": "PageLayout.orientation",
  "pageLayout.paperSize": "PageLayout.paperSize",
  "pageLayout.zoom": "PageLayout.zoom",
  "pageLayout.setPrintMargins": "PageLayout.setPrintMargins",
  "pageLayout.setPrintArea": "PageLayout.setPrintArea",
  "pageLayout.setPrintTitleRows": "PageLayout.setPrintTitleRows",
  "pageBreaks.add": "PageBreakCollection.add",
};

// --- A1 helpers -------------------------------------------------------------
function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
export function colLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
function parseArea(address: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b = a] = address.replace(/\$/g, "").split(":");
  const pa = /^([A-Z]+)(\d+)$/i.exec(a);
  const pb = /^([A-Z]+)(\d+)$/i.exec(b);
  if (!pa || !pb) throw new OfficeError("InvalidArgument", `bad address ${address}`);
  return { r1: Number(pa[2]), c1: colNumber(pa[1]), r2: Number(pb[2]), c2: colNumber(pb[1]) };
}
function areaAddress(a: { r1: number; c1: number; r2: number; c2: number }): string {
  const tl = `${colLetters(a.c1)}${a.r1}`;
  const br = `${colLetters(a.c2)}${a.r2}`;
  return tl === br ? tl : `${tl}:${br}`;
}
/** "='Sheet 1'!$B$2:$C$3" -> {sheet: "Sheet 1", address: "B2:C3"}. */
export function parseReference(reference: string): { sheet: string; address: string } | null {
  const m = /^='((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(reference);
  return m ? { sheet: m[1].replace(/''/g, "'"), address: m[2].replace(/\$/g, "") } : null;
}

// --- the mock ---------------------------------------------------------------
export function createMockExcel(options: MockExcelOptions) {
  const sheets: SheetState[] = options.sheets.map((s) => ({
    name: s.name,
    cells: new Map(Object.entries(s.cells ?? {})),
    formats: new Map(),
    names: new Map(Object.entries(s.names ?? {})),
    charts: [],
    styles: new Map(),
    columnWidths: new Map(),
    print: { breaks: [] },
  }));
  let active = options.active ?? sheets[0]?.name;
  let selection = options.selection ?? "A1";
  let queue: { op: Op; run: () => void }[] = [];
  const applied: Op[] = [];
  let syncs = 0;
  let failOn: ((op: Op) => string | undefined) | null = null;
  let beforeSync: ((syncNumber: number) => void) | null = null;
  let reportErrorLocation = true;
  /** The property list of every range load applied, in order ("" = everything). */
  const rangeLoads: string[] = [];

  const find = (name: string): SheetState | undefined =>
    sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const must = (name: string): SheetState => {
    const s = find(name);
    if (!s) throw new OfficeError("ItemNotFound", `no sheet ${name}`);
    return s;
  };
  const enqueue = (kind: string, sheet: () => string, detail: string, run: () => void) =>
    queue.push({
      get op() {
        let name = "?";
        try {
          name = sheet();
        } catch {
          /* unresolved sheet */
        }
        return { kind, sheet: name, detail };
      },
      run,
    } as { op: Op; run: () => void });

  function stored(value: unknown): Cell {
    if (typeof value === "string" && value.startsWith("'")) return value.slice(1);
    return value === "" ? null : (value as Cell);
  }

  function writeCells(
    s: SheetState,
    address: string,
    rows: unknown[][],
    into: "cells" | "formats"
  ) {
    const a = parseArea(address);
    const height = a.r2 - a.r1 + 1;
    const width = a.c2 - a.c1 + 1;
    if (rows.length !== height || rows.some((r) => r.length !== width)) {
      throw new OfficeError("InvalidArgument", `shape of ${address} does not match`);
    }
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined) return; // null = leave unchanged
        const key = `${colLetters(a.c1 + j)}${a.r1 + i}`;
        if (into === "formats") s.formats.set(key, String(v));
        else s.cells.set(key, stored(v));
      })
    );
  }

  function readCells(s: SheetState, address: string, what: "values" | "formulas"): Cell[][] {
    const a = parseArea(address);
    const out: Cell[][] = [];
    for (let r = a.r1; r <= a.r2; r++) {
      const row: Cell[] = [];
      for (let c = a.c1; c <= a.c2; c++) {
        const key = `${colLetters(c)}${r}`;
        const cell = s.cells.get(key) ?? "";
        const isFormula = typeof cell === "string" && cell.startsWith("=");
        row.push(
          what === "values" && isFormula && s.computed?.has(key) ? s.computed.get(key)! : cell
        );
      }
      out.push(row);
    }
    return out;
  }

  /** Records any property set below a range's or chart's `format`/`title`/… as a style entry. */
  function recorder(
    sheet: () => string,
    owner: string,
    path: string[],
    apply: (s: SheetState, key: string, v: unknown) => void
  ): unknown {
    return new Proxy(
      {},
      {
        get(_, prop) {
          if (prop === "getItem")
            return (item: string) => recorder(sheet, owner, [...path, item], apply);
          return recorder(sheet, owner, [...path, String(prop)], apply);
        },
        set(_, prop, value) {
          const key = `${owner}|${[...path, String(prop)].join(".")}`;
          enqueue("format", sheet, key, () => apply(must(sheet()), key, value));
          return true;
        },
      }
    );
  }

  /** chart.series: each series' name, values and categories land in chart.series[i]. */
  function seriesCollection(sheet: () => string, chart: Record<string, unknown>) {
    const entries = (chart.series = []) as Record<string, unknown>[];
    // A range on another sheet than the chart's is recorded with its sheet ("Sales!B2:B9").
    const addressOf = (r: RangeProxy) => {
      const { _address, _sheet } = r as { _address?: string; _sheet?: string };
      return _sheet !== undefined && _sheet !== sheet() ? `${_sheet}!${_address}` : _address;
    };
    const series = (index: number) => {
      const set = (key: string, value: unknown) =>
        enqueue("chart.series", sheet, key, () => {
          (entries[index] ??= {})[key] = value;
        });
      return {
        set name(value: string) {
          set("name", value);
        },
        setValues: (r: RangeProxy) => set("values", addressOf(r)),
        setXAxisValues: (r: RangeProxy) => set("categories", addressOf(r)),
      };
    };
    let count = 1; // charts.add made the first series
    return {
      getItemAt: series,
      add: (name: string) => {
        const s = series(count++);
        s.name = name;
        return s;
      },
    };
  }

  type RangeProxy = Record<string, unknown>;
  function range(sheet: () => string, address: () => string): RangeProxy {
    /** The address for the operation log; a range that does not resolve fails when its operation runs. */
    const where = () => {
      try {
        return address();
      } catch {
        return "(unresolved)";
      }
    };
    let loaded: { values: Cell[][]; formulas: Cell[][] } | undefined;
    const r: RangeProxy = {
      isNullObject: false,
      get formulas(): unknown[][] {
        return loaded?.formulas as unknown[][];
      },
      get values(): unknown[][] {
        return loaded?.values as unknown[][];
      },
      get numberFormat(): unknown[][] {
        return [];
      },
      get _address() {
        return address();
      },
      get _sheet() {
        return sheet();
      },
      set formulas(v: unknown[][]) {
        enqueue("formulas", sheet, where(), () => writeCells(must(sheet()), address(), v, "cells"));
      },
      set values(v: unknown[][]) {
        enqueue("values", sheet, where(), () => writeCells(must(sheet()), address(), v, "cells"));
      },
      set numberFormat(v: unknown[][]) {
        enqueue("numberFormat", sheet, where(), () =>
          writeCells(must(sheet()), address(), v, "formats")
        );
      },
      format: null,
      load(properties?: string) {
        enqueue("load", sheet, where(), () => {
          rangeLoads.push(properties ?? "");
          const s = must(sheet());
          const addr = address();
          const a = parseArea(addr);
          loaded = {
            values: readCells(s, addr, "values"),
            formulas: readCells(s, addr, "formulas"),
          };
          Object.assign(r, {
            address: `'${s.name}'!${addr}`,
            rowCount: a.r2 - a.r1 + 1,
            columnCount: a.c2 - a.c1 + 1,
          });
        });
        return r;
      },
      select() {
        enqueue("select", sheet, where(), () => {
          selection = address();
        });
      },
      getCell(row: number, column: number) {
        return range(sheet, () => {
          const a = parseArea(address());
          return `${colLetters(a.c1 + column)}${a.r1 + row}`;
        });
      },
      getUsedRangeOrNullObject() {
        let empty = false;
        const used = range(sheet, () => {
          const s = must(sheet());
          const a = parseArea(address());
          let box: { r1: number; c1: number; r2: number; c2: number } | null = null;
          for (const [key, v] of s.cells) {
            if (v === null || v === "") continue;
            const k = parseArea(key);
            if (k.r1 < a.r1 || k.r1 > a.r2 || k.c1 < a.c1 || k.c1 > a.c2) continue;
            box = box
              ? {
                  r1: Math.min(box.r1, k.r1),
                  c1: Math.min(box.c1, k.c1),
                  r2: Math.max(box.r2, k.r1),
                  c2: Math.max(box.c2, k.c1),
                }
              : { ...k };
          }
          if (!box) {
            empty = true;
            return address();
          }
          return areaAddress(box);
        });
        const load = used.load as (properties?: string) => RangeProxy;
        used.load = (properties?: string) => {
          load(properties);
          enqueue("load", sheet, "used", () => {
            used.isNullObject = empty;
          });
          return used;
        };
        return used;
      },
    };
    // Like Office.js, a range that does not exist (a deleted name) fails at sync, not when it is asked for.
    let known: string | null = null;
    try {
      known = address();
    } catch {
      return r;
    }
    r.format = recorder(sheet, known, [], (s, key, v) => s.styles.set(key, v));
    // Column widths: "B:B" ranges record the width per column.
    if (/^[A-Z]+:[A-Z]+$/.test(known)) {
      r.format = recorder(sheet, address(), [], (s, key, v) => {
        if (key.endsWith("|columnWidth")) s.columnWidths.set(address().split(":")[0], v as number);
        else s.styles.set(key, v);
      });
    }
    return r;
  }

  function namedRange(sheet: () => string, name: string): RangeProxy {
    return range(sheet, () => {
      const n = must(sheet()).names.get(name);
      if (!n) throw new OfficeError("ItemNotFound", `no name ${name}`);
      const ref = parseReference(n.reference);
      if (!ref) throw new OfficeError("InvalidReference", `${name} is not a range`);
      return ref.address;
    });
  }

  /** Worksheet.pageLayout: each property set and method call is one operation, applied at sync. */
  function pageLayout(sheet: () => string) {
    const op = (kind: string, detail: unknown, apply: (print: PrintState) => void) =>
      enqueue(`pageLayout.${kind}`, sheet, JSON.stringify(detail), () =>
        apply(must(sheet()).print)
      );
    return {
      set orientation(value: string) {
        op("orientation", value, (p) => (p.orientation = value));
      },
      set paperSize(value: string) {
        op("paperSize", value, (p) => (p.paperSize = value));
      },
      set zoom(value: PrintState["zoom"]) {
        op("zoom", value, (p) => (p.zoom = { ...value }));
      },
      setPrintMargins(unit: string, margins: Record<string, number>) {
        op("setPrintMargins", margins, (p) => (p.margins = { unit, margins: { ...margins } }));
      },
      setPrintArea(area: string) {
        op("setPrintArea", area, (p) => (p.printArea = area));
      },
      setPrintTitleRows(rows: string) {
        op("setPrintTitleRows", rows, (p) => (p.printTitleRows = rows));
      },
    };
  }

  function sheetProxy(sheet: () => string) {
    const names: Record<string, unknown> = {
      items: undefined,
      add(name: string, reference: string, comment?: string) {
        const item: Record<string, unknown> = {};
        enqueue("names.add", sheet, name, () => {
          const s = must(sheet());
          if (s.names.has(name)) throw new OfficeError("ItemAlreadyExists", `name ${name} exists`);
          s.names.set(name, { reference, visible: true, comment });
        });
        Object.defineProperty(item, "visible", {
          set(v: boolean) {
            enqueue("names.visible", sheet, name, () => {
              must(sheet()).names.get(name)!.visible = v;
            });
          },
        });
        return item;
      },
      load() {
        enqueue("load", sheet, "names", () => {
          names.items = [...must(sheet()).names.keys()].map((n) => ({ name: n }));
        });
      },
      getItem(name: string) {
        return { getRange: () => namedRange(sheet, name) };
      },
    };
    const proxy: Record<string, unknown> = {
      name: undefined,
      names,
      load() {
        enqueue("load", sheet, "sheet", () => {
          proxy.name = must(sheet()).name;
        });
      },
      getRange: (address: string) => range(sheet, () => address),
      pageLayout: pageLayout(sheet),
      horizontalPageBreaks: {
        add(before: string) {
          enqueue("pageBreaks.add", sheet, before, () => must(sheet()).print.breaks.push(before));
        },
      },
      // Worksheet.getUsedRangeOrNullObject (ExcelApi 1.4): the whole sheet's used range.
      getUsedRangeOrNullObject: () =>
        (range(sheet, () => "A1:XFD1048576").getUsedRangeOrNullObject as () => RangeProxy)(),
      charts: {
        add(type: string, source: RangeProxy, seriesBy: string) {
          const chart: Record<string, unknown> = {
            type,
            seriesBy,
            source: (source as { _address?: string })._address,
          };
          enqueue("charts.add", sheet, type, () => must(sheet()).charts.push(chart));
          const record = recorder(sheet, "chart", [], (_, key, v) => {
            chart[key.split("|")[1]] = v;
          }) as Record<string, unknown>;
          let seriesApi: ReturnType<typeof seriesCollection> | undefined;
          return new Proxy(record, {
            get(target, prop) {
              if (prop === "setPosition")
                return (from: string, to: string) =>
                  enqueue("chart.setPosition", sheet, `${from}:${to}`, () => {
                    chart.position = `${from}:${to}`;
                  });
              if (prop === "series") return (seriesApi ??= seriesCollection(sheet, chart));
              return (target as Record<string | symbol, unknown>)[prop];
            },
          });
        },
      },
      activate() {
        enqueue("activate", sheet, "", () => {
          active = must(sheet()).name;
        });
      },
      delete() {
        enqueue("delete", sheet, "", () => {
          const s = must(sheet());
          sheets.splice(sheets.indexOf(s), 1);
          if (active === s.name) active = sheets[0]?.name;
        });
      },
    };
    return proxy;
  }

  const data = {
    workbook: {
      worksheets: {
        items: [],
        load(this: Record<string, unknown>) {
          enqueue(
            "load",
            () => "",
            "worksheets",
            () => {
              this.items = sheets.map((s) => ({ name: s.name }));
            }
          );
        },
        add(name: string) {
          enqueue(
            "add",
            () => name,
            name,
            () => {
              if (find(name)) throw new OfficeError("ItemAlreadyExists", `sheet ${name} exists`);
              sheets.push({
                name,
                cells: new Map(),
                formats: new Map(),
                names: new Map(),
                charts: [],
                styles: new Map(),
                columnWidths: new Map(),
                print: { breaks: [] },
              });
            }
          );
          return sheetProxy(() => name);
        },
        getItem(name: string) {
          return sheetProxy(() => must(name).name);
        },
        getActiveWorksheet() {
          const resolveActive = () => must(active ?? "").name;
          return sheetProxy(resolveActive);
        },
      },
      getSelectedRange() {
        return range(
          () => must(active ?? "").name,
          () => selection
        );
      },
    },
    async sync() {
      syncs += 1;
      beforeSync?.(syncs);
      const batch = queue;
      queue = [];
      for (const { op, run } of batch) {
        try {
          const failure = failOn?.(op);
          if (failure)
            throw new OfficeError(failure, `injected failure at ${op.kind} ${op.detail}`);
          run();
        } catch (error) {
          if (error instanceof OfficeError && reportErrorLocation)
            error.debugInfo = { errorLocation: ERROR_LOCATIONS[op.kind] ?? op.kind };
          throw error;
        }
        if (op.kind !== "load") applied.push(op);
      }
    },
  };
  const context = new OfficeMockObject(data) as unknown as Excel.RequestContext;

  return {
    context,
    sheets,
    applied,
    syncCount: () => syncs,
    rangeLoads,
    sheet: (name: string) => find(name),
    activeName: () => active,
    selection: () => selection,
    setSelection: (address: string) => {
      selection = address;
    },
    setActive: (name: string) => {
      active = name;
    },
    /** The op kind/detail to fail and the Office error code to fail it with. */
    failOn: (predicate: (op: Op) => string | undefined) => {
      failOn = predicate;
    },
    beforeSync: (hook: (syncNumber: number) => void) => {
      beforeSync = hook;
    },
    /** Errors without debugInfo, as some hosts report them. */
    withoutErrorLocation: () => {
      reportErrorLocation = false;
    },
  };
}
