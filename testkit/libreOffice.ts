/**
 * LibreOffice Calc as a second spreadsheet engine for tests: convert a file
 * headless (`soffice --headless --convert-to`), render a PDF's pages to images
 * (`pdftoppm`), and read those images' pixels. Each call uses its own
 * LibreOffice profile in a temporary folder, so parallel test files (and other
 * users of the machine) never share a profile lock.
 *
 * Pages come back as binary PPM (P6), which needs no image library to read.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { pathToFileURL } from "url";

/** Generous: a cold LibreOffice start on a busy 2-core machine can take half a minute. */
const CONVERT_TIMEOUT_MS = 120_000;

/** Whether soffice and pdftoppm are installed (CI installs both; see .ci/run). */
export function libreOfficeAvailable(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: CONVERT_TIMEOUT_MS });
    execFileSync("pdftoppm", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** Converts `input` into `outDir` as `format` ("pdf", "ods", "xlsx", ...); returns the new file's path. */
export function convertWithLibreOffice(input: string, format: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "mkt-lo-profile-"));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        format,
        "--outdir",
        outDir,
        input,
      ],
      { stdio: "pipe", timeout: CONVERT_TIMEOUT_MS }
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const output = join(outDir, basename(input).replace(/\.[^.]+$/, `.${format.split(":")[0]}`));
  readFileSync(output); // throws with the path when LibreOffice wrote nothing
  return output;
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** RGB bytes, row by row. */
  readonly rgb: Uint8Array;
}

function parsePpm(bytes: Buffer): Raster {
  // Header: "P6", width, height, max value, each after whitespace, then one whitespace byte.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString("latin1"));
  if (!header) throw new Error("not a binary PPM");
  const [all, width, height] = header;
  return {
    width: Number(width),
    height: Number(height),
    rgb: new Uint8Array(bytes.subarray(all.length)),
  };
}

/** Renders every page of a PDF at `dpi` (pdftoppm), as rasters and, if `pngPrefix` is given, PNG files too. */
export function renderPdf(pdf: string, dpi: number, pngPrefix?: string): Raster[] {
  const dir = mkdtempSync(join(tmpdir(), "mkt-pages-"));
  try {
    execFileSync("pdftoppm", ["-r", String(dpi), pdf, join(dir, "page")]);
    if (pngPrefix) execFileSync("pdftoppm", ["-r", String(dpi), "-png", pdf, pngPrefix]);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".ppm"))
      .sort()
      .map((f) => parsePpm(readFileSync(join(dir, f))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pixels within `tolerance` (per channel) of the colour "RRGGBB". */
export function countPixels(raster: Raster, hex: string, tolerance = 24): number {
  const target = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < raster.rgb.length; i += 3) {
    if (
      Math.abs(raster.rgb[i] - target[0]) <= tolerance &&
      Math.abs(raster.rgb[i + 1] - target[1]) <= tolerance &&
      Math.abs(raster.rgb[i + 2] - target[2]) <= tolerance
    )
      count++;
  }
  return count;
}
