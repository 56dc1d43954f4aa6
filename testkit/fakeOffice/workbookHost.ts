/**
 * The workbook side of the end-to-end test's fake Office host. The page's fake
 * office.js (office.js in this folder) records Office.js calls into a batch and,
 * on `context.sync()`, sends the batch here through a Playwright binding; this
 * class applies it to a HyperFormula workbook — a real formula engine, so the
 * cells the pane reads back are computed, not echoed — and answers the loads.
 *
 * HyperFormula runs here in the test process rather than in the page because
 * its parser generator uses `new Function`, which the pane's Content-Security-
 * Policy (no 'unsafe-eval') rightly forbids; it also makes every sync a real
 * asynchronous round trip, as in Office.
 *
 * It implements exactly the Office.js subset the adapters use; anything else
 * fails loudly ("unsupported ..."), so an adapter that starts using more API
 * makes this test fail rather than pass vacuously.
 */
import { HyperFormula, DetailedCellError } from "hyperformula";

type Cell = string | number | boolean | null;

/** How the page's proxies name an object; resolved when the batch runs, as Office does. */
export type Target =
  | { t: "worksheets" }
  | { t: "sheet"; name: string }
  | { t: "active" }
  | { t: "sheetNames"; sheet: Target }
  | { t: "name"; sheet: Target; name: string }
  | { t: "range"; sheet: Target; address: string }
  | { t: "namedRange"; sheet: Target; name: string }
  | { t: "cell"; range: Target; row: number; column: number }
  | { t: "used"; range: Target }
  | { t: "selection" }
  | { t: "chart"; sheet: Target; index: number }
  | { t: "pageLayout"; sheet: Target }
  | { t: "pageBreaks"; sheet: Target };

/** `api`: the ExcelApi version the op needs, where it is above the 1.4 the pane requires. */
export type BatchOp =
  | { op: "set"; target: Target; path: string; value: unknown; api?: string }
  | { op: "call"; target: Target; method: string; args: unknown[]; api?: string }
  | { op: "load"; id: number; target: Target; props: string; api?: string };

export interface SyncAnswer {
  loads: Record<number, Record<string, unknown>>;
  error?: { code: string; message: string };
}

class HostError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

/** The print setup set through Worksheet.pageLayout and horizontalPageBreaks, as given. */
export interface PrintMeta {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  margins?: { unit: string; margins: Record<string, number> };
  printArea?: string;
  printTitleRows?: string;
  /** The range each page break was added before, in order. */
  breaks: string[];
}

interface SheetMeta {
  name: string;
  names: Map<string, { reference: string; visible: boolean; comment?: string }>;
  formats: Map<string, string>;
  charts: Record<string, unknown>[];
  styles: Map<string, unknown>;
  print: PrintMeta;
}

/** "1.8" < "1.9" < "1.10", as Office compares requirement-set versions. */
export function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = [have, want].map((v) => v.split(".").map(Number));
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

interface Area {
  sheet: SheetMeta;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  isNull?: boolean;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
function colLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
function parseA1(address: string): { r1: number; c1: number; r2: number; c2: number } {
  const [a, b = a] = address.replace(/\$/g, "").split(":");
  const pa = /^([A-Z]+)(\d+)$/i.exec(a);
  const pb = /^([A-Z]+)(\d+)$/i.exec(b);
  if (pa && pb) return { r1: +pa[2], c1: colNumber(pa[1]), r2: +pb[2], c2: colNumber(pb[1]) };
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(address.replace(/\$/g, ""));
  if (cols) return { r1: 1, c1: colNumber(cols[1]), r2: 1048576, c2: colNumber(cols[2]) };
  throw new HostError("InvalidArgument", `The address ${address} is not valid.`);
}
function a1(area: { r1: number; c1: number; r2: number; c2: number }): string {
  const tl = `${colLetters(area.c1)}${area.r1}`;
  const br = `${colLetters(area.c2)}${area.r2}`;
  return tl === br ? tl : `${tl}:${br}`;
}

export class WorkbookHost {
  // Excel evaluates SUMPRODUCT's arguments as arrays (the guided sheets' counts over the
  // user's table); HyperFormula does so only with array arithmetic on.
  readonly hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true });
  private readonly sheets: SheetMeta[] = [];
  active = "";
  selection = "A1";
  syncCount = 0;
  /** Fails the first op for which it returns an Office error code (failure injection). */
  failOn: ((op: BatchOp) => string | undefined) | null = null;

  /** `apiVersion`: the ExcelApi version this host has; an op that needs more fails (ApiNotFound). */
  constructor(
    initial: { name: string; cells?: Cell[][] }[],
    private readonly apiVersion = "1.15"
  ) {
    for (const s of initial) {
      this.addSheet(s.name);
      if (s.cells)
        this.hf.setCellContents({ sheet: this.sheetId(s.name), row: 0, col: 0 }, s.cells);
    }
    this.active = initial[0]?.name ?? "";
  }

  // ---- test-side inspection -------------------------------------------------
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }
  meta(name: string): SheetMeta | undefined {
    return this.find(name);
  }
  /** Computed value of one cell, as Excel would show it (errors as "#DIV/0!" etc.). */
  value(sheet: string, address: string): Cell {
    const { r1, c1 } = parseA1(address);
    return this.toCell(
      this.hf.getCellValue({ sheet: this.sheetId(sheet), row: r1 - 1, col: c1 - 1 })
    );
  }
  /** Computed values of the range a sheet-scoped name refers to. */
  namedValues(sheet: string, name: string): Cell[][] {
    const area = this.resolveNamed(this.must(sheet), name);
    return this.readValues(area);
  }

  // ---- the batch ------------------------------------------------------------
  sync(batch: BatchOp[]): SyncAnswer {
    this.syncCount += 1;
    const loads: SyncAnswer["loads"] = {};
    for (const op of batch) {
      try {
        const failure = this.failOn?.(op);
        if (failure)
          throw new HostError(
            failure,
            `Injected failure at ${op.op} ${JSON.stringify(op).slice(0, 80)}`
          );
        if (op.api && !versionAtLeast(this.apiVersion, op.api))
          throw new HostError("ApiNotFound", `ExcelApi ${op.api} is not supported by this host.`);
        if (op.op === "set") this.set(op.target, op.path, op.value);
        else if (op.op === "call") this.call(op.target, op.method, op.args);
        else loads[op.id] = this.load(op.target, op.props);
      } catch (error) {
        const e = error as HostError;
        return { loads, error: { code: e.code ?? "GeneralException", message: e.message } };
      }
    }
    return { loads };
  }

  private find(name: string): SheetMeta | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  private must(name: string): SheetMeta {
    const s = this.find(name);
    if (!s)
      throw new HostError("ItemNotFound", `The requested resource doesn't exist (sheet ${name}).`);
    return s;
  }
  private sheetId(name: string): number {
    const id = this.hf.getSheetId(this.must(name).name);
    if (id === undefined) throw new Error(`no HyperFormula sheet ${name}`);
    return id;
  }
  private addSheet(name: string): void {
    if (this.find(name))
      throw new HostError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw new HostError("InvalidArgument", `Invalid sheet name ${name}.`);
    this.hf.addSheet(name);
    this.sheets.push({
      name,
      names: new Map(),
      formats: new Map(),
      charts: [],
      styles: new Map(),
      print: { breaks: [] },
    });
  }

  private resolveSheet(target: Target): SheetMeta {
    if (target.t === "sheet") return this.must(target.name);
    if (target.t === "active") return this.must(this.active);
    throw new HostError("InvalidArgument", `not a sheet: ${target.t}`);
  }

  private resolveNamed(sheet: SheetMeta, name: string): Area {
    const item = sheet.names.get(name);
    if (!item) throw new HostError("ItemNotFound", `The name ${name} doesn't exist.`);
    const m = /^='((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(item.reference);
    if (!m) throw new HostError("InvalidReference", `The name ${name} is not a range.`);
    return { sheet: this.must(m[1].replace(/''/g, "'")), ...parseA1(m[2]) };
  }

  private resolveRange(target: Target): Area {
    switch (target.t) {
      case "range":
        return { sheet: this.resolveSheet(target.sheet), ...parseA1(target.address) };
      case "namedRange":
        return this.resolveNamed(this.resolveSheet(target.sheet), target.name);
      case "selection":
        return { sheet: this.must(this.active), ...parseA1(this.selection) };
      case "cell": {
        const base = this.resolveRange(target.range);
        const r = base.r1 + target.row;
        const c = base.c1 + target.column;
        return { sheet: base.sheet, r1: r, c1: c, r2: r, c2: c };
      }
      case "used": {
        const base = this.resolveRange(target.range);
        const id = this.sheetId(base.sheet.name);
        const { height, width } = this.hf.getSheetDimensions(id);
        let box: { r1: number; c1: number; r2: number; c2: number } | null = null;
        for (let r = base.r1; r <= Math.min(base.r2, height); r++) {
          for (let c = base.c1; c <= Math.min(base.c2, width); c++) {
            if (this.hf.isCellEmpty({ sheet: id, row: r - 1, col: c - 1 })) continue;
            box = box
              ? {
                  r1: Math.min(box.r1, r),
                  c1: Math.min(box.c1, c),
                  r2: Math.max(box.r2, r),
                  c2: Math.max(box.c2, c),
                }
              : { r1: r, c1: c, r2: r, c2: c };
          }
        }
        return box ? { sheet: base.sheet, ...box } : { ...base, isNull: true };
      }
      default:
        throw new HostError("InvalidArgument", `not a range: ${target.t}`);
    }
  }

  private toCell(v: unknown): Cell {
    if (v instanceof DetailedCellError) return v.value;
    if (v === null || v === undefined) return "";
    return v as Cell;
  }

  private readValues(area: Area): Cell[][] {
    const id = this.sheetId(area.sheet.name);
    const out: Cell[][] = [];
    for (let r = area.r1; r <= area.r2; r++) {
      const row: Cell[] = [];
      for (let c = area.c1; c <= area.c2; c++)
        row.push(this.toCell(this.hf.getCellValue({ sheet: id, row: r - 1, col: c - 1 })));
      out.push(row);
    }
    return out;
  }

  private readFormulas(area: Area): Cell[][] {
    const id = this.sheetId(area.sheet.name);
    const out: Cell[][] = [];
    for (let r = area.r1; r <= area.r2; r++) {
      const row: Cell[] = [];
      for (let c = area.c1; c <= area.c2; c++) {
        const raw = this.hf.getCellSerialized({ sheet: id, row: r - 1, col: c - 1 });
        row.push(raw === null || raw === undefined ? "" : (raw as Cell));
      }
      out.push(row);
    }
    return out;
  }

  private write(area: Area, rows: unknown[][], kind: "formulas" | "values" | "numberFormat"): void {
    const height = area.r2 - area.r1 + 1;
    const width = area.c2 - area.c1 + 1;
    if (
      !Array.isArray(rows) ||
      rows.length !== height ||
      rows.some((r) => !Array.isArray(r) || r.length !== width)
    ) {
      throw new HostError(
        "InvalidArgument",
        `The number of rows or columns in the input array doesn't match the size of the range.`
      );
    }
    const id = this.sheetId(area.sheet.name);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === undefined) return; // Office.js: null leaves the cell unchanged
        const key = `${colLetters(area.c1 + j)}${area.r1 + i}`;
        if (kind === "numberFormat") {
          area.sheet.formats.set(key, String(v));
          return;
        }
        let content = v as Cell;
        // Text-formatted cells keep their text as text; `values` never holds formulas.
        if (typeof content === "string" && !content.startsWith("'")) {
          if (area.sheet.formats.get(key) === "@" || (kind === "values" && content.startsWith("=")))
            content = `'${content}`;
        }
        this.hf.setCellContents(
          { sheet: id, row: area.r1 - 1 + i, col: area.c1 - 1 + j },
          content === "" ? null : content
        );
      })
    );
  }

  private set(target: Target, path: string, value: unknown): void {
    if (target.t === "pageLayout") return this.setPageLayout(target, path, value);
    if (target.t === "name") {
      if (path !== "visible")
        throw new HostError("InvalidArgument", `unsupported name property ${path}`);
      const sheet = this.resolveSheet(target.sheet);
      const item = sheet.names.get(target.name);
      if (!item) throw new HostError("ItemNotFound", `name ${target.name}`);
      item.visible = Boolean(value);
      return;
    }
    if (target.t === "chart") {
      const chart = this.resolveSheet(target.sheet).charts[target.index];
      chart[path] = value;
      return;
    }
    const area = this.resolveRange(target);
    if (path === "formulas" || path === "values" || path === "numberFormat")
      this.write(area, value as unknown[][], path);
    else if (path.startsWith("format.")) area.sheet.styles.set(`${a1(area)}|${path}`, value);
    else throw new HostError("InvalidArgument", `unsupported range property ${path}`);
  }

  /** PageLayout's properties the adapters set, checked as Office.js types them (ExcelApi 1.9). */
  private setPageLayout(target: { sheet: Target }, path: string, value: unknown): void {
    const print = this.resolveSheet(target.sheet).print;
    if (path === "orientation") {
      if (value !== "Portrait" && value !== "Landscape")
        throw new HostError("InvalidArgument", `orientation ${String(value)}`);
      print.orientation = value;
    } else if (path === "paperSize") {
      if (typeof value !== "string" || !/^(A3|A4|A5|Letter|Legal)$/.test(value))
        throw new HostError("InvalidArgument", `paperSize ${String(value)}`);
      print.paperSize = value;
    } else if (path === "zoom") {
      const zoom = value as PrintMeta["zoom"];
      const pages = [zoom?.horizontalFitToPages, zoom?.verticalFitToPages];
      if (pages.some((n) => n !== undefined && (!Number.isInteger(n) || n < 0)))
        throw new HostError("InvalidArgument", `zoom ${JSON.stringify(value)}`);
      print.zoom = { ...zoom };
    } else throw new HostError("InvalidArgument", `unsupported page layout property ${path}`);
  }

  /** PageLayout's methods and PageBreakCollection.add: the ranges must be of the sheet, title rows whole rows. */
  private callPageLayout(target: Target, method: string, args: unknown[]): void {
    const sheet = this.resolveSheet((target as { sheet: Target }).sheet);
    const [first, second] = args;
    if (target.t === "pageBreaks" && method === "add") {
      const area = parseA1(String(first));
      if (area.r1 < 2) throw new HostError("InvalidArgument", `no break before row 1`);
      sheet.print.breaks.push(String(first));
    } else if (method === "setPrintMargins") {
      if (first !== "Inches" && first !== "Points" && first !== "Centimeters")
        throw new HostError("InvalidArgument", `margin unit ${String(first)}`);
      sheet.print.margins = { unit: first, margins: { ...(second as Record<string, number>) } };
    } else if (method === "setPrintArea") {
      parseA1(String(first));
      sheet.print.printArea = String(first);
    } else if (method === "setPrintTitleRows") {
      // "The range must span the entire row" (PageLayout.setPrintTitleRows).
      if (!/^\$?\d+:\$?\d+$/.test(String(first)))
        throw new HostError("InvalidArgument", `title rows ${String(first)} are not whole rows`);
      sheet.print.printTitleRows = String(first);
    } else throw new HostError("InvalidArgument", `unsupported call ${target.t}.${method}`);
  }

  private call(target: Target, method: string, args: unknown[]): void {
    if (target.t === "pageLayout" || target.t === "pageBreaks")
      return this.callPageLayout(target, method, args);
    if (target.t === "worksheets" && method === "add") return this.addSheet(String(args[0]));
    if (target.t === "sheetNames" && method === "add") {
      const sheet = this.resolveSheet(target.sheet);
      const [name, reference, comment] = args as [string, string, string | undefined];
      if (sheet.names.has(name))
        throw new HostError("ItemAlreadyExists", `The name ${name} already exists.`);
      if (!/^=/.test(reference))
        throw new HostError("InvalidArgument", `reference must be a formula: ${reference}`);
      sheet.names.set(name, { reference, visible: true, comment });
      return;
    }
    if ((target.t === "sheet" || target.t === "active") && method === "activate") {
      this.active = this.resolveSheet(target).name;
      return;
    }
    if ((target.t === "sheet" || target.t === "active") && method === "delete") {
      const sheet = this.resolveSheet(target);
      this.hf.removeSheet(this.sheetId(sheet.name));
      this.sheets.splice(this.sheets.indexOf(sheet), 1);
      if (this.active === sheet.name) this.active = this.sheets[0]?.name ?? "";
      return;
    }
    if ((target.t === "sheet" || target.t === "active") && method === "charts.add") {
      const sheet = this.resolveSheet(target);
      const [type, source, seriesBy] = args as [string, Target, string];
      const area = this.resolveRange(source);
      sheet.charts.push({ type, seriesBy, source: a1(area) });
      return;
    }
    if (target.t === "chart" && method.startsWith("series.")) {
      const chart = this.resolveSheet(target.sheet).charts[target.index];
      const series = (chart.series ??= []) as Record<string, unknown>[];
      const [index, arg] = args as [number, unknown];
      const entry = (series[index] ??= {});
      if (method === "series.name") entry.name = arg;
      else
        entry[method === "series.setValues" ? "values" : "categories"] = a1(
          this.resolveRange(arg as Target)
        );
      return;
    }
    if (target.t === "chart" && method === "setPosition") {
      this.resolveSheet(target.sheet).charts[target.index].position = `${args[0]}:${args[1]}`;
      return;
    }
    if (method === "select") {
      const area = this.resolveRange(target);
      this.active = area.sheet.name;
      this.selection = a1(area);
      return;
    }
    throw new HostError("InvalidArgument", `unsupported call ${target.t}.${method}`);
  }

  private load(target: Target, props: string): Record<string, unknown> {
    const wanted = props.split(",").map((p) => p.trim());
    if (target.t === "worksheets") return { items: this.sheets.map((s) => ({ name: s.name })) };
    if (target.t === "sheetNames")
      return { items: [...this.resolveSheet(target.sheet).names.keys()].map((name) => ({ name })) };
    if (target.t === "sheet" || target.t === "active")
      return { name: this.resolveSheet(target).name };
    const area = this.resolveRange(target);
    if (area.isNull) return { isNullObject: true };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of wanted) {
      if (p === "values") out.values = this.readValues(area);
      else if (p === "formulas") out.formulas = this.readFormulas(area);
      else if (p === "address") out.address = `'${area.sheet.name}'!${a1(area)}`;
      else if (p === "rowCount") out.rowCount = area.r2 - area.r1 + 1;
      else if (p === "columnCount") out.columnCount = area.c2 - area.c1 + 1;
      else throw new HostError("InvalidArgument", `unsupported range property ${p}`);
    }
    return out;
  }
}
