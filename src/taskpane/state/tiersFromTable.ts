/**
 * Reads a table the user selected in Excel (a header row, then one row per
 * tier) into tier rows of the form. Headers are matched by meaning, not
 * position ("Min qty", "Minimum quantity", "from" all mean minQty), so a table
 * laid out for people imports without rearranging. Values go into the form as
 * text; the engine's validation then says what is wrong, in the form.
 */
import type { SheetCell } from "../../core/discount";
import type { TierRow } from "./modelForm";
import { activeLocale, t } from "../../core/i18n";
import { formatNumber } from "./parseNumber";

/** A cell as Excel returns it; undefined covers ragged rows. */
type Cell = SheetCell | undefined;
type TierColumn = Exclude<keyof TierRow, "id">;

export type TableImport =
  | { ok: true; tiers: Omit<TierRow, "id">[]; ignoredColumns: string[] }
  | { ok: false; message: string };

/**
 * Header words per field, compared after lower-casing, dropping parenthesised
 * text (units: "Min qty (units)") and then everything but letters, so the
 * pane's own column labels ("Orders / period") import as they are shown.
 */
const HEADER_SYNONYMS: Record<TierColumn, string[]> = {
  label: ["label", "tier", "band", "tiername", "ordersize", "quantity band", "name"],
  minQty: ["minqty", "minquantity", "minimumquantity", "minimumqty", "from", "minunits", "min"],
  orders: ["orders", "ordersperperiod", "orders/period", "numberoforders", "orderscount", "n"],
  unitsPerOrder: [
    "unitsperorder",
    "avgunitsperorder",
    "averageunitsperorder",
    "units",
    "unitsorder",
    "u",
  ],
  minMargin: [
    "minmargin",
    "minimummargin",
    "requiredmargin",
    "marginfloor",
    "minprofitability",
    "margin",
    "m",
  ],
};

function normaliseHeader(cell: Cell): string {
  return String(cell ?? "")
    .toLowerCase()
    .replace(/\([^)]*\)/g, "")
    .replace(/[^a-z]/g, "");
}

function matchColumn(header: string): TierColumn | null {
  for (const [field, words] of Object.entries(HEADER_SYNONYMS) as [TierColumn, string[]][]) {
    if (words.some((w) => w.replace(/[^a-z]/g, "") === header)) return field;
  }
  return null;
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return formatNumber(cell, activeLocale());
  return String(cell).trim();
}

export function tiersFromTable(values: Cell[][]): TableImport {
  if (values.length < 2) {
    return {
      ok: false,
      message: t("pane.import.noTable"),
    };
  }
  const columns = new Map<TierColumn, number>();
  const ignoredColumns: string[] = [];
  values[0].forEach((cell, c) => {
    const field = matchColumn(normaliseHeader(cell));
    if (field && !columns.has(field)) columns.set(field, c);
    else if (cellText(cell) !== "") ignoredColumns.push(cellText(cell));
  });
  const required: TierColumn[] = ["minQty", "orders", "unitsPerOrder", "minMargin"];
  const missing = required.filter((f) => !columns.has(f));
  if (missing.length > 0) {
    const names: Record<TierColumn, string> = {
      label: t("pane.import.column.label"),
      minQty: t("pane.import.column.minQty"),
      orders: t("pane.import.column.orders"),
      unitsPerOrder: t("pane.import.column.unitsPerOrder"),
      minMargin: t("pane.import.column.minMargin"),
    };
    return {
      ok: false,
      message: t("pane.import.missingHeaders", {
        columns: missing.map((f) => names[f]).join(", "),
      }),
    };
  }
  const rows = values.slice(1).filter((row) => row.some((cell) => cellText(cell) !== ""));
  if (rows.length === 0) return { ok: false, message: t("pane.import.noRows") };
  const tiers = rows.map((row, r) => {
    const get = (f: TierColumn): string => {
      const c = columns.get(f);
      return c === undefined ? "" : cellText(row[c]);
    };
    return {
      label: columns.has("label") ? get("label") : t("pane.tier.legend", { index: r + 1 }),
      minQty: get("minQty"),
      orders: get("orders"),
      unitsPerOrder: get("unitsPerOrder"),
      minMargin: get("minMargin"),
    };
  });
  return { ok: true, tiers, ignoredColumns };
}
