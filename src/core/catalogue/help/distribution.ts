/**
 * Help texts of the catalogue entries for distribution (methods.md §2): range functions in the
 * style of SUMIF.
 *
 * Summaries, argument descriptions, examples, notes and native twins, keyed by
 * the function's name; the declarations are in ../distribution.ts. Loaded by what
 * shows or checks help (the gallery, Make shareable, the docs, the command
 * line), not by the page's first scripts.
 */
import { EXCEL_ERROR_TEXT } from "../../errors";
import { TwinCheck } from "../entry";
import type { CategoryHelp } from "../entry";

const CATEGORY = "Distribution";

const CARRIES_CELLS =
  "TRUE/FALSE, 1/0 or a non-negative stock or sales figure (positive means the store carries the product); a blank cell means it does not";

const FLAG_NOTE =
  "Decision (methods.md §2.3): a store carries the product when its cell is TRUE, 1 or any positive stock/sales figure; FALSE, 0 and blank mean it does not. Text is #VALUE!, a negative figure #NUM!, an error cell comes out unchanged.";

/** Two ranges of different shapes are #VALUE! (metrics/distribution.ts sameShape). */
function sameShapeCheck(a: string, b: string): TwinCheck {
  return {
    when: `OR(ROWS({${a}})<>ROWS({${b}}),COLUMNS({${a}})<>COLUMNS({${b}}))`,
    error: EXCEL_ERROR_TEXT.VALUE,
  };
}

const ONES = "TRANSPOSE((ISTEXT({presence.first_row})+1)^0)";

export const DISTRIBUTION_HELP: CategoryHelp = {
  NUMERIC_DIST: {
    category: CATEGORY,
    section: "§2.1",
    anchor: "numeric_dist",
    summary:
      "Numeric distribution: the share of stores selling the category that carry our product.",
    returns: "A fraction from 0 to 1 (format as %).",
    formula:
      "DN = stores selling the category that carry the product / stores selling the category",
    example: {
      args: [[[true], [false], [1], [0], [12]], null],
      expected: 0.6,
      source: "hand calculation: 3 of 5 stores carry the product",
    },
    notes: [
      FLAG_NOTE,
      "Without sells_category, each non-blank cell of carries is a store; rows left entirely blank are skipped, as SUM skips blanks. Some desktop builds pass blank cells as 0, which would count them as stores that do not carry the product: select exactly the store rows.",
      "With sells_category, only stores whose sells_category cell is TRUE or positive are counted (a blank there means the store does not sell the category). The two ranges must have the same shape (#VALUE! otherwise).",
      "No store to count is #DIV/0!.",
    ],
    twin: {
      template:
        "SUMPRODUCT({carries.flag}*{sells_category.flag})/SUMPRODUCT({sells_category.flag})",
      omitted: { sells_category: 'SUMPRODUCT({carries.flag})/SUMPRODUCT(--({carries}<>""))' },
      checks: [sameShapeCheck("carries", "sells_category")],
      // ISNUMBER and comparisons over a range inside SUMPRODUCT: verified with array evaluation only.
      needsDynamicArrays: true,
      olderExcel: [
        {
          formula:
            '(COUNTIFS({carries},">0",{sells_category},">0")+COUNTIFS({carries},TRUE(),{sells_category},">0")+COUNTIFS({carries},">0",{sells_category},TRUE())+COUNTIFS({carries},TRUE(),{sells_category},TRUE()))/(COUNTIF({sells_category},">0")+COUNTIF({sells_category},TRUE()))',
        },
        {
          formula:
            '(COUNTIF({carries},">0")+COUNTIF({carries},TRUE()))/(ROWS({carries})*COLUMNS({carries})-COUNTIF({carries},""))',
          omitted: "sells_category",
        },
      ],
    },
    args: {
      carries: {
        description: `One cell per store: ${CARRIES_CELLS}.`,
      },
      sells_category: {
        description:
          "Optional range of the same shape: whether the store sells the category at all (TRUE/FALSE, 1/0 or a positive figure); omitted means every listed store does.",
        blankNote:
          "Omitted: every non-blank row of carries is a store selling the category. A blank cell inside the range means the store does not sell it, on the web (empty) and on desktop builds (0) alike.",
      },
    },
  },
  WEIGHTED_DIST: {
    category: CATEGORY,
    section: "§2.3",
    anchor: "weighted_dist",
    summary:
      "Weighted distribution: the share of the whole category's sales made in the stores that carry our product.",
    returns: "A fraction from 0 to 1 (format as %), close in meaning to a market share.",
    formula: "WD = Σ category_sales where the store carries the product / Σ category_sales",
    example: {
      args: [
        [[500], [300], [200]],
        [[true], [false], [1]],
      ],
      expected: 0.7,
      source: "hand calculation: (500 + 200) / 1,000 = 70%",
    },
    notes: [
      "The numerator is the whole category's sales in the carrying stores, not our product's sales (methods.md §2.3): growth of WD says the sales force reached the high-throughput stores.",
      FLAG_NOTE,
      "A blank sales cell counts as 0 and so adds nothing, exactly as a skipped row would, on the web and on desktop alike. TRUE/FALSE in category_sales is #VALUE! (it is not a figure).",
      "The ranges must have the same shape (#VALUE! otherwise); total category sales of 0 is #DIV/0!, a total too large for Excel to hold (above 1.8E+308) is #NUM!.",
    ],
    twin: {
      template: "SUMPRODUCT({category_sales},{carries.flag})/SUM({category_sales})",
      checks: [sameShapeCheck("category_sales", "carries")],
      // ISNUMBER and comparisons over a range inside SUMPRODUCT: verified with array evaluation only.
      needsDynamicArrays: true,
      olderExcel: [
        {
          formula:
            '(SUMIF({carries},">0",{category_sales})+SUMIF({carries},TRUE(),{category_sales}))/SUM({category_sales})',
        },
      ],
    },
    args: {
      category_sales: {
        description:
          "One cell per store: the category's sales (all brands, competitors included), in money or units; 0 or more, blank counts as 0.",
      },
      carries: {
        description: `Same shape as category_sales: ${CARRIES_CELLS}.`,
      },
    },
  },
  CLEAN_DIST: {
    category: CATEGORY,
    section: "§2.2",
    anchor: "clean_dist",
    summary:
      "Clean distribution: the share of stores where the product was present in every period of the window.",
    returns: "A fraction from 0 to 1 (format as %).",
    formula: "clean stores (present in every period) / stores",
    example: {
      args: [
        [
          [true, true, true],
          [true, false, true],
          [null, null, null],
          [3, 5, 1],
        ],
      ],
      expected: 2 / 3,
      source:
        "hand calculation: stores 1 and 4 present every month, store 2 not, row 3 blank and skipped: 2 / 3",
    },
    notes: [
      "Decision (methods.md §2.3, which covers the store × period matrix of §2.2): the product is present in a period when the cell is TRUE, 1 or a positive stock figure; FALSE, 0 and blank mean absent. Text is #VALUE!, a negative figure #NUM!, an error cell comes out unchanged.",
      "A row left entirely blank is skipped (not a store), as SUM skips blanks; within a filled row a blank cell means the product was absent that period. A desktop build that passes blanks as 0 makes an empty row a store that was never present: select exactly the store rows.",
      "No store to count is #DIV/0!.",
      "The native twin counts, per row, the present cells with MMULT against a column of ones built from the range's first row ({presence.first_row}), so it stays linear in the number of stores.",
    ],
    twin: {
      // A column of ones, one per column of presence: (ISTEXT(first row)+1)^0 is 1 for every
      // cell, "" included (first row*0+1 would be #VALUE! on a "" cell in Excel).
      template: `SUMPRODUCT(--(MMULT({presence.flag},${ONES})=COLUMNS({presence})))/SUMPRODUCT(--(MMULT(--({presence}<>""),${ONES})>0))`,
      needsDynamicArrays: true,
    },
    args: {
      presence: {
        description:
          "Stores in rows, periods (visits or months) in columns: TRUE/FALSE, 1/0 or a non-negative stock figure (positive means present); a blank cell in a filled row means absent.",
      },
    },
  },
};
