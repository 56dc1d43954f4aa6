/**
 * No formula cell of any sheet we build carries Excel's text format "@": in a
 * "@" cell Excel turns a formula into plain text the moment the user edits it
 * (press F2, Enter), and the sheet stops computing there. A formula that
 * answers a word takes NUMBER_FORMATS.wordFormula or wordAfterFigure instead.
 * Every sheet kind, in every language, from its example input.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { buildBudgetSheetPlan } from "../../../src/core/budget";
import { buildDiscountSheetPlan } from "../../../src/core/discount";
import { guidedPlanFromJson, GUIDED_KINDS } from "../../../src/core/guided";
import { LANGUAGES, type Language } from "../../../src/core/language";
import { NUMBER_FORMATS } from "../../../src/core/numberFormat";
import type { SheetPlan } from "../../../src/core/sheet/plan";
import { parseRange } from "../../../src/core/a1";
import { cellAt } from "../../../src/core/sheet/place";
import { fieldErrorText } from "../../../src/core/fieldValidation";
import { H1_TRADE } from "../budget/fixtures";
import { loadExample } from "../discount/fixtures";

const EXAMPLE_FILE: Record<(typeof GUIDED_KINDS)[number], string> = {
  campaigns: "campaigns.json",
  promo: "promo-groups.json",
  posm: "posm.json",
  distribution: "distribution.json",
  survey: "survey.json",
};

function plans(language: Language): [string, SheetPlan][] {
  const guided = GUIDED_KINDS.map((kind): [string, SheetPlan] => {
    const raw = readFileSync(join(__dirname, "../../../examples", EXAMPLE_FILE[kind]), "utf8");
    const built = guidedPlanFromJson(kind, raw, { language });
    if (!built.ok) throw new Error(built.errors.map((e) => fieldErrorText(e)).join("; "));
    return [kind, built.value];
  });
  return [
    ["discount", buildDiscountSheetPlan(loadExample("sockets.json"), { language })],
    ["budget", buildBudgetSheetPlan(H1_TRADE, { language })],
    ...guided,
  ];
}

/** "Sheet!B7 =IF(…)" for every formula cell whose format is the text format. */
function formulasInTextFormat(plan: SheetPlan): string[] {
  return plan.blocks.flatMap((block) => {
    const { from } = parseRange(block.address);
    return block.cells.flatMap((row, r) =>
      row.flatMap((cell, c) => {
        const format =
          typeof block.numberFormat === "string"
            ? block.numberFormat
            : block.numberFormat?.[r]?.[c];
        return typeof cell === "string" && cell.startsWith("=") && format === NUMBER_FORMATS.text
          ? [`${cellAt(from.col + c, from.row + r)} ${cell}`]
          : [];
      })
    );
  });
}

describe("formula cells and the text format", () => {
  it.each(LANGUAGES)("no formula cell of any sheet in %s has the text format", (language) => {
    const found = plans(language).flatMap(([kind, plan]) =>
      formulasInTextFormat(plan).map((where) => `${kind}: ${where}`)
    );
    expect(found).toEqual([]);
  });
});
