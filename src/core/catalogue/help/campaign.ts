/**
 * Help texts of the catalogue entries for campaign economics (methods.md §1).
 *
 * Summaries, argument descriptions, examples, notes and native twins, keyed by
 * the function's name; the declarations are in ../campaign.ts. Loaded by what
 * shows or checks help (the gallery, Make shareable, the docs, the command
 * line), not by the page's first scripts.
 */
import { DIV0_ERROR, NUM_ERROR, twinDifference } from "../twinFormulas";
import { equalUpToNoiseNote } from "../entry";
import type { CategoryHelp } from "../entry";

const CATEGORY = "Campaign economics";

/** units_now − units_before, float noise read as 0 (metrics/campaign.ts). */
const EXTRA_UNITS = twinDifference("{units_now}", "{units_before}");

export const CAMPAIGN_HELP: CategoryHelp = {
  ROMI: {
    category: CATEGORY,
    section: "§1.3",
    anchor: "romi",
    summary:
      "Return on marketing investment: incremental gross profit minus the marketing cost, per unit of that cost.",
    returns: "ROMI as a fraction (format as %): 0.5 means the campaign returned its cost plus 50%.",
    formula: "ROMI = (incremental_revenue × gross_margin − marketing_cost) / marketing_cost",
    example: {
      args: [150000, 50000, 0.4],
      expected: 0.2,
      source:
        "hand calculation: 150,000 × 40% = 60,000 gross profit; (60,000 − 50,000) / 50,000 = 20%",
    },
    bands: [
      { when: "< 30%", meaning: "below acceptable" },
      { when: "≥ 30%", meaning: "acceptable" },
      { when: "≥ 50%", meaning: "good" },
      { when: "≥ 80%", meaning: "excellent" },
      { when: "≥ 200%", meaning: "outstanding" },
    ],
    notes: [
      "Decision (methods.md §1.3): incremental gross profit = incremental_revenue × gross_margin; gross_margin defaults to 1, so with two arguments the first one is already the incremental gross profit.",
      "A blank incremental_revenue or marketing_cost counts as 0 (as in native Excel arithmetic and on desktop builds that pass blanks as 0); a blank marketing_cost is therefore #DIV/0!.",
    ],
    twin: {
      template: "({incremental_revenue}*{gross_margin}-{marketing_cost})/{marketing_cost}",
    },
    args: {
      incremental_revenue: {
        description:
          "Extra revenue the campaign brought, in money (or extra gross profit when gross_margin is omitted); any value, negative if sales fell.",
      },
      marketing_cost: {
        description: "What the campaign cost, in money; greater than 0.",
      },
      gross_margin: {
        description:
          "Optional gross margin on the incremental revenue, a share greater than 0 and at most 1 (type 40% or 0.4); default 1.",
        blankNote:
          "Leave it out for the default 1 (incremental_revenue is then gross profit). A blank cell is the default on the web; desktop builds that pass a blank as 0 get #NUM! saying so (a margin of 0 would make every ROMI −100%).",
      },
    },
  },
  ROMI_RATING: {
    category: CATEGORY,
    section: "§1.3",
    anchor: "romi_rating",
    summary:
      "The article's verbal rating of a ROMI: below acceptable, acceptable, good, excellent or outstanding.",
    returns: "The band as text in the chosen language.",
    formula:
      "< 30% below acceptable; 30%–50% acceptable; 50%–80% good; 80%–200% excellent; ≥ 200% outstanding",
    example: {
      args: [0.25, null],
      expected: "below acceptable",
      source: "methods.md (worked examples), ROMI bands: ROMI 25% is below acceptable",
    },
    bands: [
      { when: "< 30%", meaning: "below acceptable / ниже приемлемого / қолайлыдан төмен" },
      { when: "≥ 30%", meaning: "acceptable / приемлемый / қолайлы" },
      { when: "≥ 50%", meaning: "good / хороший / жақсы" },
      { when: "≥ 80%", meaning: "excellent / отличный / өте жақсы" },
      { when: "≥ 200%", meaning: "outstanding / выдающийся / ерекше" },
    ],
    notes: [
      'Each band includes its lower bound (exactly 30% is acceptable, exactly 200% outstanding): the article gives the bands as "30%–50% acceptable" and so on.',
      'English is the default so that a workbook shared between colleagues shows the same text to everyone whatever their Excel language; ask for "ru" or "kk" explicitly.',
      "A blank romi counts as 0 (below acceptable).",
    ],
    twin: {
      template:
        'INDEX({"below acceptable","acceptable","good","excellent","outstanding";"ниже приемлемого","приемлемый","хороший","отличный","выдающийся";"қолайлыдан төмен","қолайлы","жақсы","өте жақсы","ерекше"},MATCH({language},{"en";"ru";"kk"},0),1+({romi}>=0.3)+({romi}>=0.5)+({romi}>=0.8)+({romi}>=2))',
    },
    args: {
      romi: {
        description:
          "A ROMI as a fraction (type 45% or 0.45), e.g. the result of MKT.ROMI; any value.",
      },
      language: {
        description: 'Optional language of the text: "en" (default), "ru" or "kk".',
        blankNote:
          "Leave it out, or leave the cell blank, for English: a blank cell is the default on the web and on desktop builds alike (a 0 from a desktop blank is read as the default).",
      },
    },
  },
  ROI: {
    category: CATEGORY,
    section: "§1.4",
    anchor: "roi",
    summary:
      "Return on investment of a marketing strategy from unit economics: unit margin times units sold, minus the investment, per unit invested.",
    returns: "ROI as a fraction (format as %); negative means the money was spent ineffectively.",
    formula: "ROI = ((unit_revenue − unit_cost) × units_sold − investment) / investment",
    example: {
      args: [12, 8, 5000, 10000],
      expected: 1,
      source: "hand calculation: (12 − 8) × 5,000 = 20,000; (20,000 − 10,000) / 10,000 = 100%",
    },
    bands: [{ when: "< 0", meaning: "the money was spent ineffectively" }],
    notes: [
      "The article multiplies by 100%; the function returns the fraction, which Excel's % format shows as the article's percentage.",
      "Blank arguments count as 0; a blank investment is #DIV/0!.",
    ],
    twin: { template: "(({unit_revenue}-{unit_cost})*{units_sold}-{investment})/{investment}" },
    args: {
      unit_revenue: {
        description: "Revenue (price) per unit, in money; 0 or more.",
      },
      unit_cost: {
        description: "Cost per unit, in money; 0 or more.",
      },
      units_sold: {
        description: "Number of units sold (may be fractional, e.g. tonnes); 0 or more.",
      },
      investment: {
        description: "Amount invested, in money; greater than 0.",
      },
    },
  },
  SALES_LIFT_PER_COST: {
    category: CATEGORY,
    section: "§1.1",
    anchor: "sales_lift_per_cost",
    summary: "Real sales increment per unit of money spent on a trade-marketing activity.",
    returns: "Extra sales (money) per unit of TM cost; higher is better, negative if sales fell.",
    formula: "(sales_now − sales_before) / tm_cost",
    example: {
      args: [1200000, 1000000, 50000],
      expected: 4,
      source: "hand calculation: 200,000 / 50,000 = 4",
    },
    notes: [
      "Meant for comparing campaigns across regions and channels.",
      "Blank arguments count as 0; a blank tm_cost is #DIV/0!.",
    ],
    twin: { template: "({sales_now}-{sales_before})/{tm_cost}" },
    args: {
      sales_now: {
        description: "Sales of the current period, in money; 0 or more.",
      },
      sales_before: {
        description: "Sales of the previous period, in money; 0 or more.",
      },
      tm_cost: {
        description: "Cost of the TM activity, in money; greater than 0.",
      },
    },
  },
  COST_PER_EXTRA_UNIT: {
    category: CATEGORY,
    section: "§1.2",
    anchor: "cost_per_extra_unit",
    summary: "Cost of each additional unit sold thanks to a trade-marketing activity.",
    returns: "Money per extra unit sold; lower is better.",
    formula: "tm_cost / (units_now − units_before)",
    example: {
      args: [12000, 10000, 50000],
      expected: 25,
      source: "hand calculation: 50,000 / 2,000 = 25 per extra unit",
    },
    notes: [
      "Undefined when sales did not grow (methods.md §1.2): equal volumes are #DIV/0!, a fall in volume is #NUM!.",
      equalUpToNoiseNote("units_now", "units_before"),
      "Blank arguments count as 0.",
    ],
    twin: {
      template: `{tm_cost}/${EXTRA_UNITS}`,
      checks: [
        { when: `${EXTRA_UNITS}=0`, error: DIV0_ERROR },
        { when: `${EXTRA_UNITS}<0`, error: NUM_ERROR },
      ],
    },
    args: {
      units_now: {
        description: "Units sold in the current period; 0 or more.",
      },
      units_before: {
        description: "Units sold in the previous period; 0 or more.",
      },
      tm_cost: {
        description: "Cost of the TM activity, in money; 0 or more.",
      },
    },
  },
  TM_COST_SHARE: {
    category: CATEGORY,
    section: "§1.5",
    anchor: "tm_cost_share",
    summary: "Share of trade-marketing costs in the additional (or total) turnover they brought.",
    returns: "A fraction (format as %); at most 10% is good.",
    formula: "tm_cost / additional_turnover",
    example: {
      args: [30000, 400000],
      expected: 0.075,
      source: "hand calculation: 30,000 / 400,000 = 7.5%, within the 10% threshold",
    },
    bands: [
      { when: "≤ 10%", meaning: "good" },
      { when: "> 10%", meaning: "too expensive for the turnover it brings" },
    ],
    notes: ["Blank arguments count as 0; a blank additional_turnover is #DIV/0!."],
    twin: { template: "{tm_cost}/{additional_turnover}" },
    args: {
      tm_cost: {
        description: "TM costs, in money; 0 or more.",
      },
      additional_turnover: {
        description: "Additional turnover (or total turnover), in money; greater than 0.",
      },
    },
  },
};
