/**
 * Renders the pictures of docs/images/sheets: every example model sheet built
 * with the command line (`mkt discount build`, `mkt budget build --solve`,
 * `mkt sheet KIND`), printed to PDF by LibreOffice Calc with the file's own
 * print setup, and the model sheet's pages rasterised by pdftoppm and stacked
 * one under the other (a thin grey line between pages), as a reader of the
 * printout sees them.
 * Run: npx tsx scripts/renderSheetPictures.ts [NAME ...]  (needs lib/, which
 * `npm install` compiles, and soffice and pdftoppm, which .ci/run installs)
 */
import { execFileSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { PNG } from "pngjs";
import { convertWithLibreOffice, renderPdf, type Raster } from "../testkit/libreOffice";

const ROOT = join(__dirname, "..");
const OUT_DIR = join(ROOT, "docs/images/sheets");
/** 80 dpi: an A4 landscape page is 936 × 662 pixels, readable in a Markdown viewer. */
const DPI = 80;
/** Pages of the model sheet shown; the data sheets (store list, answers) follow them in the PDF. */
const MAX_PAGES = 3;
const PAGE_GAP_PX = 6;
const GAP_GREY = 200;

interface Picture {
  /** The mkt arguments that build the sheet (the output path is appended). */
  args: string[];
  /** How many of the PDF's first pages are the model sheet. */
  pages: number;
}

const SHEETS: Record<string, Picture> = {
  discount: {
    args: ["discount", "build", "--input", "examples/sockets.json", "--solve"],
    // The model and its results; the calculations; the sensitivity table with its chart.
    pages: 3,
  },
  budget: {
    args: ["budget", "build", "--input", "examples/s-curve-regions.json", "--solve"],
    pages: 2,
  },
  campaigns: { args: ["sheet", "campaigns", "--input", "examples/campaigns.json"], pages: 1 },
  promo: { args: ["sheet", "promo", "--input", "examples/promo.json"], pages: 1 },
  posm: { args: ["sheet", "posm", "--input", "examples/posm.json"], pages: 1 },
  distribution: {
    args: ["sheet", "distribution", "--input", "examples/distribution.json"],
    pages: 2,
  },
  survey: { args: ["sheet", "survey", "--input", "examples/survey.json"], pages: 2 },
};

/** Pages one under the other, as a PNG file. */
function writeStacked(pages: readonly Raster[], path: string): void {
  const width = Math.max(...pages.map((p) => p.width));
  const height = pages.reduce((h, p) => h + p.height, 0) + PAGE_GAP_PX * (pages.length - 1);
  const png = new PNG({ width, height, colorType: 2 });
  png.data.fill(255);
  let top = 0;
  pages.forEach((page, k) => {
    if (k > 0) {
      png.data.fill(GAP_GREY, top * width * 4, (top + PAGE_GAP_PX) * width * 4);
      top += PAGE_GAP_PX;
    }
    for (let y = 0; y < page.height; y++)
      for (let x = 0; x < page.width; x++) {
        const from = (y * page.width + x) * 3;
        const to = ((top + y) * width + x) * 4;
        png.data[to] = page.rgb[from];
        png.data[to + 1] = page.rgb[from + 1];
        png.data[to + 2] = page.rgb[from + 2];
        png.data[to + 3] = 255;
      }
    top += page.height;
  });
  writeFileSync(path, PNG.sync.write(png, { colorType: 2 }));
}

function render(name: string, dir: string): void {
  const { args, pages } = SHEETS[name];
  const xlsx = join(dir, `${name}.xlsx`);
  execFileSync(process.execPath, [join(ROOT, "bin/mkt.js"), ...args, "--out", xlsx], {
    cwd: ROOT,
    stdio: "pipe",
  });
  const pdf = convertWithLibreOffice(xlsx, "pdf", dir);
  const rasters = renderPdf(pdf, DPI).slice(0, Math.min(pages, MAX_PAGES));
  writeStacked(rasters, join(OUT_DIR, `${name}.png`));
  console.log(`docs/images/sheets/${name}.png: ${rasters.length} page(s)`);
}

function main(): void {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in SHEETS));
  if (unknown.length > 0)
    throw new Error(
      `unknown sheet ${unknown.join(", ")}; known: ${Object.keys(SHEETS).join(", ")}`
    );
  const dir = mkdtempSync(join(tmpdir(), "mkt-pictures-"));
  try {
    for (const name of asked.length > 0 ? asked : Object.keys(SHEETS)) render(name, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
