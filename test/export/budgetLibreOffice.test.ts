/**
 * The exported budget sheet recalculated by a second spreadsheet engine:
 * LibreOffice Calc opens the .xlsx (its formulas carry no cached results, so
 * Calc computes every cell), and its figures are read back as raw numbers
 * from a CSV export. The objective must equal the engine's total profit.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { pathToFileURL } from "url";
import {
  buildBudgetSheetPlan,
  budgetSheetRows,
  channelCurve,
  optimiseBudget,
} from "../../src/core/budget";
import { writeXlsx } from "../../src/export/writeXlsx";
import { H1_TRADE } from "../core/budget/fixtures";
import { generateModels } from "../../testkit/budget/generateModels";

/** CSV filter: comma, double quotes, UTF-8, raw cell values (not as shown), no formulas. */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false";
/** soffice's first start in a fresh profile takes a few seconds; under load much longer. */
const SOFFICE_TIMEOUT_MS = 120_000;

/** Recalculates `xlsx` in LibreOffice and returns the first sheet as rows of raw cell texts. */
function recalculateInLibreOffice(xlsx: Uint8Array): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "mkt-budget-lo-"));
  try {
    const file = join(dir, "budget.xlsx");
    writeFileSync(file, xlsx);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
        "--headless",
        "--convert-to",
        CSV_FILTER,
        "--outdir",
        dir,
        file,
      ],
      { timeout: SOFFICE_TIMEOUT_MS, stdio: "ignore" }
    );
    return readFileSync(join(dir, "budget.csv"), "utf8")
      .split(/\r?\n/)
      .map((line) => line.split(","));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the budget sheet in LibreOffice Calc", () => {
  it.each([
    ["the reference example", H1_TRADE],
    ["a generated 8-channel model", generateModels(91, 1, { channels: 8 })[0]],
  ])(
    "%s: the recalculated objective equals the engine's profit",
    async (_, model) => {
      const s = optimiseBudget(model);
      if (s.status !== "optimal") throw new Error("expected optimal");
      const spend = s.channels.map((c) => c.spend);
      const rows = recalculateInLibreOffice(
        await writeXlsx(buildBudgetSheetPlan(model, { spend }))
      );
      const R = budgetSheetRows(model.channels.length);
      const cell = (row: number, col: number) => Number(rows[row - 1][col - 1]);
      expect(rows[R.objective - 1][0]).toBe("Total profit (objective)");
      expect(cell(R.objective, 2)).toBeCloseTo(s.totalProfit, 4);
      model.channels.forEach((ch, i) => {
        expect(cell(R.decision(i), 3)).toBeCloseTo(channelCurve(ch).response(spend[i]), 4);
      });
    },
    2 * SOFFICE_TIMEOUT_MS
  );
});
