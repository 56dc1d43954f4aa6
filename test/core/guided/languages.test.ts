/**
 * The five guided sheets in Russian and Kazakh (issue 9 item 3): built from
 * the same input, a sheet in any language has the same formulas (only the
 * words inside them differ: "no growth", a ROMI band, the data sheet's name),
 * number formats, names, chart ranges and data, computes the same numbers,
 * and shows no English word of its own.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { guidedPlanFromJson, GUIDED_KINDS, type GuidedKind } from "../../../src/core/guided";
import { CAMPAIGNS_SHEET_TEXT } from "../../../src/core/guided/campaigns/sheetText";
import { DISTRIBUTION_SHEET_TEXT } from "../../../src/core/guided/distribution/sheetText";
import { POSM_SHEET_TEXT } from "../../../src/core/guided/posm/sheetText";
import { PROMO_SHEET_TEXT } from "../../../src/core/guided/promo/sheetText";
import { SURVEY_SHEET_TEXT } from "../../../src/core/guided/survey/sheetText";
import { TRANSLATED_LANGUAGES, type Language } from "../../../src/core/language";
import type { SheetPlan } from "../../../src/core/sheet/plan";
import type { SheetTextTable } from "../../../src/core/sheet/sheetText";
import { withoutWords } from "../sheet/planWords";
import { GuidedEngine } from "./guidedEngine";
import { fieldErrorText } from "../../../src/core/fieldValidation";

const EXAMPLES: [GuidedKind, string][] = [
  ["campaigns", "campaigns.json"],
  ["promo", "promo.json"],
  ["promo", "promo-groups.json"],
  ["posm", "posm.json"],
  ["distribution", "distribution.json"],
  ["survey", "survey.json"],
];

const TEXT: Record<GuidedKind, SheetTextTable<string>> = {
  campaigns: CAMPAIGNS_SHEET_TEXT,
  promo: PROMO_SHEET_TEXT,
  posm: POSM_SHEET_TEXT,
  distribution: DISTRIBUTION_SHEET_TEXT,
  survey: SURVEY_SHEET_TEXT,
};

function plan(kind: GuidedKind, file: string, language: Language): SheetPlan {
  const raw = readFileSync(join(__dirname, "../../../examples", file), "utf8");
  const built = guidedPlanFromJson(kind, raw, { language });
  if (!built.ok) throw new Error(built.errors.map((e) => fieldErrorText(e)).join("; "));
  return built.value;
}

/** Every named result's values, text shown as "·" (a translated "never" is still text). */
function results(p: SheetPlan) {
  const engine = new GuidedEngine(p);
  expect(engine.errors()).toEqual([]);
  return Object.fromEntries(
    p.names
      .filter((n) => "range" in n.refersTo)
      .map((n) => [
        n.name,
        engine.named(n.name).map((row) => row.map((v) => (typeof v === "string" ? "·" : v))),
      ])
  );
}

const cases = EXAMPLES.flatMap(([kind, file]) =>
  TRANSLATED_LANGUAGES.map((language) => [kind, file, language] as const)
);

describe("guided sheets in Russian and Kazakh", () => {
  it("covers every guided kind", () => {
    expect(new Set(EXAMPLES.map(([kind]) => kind))).toEqual(new Set(GUIDED_KINDS));
  });

  it.each(cases)(
    "%s (%s) in %s: same formulas, formats, names, data and charts",
    (kind, file, language) => {
      expect(withoutWords(plan(kind, file, language))).toEqual(
        withoutWords(plan(kind, file, "en"))
      );
    }
  );

  it.each(cases)("%s (%s) in %s: the same numbers as in English", (kind, file, language) => {
    expect(results(plan(kind, file, language))).toEqual(results(plan(kind, file, "en")));
  });

  it.each(cases)("%s (%s) in %s: none of the sheet's own English words", (kind, file, language) => {
    // The English words that have a translation (ROMI, POSM and q_f stay as they are).
    const table = TEXT[kind];
    const own = (table[language] ?? {}) as Record<string, string | undefined>;
    const template = (word: string) =>
      new RegExp(`^${word.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{\w+\\?\}/g, ".*")}$`);
    const english = Object.entries(table.en)
      .filter(([key, word]) => own[key] !== word)
      .map(([, word]) => template(word));
    const built = plan(kind, file, language);
    const words = built.blocks
      .filter((b) => b.role !== "input")
      .flatMap((b) => b.cells.flat())
      .filter((v): v is string => typeof v === "string" && !v.startsWith("="));
    expect(words.filter((w) => english.some((e) => e.test(w)))).toEqual([]);
  });
});
