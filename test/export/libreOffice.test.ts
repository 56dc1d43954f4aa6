/**
 * LibreOffice Calc as a second spreadsheet engine: every example sheet is
 * exported with writeXlsx, opened and recalculated by `soffice --headless
 * --convert-to xlsx` (the .xlsx carries no cached results, so Calc computes
 * every formula), and each named result Calc computed must equal what
 * HyperFormula computes from the same plan, itself tested equal to the MKT
 * functions (test/core/guided). CI installs libreoffice-calc (.ci/run).
 */
import { execFileSync } from "child_process";
import { promises as fs, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { parseRange } from "../../src/core/a1";
import type { SheetPlan } from "../../src/core/sheet/plan";
import { sanitiseSheetName } from "../../src/core/sheet/sheetName";
import { writeXlsx } from "../../src/export/writeXlsx";
import { buildDiscountSheetPlan, validateDiscountModel } from "../../src/core/discount";
import { validateCampaigns } from "../../src/core/guided/campaigns/input";
import { buildCampaignsSheetPlan } from "../../src/core/guided/campaigns/sheetPlan";
import { validatePromo } from "../../src/core/guided/promo/input";
import { buildPromoSheetPlan } from "../../src/core/guided/promo/sheetPlan";
import { validatePosm } from "../../src/core/guided/posm/input";
import { buildPosmSheetPlan } from "../../src/core/guided/posm/sheetPlan";
import { validateDistribution } from "../../src/core/guided/distribution/input";
import { buildDistributionExportPlan } from "../../src/core/guided/distribution/sheetPlan";
import { validateSurvey } from "../../src/core/guided/survey/input";
import { buildSurveyExportPlan } from "../../src/core/guided/survey/sheetPlan";
import { GuidedEngine } from "../core/guided/guidedEngine";
import { example } from "../core/guided/examples";

const sockets = validateDiscountModel(
  readFileSync(join(__dirname, "../../examples/sockets.json"), "utf8")
);
if (!sockets.ok) throw new Error("sockets.json must be valid");

const PLANS: Record<string, SheetPlan> = {
  discount: buildDiscountSheetPlan(sockets.model),
  campaigns: buildCampaignsSheetPlan(example("campaigns.json", validateCampaigns)),
  promo: buildPromoSheetPlan(example("promo-groups.json", validatePromo)),
  posm: buildPosmSheetPlan(example("posm.json", validatePosm)),
  distribution: buildDistributionExportPlan(example("distribution.json", validateDistribution)),
  survey: buildSurveyExportPlan(example("survey.json", validateSurvey)),
};

/** Plain values as both engines report them (an error as its text, a boolean as itself). */
function plain(v: unknown): unknown {
  if (v !== null && typeof v === "object") {
    const o = v as { result?: unknown; error?: unknown; value?: unknown };
    if ("result" in o) return plain(o.result);
    // ExcelJS reads a formula whose cached result is FALSE (<v>0</v>, t="b") as having no result.
    if ("formula" in o) return false;
    if ("error" in o) return String(o.error);
    if ("value" in o) return String(o.value);
  }
  return v === undefined ? null : v;
}

let dir: string;
const recalculated: Record<string, ExcelJS.Workbook> = {};

beforeAll(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "mkt-lo-"));
  const files = await Promise.all(
    Object.entries(PLANS).map(async ([kind, plan]) => {
      const file = join(dir, `${kind}.xlsx`);
      await fs.writeFile(file, await writeXlsx(plan));
      return file;
    })
  );
  const out = join(dir, "out");
  // Its own profile: a Calc already running on the machine (another test, a user) must not take the job.
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${join(dir, "profile")}`,
      "--headless",
      "--calc",
      "--convert-to",
      "xlsx",
      "--outdir",
      out,
      ...files,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  for (const kind of Object.keys(PLANS)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, `${kind}.xlsx`));
    recalculated[kind] = wb;
  }
}, 150_000);

afterAll(async () => {
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

describe.each(Object.keys(PLANS))("LibreOffice recalculates the %s export", (kind) => {
  const plan = PLANS[kind];
  const names = plan.names.filter(
    (n) => /^mkt_(out_|objective|baseline)/.test(n.name) && "range" in n.refersTo
  );

  it("to the values HyperFormula computes from the plan, for every named result", () => {
    expect(names.length).toBeGreaterThan(0);
    const engine = new GuidedEngine(plan);
    const sheet = recalculated[kind].getWorksheet(sanitiseSheetName(plan.sheetName))!;
    for (const n of names) {
      const { from, to } = parseRange((n.refersTo as { range: string }).range);
      for (let r = from.row; r <= to.row; r++)
        for (let c = from.col; c <= to.col; c++) {
          const calc = plain(sheet.getCell(r, c).value);
          const hf = plain(engine.values(`${String.fromCharCode(64 + c)}${r}`)[0][0]);
          // Calc has no logical type: TRUE is 1 with a TRUE/FALSE number format.
          if (typeof hf === "boolean" && typeof calc === "number")
            expect([n.name, calc]).toEqual([n.name, hf ? 1 : 0]);
          else if (typeof hf === "number")
            expect([n.name, calc]).toEqual([n.name, expect.closeTo(hf, 9)]);
          else expect([n.name, calc]).toEqual([n.name, hf]);
        }
    }
  });
});
