/**
 * How number formats behave across locales, checked with a real second
 * spreadsheet engine: an .xlsx stores each format code in its invariant form
 * ("#,##0.00", "0.0%": "," groups thousands, "." is the decimal point), and the
 * program that opens the file shows it with the reader's own separators. So one
 * file built in any language reads "1 200,00" and "30,0%" in a Russian or
 * Kazakh locale and "1,200.00" and "30.0%" in an English one — which is why
 * the writers set `numberFormat` (invariant, like `formulas`) and never
 * `numberFormatLocal`. LibreOffice Calc (`soffice`, installed by .ci/run)
 * recalculates the file and exports the cells as shown, under each locale.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import JSZip from "jszip";
import {
  buildDiscountSheetPlan,
  discountSheetRows,
  sensitivityDiscounts,
} from "../../src/core/discount";
import { guidedPlanFromJson } from "../../src/core/guided";
import { writeXlsx } from "../../src/export/writeXlsx";
import { loadExample } from "../core/discount/fixtures";

/** LibreOffice's CSV export: ";" separated, UTF-8, every cell "as shown" (its formatted text). */
const CSV_AS_SHOWN = "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true";
const NBSP = "\u00a0";

let dir: string;
let file: string;

/** The rows of the file's first sheet as LibreOffice shows them under `locale`. */
function shownUnder(locale: string, xlsx = file): string[][] {
  const name = basename(xlsx, ".xlsx");
  const out = join(dir, `${name}-${locale}`);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, `profile-${name}-${locale}`)}`,
      "--headless",
      "--convert-to",
      CSV_AS_SHOWN,
      "--outdir",
      out,
      xlsx,
    ],
    { env: { ...process.env, LC_ALL: locale, LANG: locale }, stdio: "ignore", timeout: 120_000 }
  );
  // Lines break at newlines outside quotes only: the notes cell is a quoted paragraph with line breaks.
  const lines: string[] = [];
  let line = "";
  let quoted = false;
  for (const ch of readFileSync(join(out, `${name}.csv`), "utf8")) {
    if (ch === '"') quoted = !quoted;
    if (ch === "\n" && !quoted) {
      lines.push(line);
      line = "";
    } else line += ch;
  }
  lines.push(line);
  return lines.map((l) => l.split(";"));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mkt-locales-"));
  file = join(dir, "sheet.xlsx");
  const plan = buildDiscountSheetPlan(loadExample("sockets.json"), {
    language: "ru",
    discounts: [0, 0.1384, 0.181],
  });
  writeFileSync(file, await writeXlsx(plan));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("number formats across locales", () => {
  it("are stored in the file in invariant form, whatever the sheet's language", async () => {
    const styles = await (
      await JSZip.loadAsync(readFileSync(file))
    )
      .file("xl/styles.xml")!
      .async("string");
    // Custom codes are spelled out; Excel's built-in ones are stored by number only
    // (3 is #,##0, 4 is #,##0.00, 10 is 0.00%), which each Excel shows in its own locale.
    const codes = [...styles.matchAll(/formatCode="([^"]+)"/g)].map((m) => m[1]);
    expect(codes).toEqual(expect.arrayContaining(["0.0%"]));
    expect(codes.join(" ")).not.toMatch(/\d,\d|# ##|\u00a0/);
    const ids = new Set([...styles.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1]));
    expect([...ids]).toEqual(expect.arrayContaining(["3", "4", "10"]));
  });

  // Rows as exported: 5 list price, 8 maximum discount, 12 the first tier's units per order
  // (typed: General shows 4 as "4", where #,##0.## showed "4." in Excel), 24..26 the tiers'
  // results, then a computed units per order (one decimal: tier 10-49, the first segment).
  it.each<[string, string, string, string, RegExp, string]>([
    ["ru_RU.UTF-8", `1${NBSP}200,00`, "30,0%", "13,84%", /^\d{1,3}(\u00a0\d{3})+$/, "20,9"],
    ["kk_KZ.UTF-8", `1${NBSP}200,00`, "30,0%", "13,84%", /^\d{1,3}(\u00a0\d{3})+$/, "20,9"],
    ["en_US.UTF-8", "1,200.00", "30.0%", "13.84%", /^\d{1,3}(,\d{3})+$/, "20.9"],
  ])(
    "under %s show price %p, maximum discount %p, a decision %p, revenue grouped as %p, computed units per order %p",
    (locale, price, maxDiscount, decision, revenue, unitsPerOrder) => {
      const rows = shownUnder(locale);
      expect(rows[5][1]).toBe(price);
      expect(rows[8][1]).toBe(maxDiscount);
      expect(rows[12][3]).toBe("4");
      expect(rows[25][1]).toBe(decision);
      expect(rows[25][3]).toMatch(revenue);
      const calcRow = discountSheetRows(3, 3, sensitivityDiscounts(0.3).length).calc(1, 0);
      expect(rows[calcRow - 1][3]).toBe(unitsPerOrder);
    },
    180_000
  );
});

/**
 * A logical result (POSM "pays back", a confirmed hypothesis) stays a logical,
 * so COUNTIF(…, TRUE) and filters work: LibreOffice, like Excel, shows it in the
 * reader's language, whatever the sheet's.
 */
describe("logical results across locales", () => {
  let posm: string;
  beforeAll(async () => {
    const example = JSON.parse(readFileSync(join(__dirname, "../../examples/posm.json"), "utf8"));
    // The wobblers' kit made dear enough that they no longer pay back within the month.
    example.options[1].monthlyKitCost = 10_000;
    const built = guidedPlanFromJson("posm", JSON.stringify(example), { language: "ru" });
    if (!built.ok) throw new Error("the POSM example must build");
    posm = join(dir, "posm.xlsx");
    writeFileSync(posm, await writeXlsx(built.value));
  });

  // Column N of rows 6 and 7: the fridge pays back within its service life, the wobblers do not.
  it.each([
    ["ru_RU.UTF-8", "ИСТИНА", "ЛОЖЬ"],
    ["kk_KZ.UTF-8", "АҚИҚАТ", "ЖАЛҒАН"],
    ["en_US.UTF-8", "TRUE", "FALSE"],
  ])(
    "under %s read %p and %p",
    (locale, yes, no) => {
      const rows = shownUnder(locale, posm);
      expect([rows[5][13], rows[6][13]]).toEqual([yes, no]);
    },
    180_000
  );
});
