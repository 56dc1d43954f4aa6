/**
 * How a plan prints, for both writers. Page breaks: a chart that would straddle two pages
 * starts a new one (with the heading right above it); one that fits, or one
 * taller than any page, stays where it falls. A headed table is kept on one
 * page when it fits on one, a heading never ends a page alone, and pages after
 * the first hold the repeated title rows.
 */
import type { SheetPlan } from "../../../src/core/sheet/plan";
import { buildDiscountSheetPlan } from "../../../src/core/discount";
import {
  PRINT_MARGINS_IN,
  pageBreaks,
  pageSetup,
  printScale,
  printSetup,
} from "../../../src/core/sheet/pagination";
import { loadExample } from "../discount/fixtures";
import { planWith } from "./paginationPlans";

describe("pageBreaks before charts", () => {
  it.each([
    ["fits on the first page", planWith([5, 20]), []],
    ["would cross the first page's end: starts a page", planWith([25, 40]), [25]],
    ["would cross it under a heading: the heading moves with it", planWith([25, 40], 24), [24]],
    ["is taller than a page: left where it falls", planWith([25, 80]), []],
  ])("a chart that %s", (_, plan, breaks) => expect(pageBreaks(plan)).toEqual(breaks));

  it("makes the page taller in sheet points when a wide sheet prints scaled down", () => {
    // 1,400 pt printed 770 pt wide: a page holds about 61 rows of the sheet, so rows 25-40 fit.
    const wide = { ...planWith([25, 40]), columnWidths: [{ column: "A", width: 1400 }] };
    expect(pageBreaks(wide)).toEqual([]);
  });
});

/** A heading in `headingRow` over a table of rows `tableRows`, on the same 700-pt column. */
function headedTable(headingRow: number, tableRows: [number, number]): SheetPlan {
  const [from, to] = tableRows;
  return {
    ...planWith([1, 1]),
    charts: [],
    blocks: [
      { address: `A${headingRow}`, cells: [["Heading"]], role: "heading" },
      {
        address: `A${from}:A${to}`,
        cells: Array.from({ length: to - from + 1 }, (_, i) => [i]),
        role: "calc",
      },
    ],
  };
}

describe("pageBreaks keeps headings with their tables", () => {
  it.each([
    ["fits where it is: no break", headedTable(5, [6, 20]), []],
    [
      "would be cut by the first page's end: the heading takes it to the next",
      headedTable(25, [26, 40]),
      [25],
    ],
    // 70 rows cannot fit on any page: only the heading and two rows are kept with it.
    [
      "is longer than a page, heading on the last row: moves with its first rows",
      headedTable(33, [34, 100]),
      [33],
    ],
    ["is longer than a page, heading with room under it: stays", headedTable(20, [21, 100]), []],
  ])("a table that %s", (_, plan, breaks) => expect(pageBreaks(plan)).toEqual(breaks));

  it("counts the title rows that every page after the first repeats", () => {
    const twoCharts = (titleRows?: number): SheetPlan => {
      const plan = planWith([25, 40]);
      const second = { ...plan.charts[0], anchor: { from: "A51", to: "A57" } };
      return {
        ...plan,
        charts: [...plan.charts, second],
        page: { orientation: "landscape", ...(titleRows ? { titleRows } : {}) },
      };
    };
    // Page 2 starts at row 25: rows 25-50 take 390 pt, the second chart 105 pt of the 509.
    expect(pageBreaks(twoCharts())).toEqual([25]);
    expect(pageBreaks(twoCharts(1))).toEqual([25, 51]);
  });
});

describe("the discount sheet's printout", () => {
  // Eleven columns used to print at 56% (a 286-pt label column, 95-pt figure columns, headers
  // that widened theirs): a 6-point font on paper.
  it.each([
    ["sockets.json", "en"],
    ["sockets.json", "ru"],
    ["sockets.json", "kk"],
    ["small-orders.json", "kk"],
  ] as const)(
    "%s in %s prints one page wide at 75%% or more, its title and the empty row under it on every page",
    (file, language) => {
      const plan = buildDiscountSheetPlan(loadExample(file), { language });
      expect(printScale(plan)).toBeGreaterThanOrEqual(0.75);
      expect(plan.page).toEqual({ orientation: "landscape", titleRows: 2 });
    }
  );
});

describe("printSetup", () => {
  it("is A4, narrow margins, one page wide, with the plan's orientation, area, title rows and breaks", () => {
    const plan = {
      ...planWith([25, 40], 24),
      page: { orientation: "landscape" as const, printArea: "A1:B40", titleRows: 1 },
    };
    expect(printSetup(plan)).toEqual({
      orientation: "landscape",
      paper: "A4",
      margins: PRINT_MARGINS_IN,
      pagesWide: 1,
      printArea: "A1:B40",
      titleRows: 1,
      breaks: pageBreaks(plan),
    });
    expect(printSetup(plan).breaks).toEqual([24]);
  });

  it("prints a plan without a page portrait, without area or title rows", () => {
    expect(pageSetup(undefined)).toEqual({
      orientation: "portrait",
      paper: "A4",
      margins: PRINT_MARGINS_IN,
      pagesWide: 1,
    });
  });
});
