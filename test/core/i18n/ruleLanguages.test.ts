/**
 * Every validator's problems read in the chosen language: rendered in ru and
 * kk, a problem keeps no English word, only what must stay as typed (field
 * paths and JSON keys, the user's own values, column headers) and the
 * articles' abbreviations. Numbers follow the reader's locale.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { validateDiscountModel } from "../../../src/core/discount";
import { modelFromSheetValues } from "../../../src/core/discount/layout";
import { validateBudgetModel } from "../../../src/core/budget";
import {
  fieldErrorText,
  ruleText,
  type Checked,
  type FieldError,
} from "../../../src/core/fieldValidation";
import { validateCampaigns } from "../../../src/core/guided/campaigns/input";
import { validateDistribution } from "../../../src/core/guided/distribution/input";
import { readDistributionTable } from "../../../src/core/guided/distribution/table";
import { validatePosm } from "../../../src/core/guided/posm/input";
import { validatePromo } from "../../../src/core/guided/promo/input";
import { validateSurvey } from "../../../src/core/guided/survey/input";
import { readSurveyTable } from "../../../src/core/guided/survey/table";
import { parseCsv } from "../../../src/core/table/csv";
import type { TableCell } from "../../../src/core/table/tableCell";
import type { TableInput } from "../../../src/core/table/tableImport";
import {
  render,
  translate,
  type Locale,
  type Message,
  type MessageKey,
} from "../../../src/core/i18n";
import { CATALOGUES } from "../../../src/core/everyLanguage";

/** Every English text (first-load, later and command-line parts). */
const en = CATALOGUES.en as Record<MessageKey, unknown>;

const EXAMPLES = join(__dirname, "../../../examples");
const example = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(EXAMPLES, file), "utf8").replace(/^\uFEFF/, "")) as Record<
    string,
    unknown
  >;

/** The JSON keys of every example (they stay English: they are what the user types in the file). */
function jsonKeys(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => jsonKeys(v, into));
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      jsonKeys(v, into);
    }
  return into;
}

const EXAMPLE_FILES = [
  "campaigns.json",
  "distribution.json",
  "h1-trade-budget.json",
  "posm.json",
  "promo-groups.json",
  "promo.json",
  "sockets.json",
  "survey.json",
];
const KEYS = EXAMPLE_FILES.reduce((keys, f) => jsonKeys(example(f), keys), new Set<string>());

/** Words that stay as they are in every language: abbreviations, JSON literals and values, table headers. */
const KEPT = new Set([
  ...KEYS,
  ...["ROMI", "POSM", "DN", "WD", "ROI", "JSON", "CSV", "E"],
  ...["true", "false", "null", "permanent", "temporary", "adbudg", "vidale", "wolfe"],
  ...["store", "group", "category_sales", "sells_category"],
]);

/** The string parameters of a message, nested ones included: paths, values, headers. */
function stringParams(message: Message, into: string[] = []): string[] {
  for (const value of Object.values(message.params ?? {}))
    if (typeof value === "string") into.push(value);
    else if (typeof value === "object") stringParams(value as Message, into);
  return into;
}

/** The English words left in a problem rendered in `locale`. */
function englishWords(locale: Locale, problem: Message): string[] {
  const given = new Set(stringParams(problem).flatMap((s) => s.match(/[A-Za-z_]\w*/g) ?? []));
  const words = render(locale, problem).match(/[A-Za-z_]\w*/g) ?? [];
  return words.filter((w) => !KEPT.has(w) && !given.has(w));
}

function problemsOf<T>(checked: Checked<T>): FieldError[] {
  if (checked.ok) throw new Error("expected problems");
  return checked.errors;
}

function table(rows: TableCell[][]): TableInput {
  const [header, ...data] = rows;
  return {
    header,
    rows: data,
    decimalComma: false,
    where: (r, c) => `'Audit'!${String.fromCharCode(65 + c)}${r + 2}`,
    whereHeader: (c) => `'Audit'!${String.fromCharCode(65 + c)}1`,
  };
}

const spoil = (file: string, change: (x: Record<string, any>) => void) => {
  const x = example(file);
  change(x);
  return x;
};

/** Per validator family, inputs that break as many of its rules as one input can. */
const FAMILIES: Array<[string, () => FieldError[]]> = [
  [
    "discount model",
    () =>
      problemsOf(
        (() => {
          const r = validateDiscountModel(
            spoil("sockets.json", (m) => {
              m.listPrice = -0.5;
              m.maxDiscount = 1.5;
              m.tiers[1].orders = "many";
              m.tiers[2].minMargin = 2;
              m.tiers[0].label = "=SUM(A1)";
              m.segments[0].shares = [0.5];
            })
          );
          return r.ok ? { ok: true, value: r.model } : r;
        })()
      ),
  ],
  [
    "discount sheet layout",
    () => {
      const r = modelFromSheetValues({});
      return r.ok ? [] : r.errors;
    },
  ],
  [
    "budget model",
    () => {
      const r = validateBudgetModel(
        spoil("h1-trade-budget.json", (m) => {
          m.budget = -1;
          m.channels[0].model = "linear";
          m.channels[1].max = 0.5;
          m.channels[1].min = 2.5;
          m.channels[2] = 7;
        })
      );
      return r.ok ? [] : r.errors;
    },
  ],
  [
    "campaigns",
    () =>
      problemsOf(
        validateCampaigns(
          spoil("campaigns.json", (m) => {
            m.grossMargin = 1.5;
            m.campaigns[0].cost = -2.5;
            m.campaigns.push("x");
          })
        )
      ),
  ],
  [
    "promo",
    () => [
      ...problemsOf(
        validatePromo(
          spoil("promo-groups.json", (m) => {
            m.convertedBuyers = 3;
            m.daysPerMonth = 40;
            m.promoDays = 0.5;
            m.groups[0].returned = 99.5;
          })
        )
      ),
      ...problemsOf(
        validatePromo(
          spoil("promo.json", (m) => {
            delete m.convertedBuyers;
          })
        )
      ),
    ],
  ],
  [
    "POSM",
    () =>
      problemsOf(
        validatePosm(
          spoil("posm.json", (m) => {
            m.options[0].monthlyKitCost = 5;
            m.options[0].monthlyPlacementCost = 0;
            m.options[0].productionCost = 0;
            m.options[1].productionCost = 5;
            m.options[1].monthlyKitCost = 0;
            m.options[1].monthlyPlacementCost = 0;
            m.options[1].placementMonths = 1.5;
            m.options.push({ ...m.options[1], label: "Other", kind: "flyer" });
          })
        )
      ),
  ],
  [
    "distribution (JSON)",
    () => [
      ...problemsOf(
        validateDistribution(
          spoil("distribution.json", (m) => {
            m.stores[0].presence = "yes";
            m.stores[1].presence = [1];
            m.stores[2].categorySales = -0.5;
            m.stores.push(3);
          })
        )
      ),
      ...problemsOf(
        validateDistribution(
          spoil("distribution.json", (m) => {
            for (const s of m.stores) s.sellsCategory = false;
          })
        )
      ),
      ...problemsOf(
        validateDistribution(
          spoil("distribution.json", (m) => {
            for (const s of m.stores) s.categorySales = 0;
          })
        )
      ),
    ],
  ],
  [
    "distribution (table)",
    () => [
      ...problemsOf(
        readDistributionTable(
          "Audit",
          table([
            ["store", "group", "category_sales", "Jan", "x".repeat(70)],
            ["A-1", null, "lots", "maybe", 1],
            ["A-2", "North", -1.5, 1, -2],
          ])
        )
      ),
      ...problemsOf(readDistributionTable("Audit", table([["store", "category_sales"]]))),
      // Every row readable, but no store sells the category: the whole list is named in words.
      ...problemsOf(
        readDistributionTable(
          "Audit",
          table([
            ["store", "group", "category_sales", "sells_category", "Jan"],
            ["A-1", "North", 10, false, 1],
          ])
        )
      ),
      ...problemsOf(
        readDistributionTable(
          "Audit",
          table([
            ["store", "group", "category_sales", "sells_category", "Jan"],
            ["A-1", "North", 10, "no", 1],
          ])
        )
      ),
    ],
  ],
  [
    "survey (JSON)",
    () =>
      problemsOf(
        validateSurvey(
          spoil("survey.json", (m) => {
            m.responses[0].group = "Tourists";
            m.responses[1].scores = [1, 2];
            m.responses[2].scores = "good";
            m.responses[3].scores[0] = 4.5;
            m.effects = [{ ...m.effects[0], service: "Spa", group: "Tourists", trafficShare: 1.5 }];
          })
        )
      ),
  ],
  [
    "survey (table)",
    () => [
      ...problemsOf(
        readSurveyTable(
          table([
            ["group", "Play zone"],
            [null, "five"],
            ["All", 7.5],
          ])
        )
      ),
      ...problemsOf(readSurveyTable(table([["group"]]))),
    ],
  ],
];

describe.each<Locale>(["ru", "kk"])("validator problems in %s", (locale) => {
  it.each(FAMILIES)(
    "%s: no English word left but paths, keys, values and abbreviations",
    (_, make) => {
      const problems = make();
      expect(problems.length).toBeGreaterThan(1);
      const leftovers = problems
        .map((e) => [fieldErrorText(e, locale), englishWords(locale, e.problem)] as const)
        .filter(([, words]) => words.length > 0);
      expect(leftovers).toEqual([]);
      // The rule under a field differs from English: it was translated, not passed through.
      for (const e of problems) expect(ruleText(e, locale)).not.toBe(ruleText(e, "en"));
    }
  );
});

it.each<[Locale, string]>([
  ["en", "listPrice must be > 0 (got -0.5)"],
  ["ru", "listPrice должно быть > 0 (получено -0,5)"],
  ["kk", "listPrice > 0 болуы керек (алынған мән: -0,5)"],
])("a problem's numbers follow the reader's locale (%s)", (locale, text) => {
  const problems = problemsOf(
    (() => {
      const r = validateDiscountModel(spoil("sockets.json", (m) => (m.listPrice = -0.5)));
      return r.ok ? { ok: true, value: r.model } : r;
    })()
  );
  expect(problems.map((e) => fieldErrorText(e, locale))).toEqual([text]);
});

it.each<Locale>(["ru", "kk"])("the CSV reader's own problems are in %s", (locale) => {
  for (const text of ["", 'a,b\n"open,1\n']) {
    const parsed = parseCsv(text);
    if (parsed.ok) throw new Error("expected a problem");
    expect(englishWords(locale, parsed.problem)).toEqual([]);
    expect(render(locale, parsed.problem)).not.toBe(render("en", parsed.problem));
  }
});

/** Each placeholder given a number: what is left in Latin letters is the template's own. */
function withNumbers(key: MessageKey): Message {
  const text = JSON.stringify(en[key]);
  const names = [...text.matchAll(/\{(\w+)(?::\w+)?\}/g)].map((m) => m[1]);
  return { key, params: Object.fromEntries(names.map((n) => [n, 2.5])) } as Message;
}

const RULE_KEYS = (Object.keys(en) as MessageKey[]).filter((k) => k.startsWith("rule."));

it.each<Locale>(["ru", "kk"])("every rule.* text is written in %s", (locale) => {
  const untranslated = RULE_KEYS.filter(
    (k) => englishWords(locale, withNumbers(k)).length > 0 && k !== "rule.table.at"
  );
  expect(untranslated).toEqual([]);
  expect(translate(locale, "rule.wholeNumberAtLeast", { min: 1.5 })).toContain("1,5");
});
