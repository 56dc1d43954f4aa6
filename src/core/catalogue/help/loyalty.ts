/**
 * Help texts of the catalogue entries for loyalty programmes and the value of keeping customers
 * (methods.md §8; customer lifetime value from the relationship-marketing article).
 *
 * Summaries, argument descriptions, examples, notes and native twins, keyed by
 * the function's name; the declarations are in ../loyalty.ts. Loaded by what
 * shows or checks help (the gallery, Make shareable, the docs, the command
 * line), not by the page's first scripts.
 */
import { NUM_ERROR, shareOfWholeChecks, twinDifference } from "../twinFormulas";
import { equalUpToNoiseNote } from "../entry";
import { RELATIONSHIP_MARKETING_ARTICLE, SMART_MARKETING_ARTICLE, sourceNote } from "../sources";
import type { CategoryHelp } from "../entry";

/** 1 + discount_rate − retention_rate, float noise read as 0 (metrics/loyalty.ts). */
const LIFETIME_DENOMINATOR = twinDifference("1+{discount_rate}", "{retention_rate}");

const CATEGORY = "Loyalty programmes";

const CONTEXT =
  "Context (methods.md §8): acquiring a new customer costs 3-5× more than growing sales to existing ones; returning buyers spend on average 67% more.";

export const LOYALTY_HELP: CategoryHelp = {
  REDEMPTION_RATE: {
    category: CATEGORY,
    section: "§8",
    anchor: "redemption_rate",
    summary:
      "Redemption rate: the share of issued bonuses that customers used to pay for later purchases.",
    returns: "A fraction from 0 to 1 (format as %); below 20% the programme does not work.",
    formula: "bonuses_redeemed / bonuses_issued",
    example: {
      args: [18000, 120000],
      expected: 0.15,
      source: "hand calculation: 18,000 / 120,000 = 15%, below the 20% threshold",
    },
    bands: [
      { when: "< 20%", meaning: "the loyalty programme does not work" },
      { when: "≥ 20%", meaning: "the programme engages its members" },
    ],
    notes: [
      "bonuses_redeemed above bonuses_issued is #NUM!; a blank bonuses_issued is #DIV/0!.",
      CONTEXT,
    ],
    twin: {
      template: "{bonuses_redeemed}/{bonuses_issued}",
      checks: shareOfWholeChecks("{bonuses_redeemed}", "{bonuses_issued}"),
    },
    args: {
      bonuses_redeemed: {
        description: "Bonuses used to pay, in points or money; 0 or more.",
      },
      bonuses_issued: {
        description: "Bonuses issued, in the same unit; greater than 0.",
      },
    },
  },
  ENGAGEMENT_RATE: {
    category: CATEGORY,
    section: "§8",
    anchor: "engagement_rate",
    summary: "Engagement rate: the share of programme members who earned or spent points.",
    returns: "A fraction from 0 to 1 (format as %).",
    formula: "engaged_customers / programme_members",
    example: {
      args: [2600, 10000],
      expected: 0.26,
      source: "hand calculation: 2,600 / 10,000 = 26%",
    },
    notes: [
      "engaged_customers above programme_members is #NUM!; a blank programme_members is #DIV/0!.",
      CONTEXT,
    ],
    twin: {
      template: "{engaged_customers}/{programme_members}",
      checks: shareOfWholeChecks("{engaged_customers}", "{programme_members}"),
    },
    args: {
      engaged_customers: {
        description: "Members who earned or spent points; a whole number, 0 or more.",
      },
      programme_members: {
        description: "All programme members; a whole number greater than 0.",
      },
    },
  },
  REPEAT_RATE: {
    category: CATEGORY,
    section: "§8",
    anchor: "repeat_rate",
    summary: "Repeat customer rate: the share of customers who bought more than once.",
    returns: "A fraction from 0 to 1 (format as %).",
    formula: "repeat_customers / total_customers",
    example: { args: [340, 1000], expected: 0.34, source: "hand calculation: 340 / 1,000 = 34%" },
    notes: [
      "repeat_customers above total_customers is #NUM!; a blank total_customers is #DIV/0!.",
      CONTEXT,
    ],
    twin: {
      template: "{repeat_customers}/{total_customers}",
      checks: shareOfWholeChecks("{repeat_customers}", "{total_customers}"),
    },
    args: {
      repeat_customers: {
        description: "Customers who bought more than once; a whole number, 0 or more.",
      },
      total_customers: {
        description: "All customers of the period; a whole number greater than 0.",
      },
    },
  },
  CONVERSION_RATE: {
    category: CATEGORY,
    section: "§8",
    anchor: "conversion_rate",
    summary:
      "Conversion rate: the share of visitors (of a site, a shop, a promotion) who bought or signed up.",
    returns: "A fraction from 0 to 1 (format as %).",
    formula: "conversions / visitors",
    example: { args: [120, 4000], expected: 0.03, source: "hand calculation: 120 / 4,000 = 3%" },
    notes: [
      "Each visitor who converted counts once, so conversions above visitors is #NUM! (to relate orders to visits, where one visitor may order twice, divide the two figures directly); a blank visitors is #DIV/0!.",
      sourceNote(SMART_MARKETING_ARTICLE),
    ],
    twin: {
      template: "{conversions}/{visitors}",
      checks: shareOfWholeChecks("{conversions}", "{visitors}"),
    },
    args: {
      conversions: {
        description:
          "Visitors who converted (bought, ordered, signed up); a whole number, 0 or more.",
      },
      visitors: {
        description: "All visitors of the period; a whole number greater than 0.",
      },
    },
  },
  RETENTION_RATE: {
    category: CATEGORY,
    section: "§8",
    anchor: "retention_rate",
    summary:
      "Retention rate: the share of the customers at the start of the period still customers at its end.",
    returns: "A fraction from 0 to 1 (format as %).",
    formula: "(customers_end − new_customers) / customers_start",
    example: {
      args: [950, 200, 1000],
      expected: 0.75,
      source: "hand calculation: (950 − 200) / 1,000 = 75% of the starting customers kept",
    },
    notes: [
      "new_customers above customers_end is #NUM!, and so is customers_end − new_customers above customers_start (more customers kept than there were): the three counts do not describe one period. A blank customers_start is #DIV/0!.",
      "1 − RETENTION_RATE is the share of the starting customers lost (compare MKT.CHURN_RATE).",
      sourceNote(SMART_MARKETING_ARTICLE),
    ],
    twin: {
      template: "({customers_end}-{new_customers})/{customers_start}",
      checks: [
        { when: "{new_customers}>{customers_end}", error: NUM_ERROR },
        ...shareOfWholeChecks("({customers_end}-{new_customers})", "{customers_start}"),
      ],
    },
    args: {
      customers_end: {
        description: "Customers at the end of the period; a whole number, 0 or more.",
      },
      new_customers: {
        description:
          "Customers gained during the period (counted in customers_end); a whole number, 0 or more.",
      },
      customers_start: {
        description: "Customers at the start of the period; a whole number greater than 0.",
      },
    },
  },
  CLV: {
    category: CATEGORY,
    section: "§8",
    anchor: "clv",
    summary:
      "Customer lifetime value: the discounted margins a customer brings while they stay (simple Gupta-Lehmann form).",
    returns: "Money per customer: the present value of the margins after the current period.",
    formula: "margin × retention_rate / (1 + discount_rate − retention_rate)",
    example: {
      args: [1200, 0.75, 0.15],
      expected: 2250,
      source: "hand calculation: 1,200 × 0.75 / (1.15 − 0.75) = 900 / 0.4 = 2,250",
    },
    notes: [
      'Decision: the simple form of S. Gupta and D. R. Lehmann ("Customers as Assets", Journal of Interactive Marketing, 2003): the same margin every period, a constant retention rate, margins counted at the end of each period the customer stays, so the current period\'s margin is not included. For the value with it, add the margin: =margin + MKT.CLV(margin, retention_rate, discount_rate), which is margin × (1 + discount_rate) / (1 + discount_rate − retention_rate).',
      "retention_rate / (1 + discount_rate − retention_rate) is the margin multiple: how many periods' margins a customer is worth (1.875 at 75% retention and a 15% discount rate: 1,200 a period is worth 1,200 × 1.875 = 2,250 beyond the current period). Raising retention raises it faster the closer retention is to 1.",
      "A customer kept every period (retention_rate 100%) with no discounting (discount_rate 0) would be worth an endless sum: #NUM!.",
      equalUpToNoiseNote("1 + discount_rate", "retention_rate"),
      "Blank arguments count as 0 (a blank retention_rate gives 0: a customer who never stays beyond the current period).",
      `The relationship-marketing article names customer lifetime value as the gain of keeping customers; the formula is Gupta and Lehmann's. ${sourceNote(RELATIONSHIP_MARKETING_ARTICLE)}`,
    ],
    twin: {
      template: `{margin}*{retention_rate}/${LIFETIME_DENOMINATOR}`,
      checks: [{ when: `${LIFETIME_DENOMINATOR}<=0`, error: NUM_ERROR }],
    },
    args: {
      margin: {
        description:
          "Margin the customer brings each period, in money (revenue minus the cost of serving them); negative for a customer who costs money.",
      },
      retention_rate: {
        description:
          "Share of customers kept from one period to the next, e.g. 80% or 0.8; 0 to 1 (MKT.RETENTION_RATE).",
      },
      discount_rate: {
        description:
          "Discount rate per period (the cost of money), e.g. 10% or 0.1; 0 to 1, same period as the retention rate.",
      },
    },
  },
};
