import {
  cleanDistribution,
  numericDistribution,
  weightedDistribution,
} from "../../../src/core/metrics/distribution";
import { EMPTY_GRID } from "../../../src/core/args";
import { column, flagColumn, flagGrid, grid } from "./grid";

describe("numericDistribution (§2.1)", () => {
  it.each([
    [
      "3 of 5 stores carry (1 = yes, positive stock = yes)",
      flagColumn([1, 0, 1, 0, 12]),
      EMPTY_GRID,
      0.6,
    ],
    ["blank rows are skipped", flagColumn([1, null, 0, null]), EMPTY_GRID, 0.5],
    [
      "only stores selling the category count",
      flagColumn([1, 1, 0, 1]),
      flagColumn([1, 0, 1, 1]),
      2 / 3,
    ],
    [
      "a blank sells_category cell means the store does not sell the category",
      flagColumn([1, 1]),
      flagColumn([1, null]),
      1,
    ],
  ])("%s", (_, carries, sells, expected) => {
    expect(numericDistribution(carries, sells)).toBeCloseTo(expected, 15);
  });

  it("differs between web and desktop blanks without sells_category, as its help says", () => {
    // A blank row: skipped on the web (null), a non-carrying store on desktop (0).
    expect(numericDistribution(flagColumn([1, null]), EMPTY_GRID)).toBe(1);
    expect(numericDistribution(flagColumn([1, 0]), EMPTY_GRID)).toBe(0.5);
    // With sells_category a blank means "does not sell" either way: the two agree.
    expect(numericDistribution(flagColumn([1, 1]), flagColumn([1, null]))).toBe(
      numericDistribution(flagColumn([1, 1]), flagColumn([1, 0]))
    );
  });

  it("is #VALUE! when carries and sells_category differ in shape", () => {
    expect(numericDistribution(flagColumn([1, 0]), flagColumn([1, 1, 1]))).toMatchObject({
      kind: "VALUE",
      message: "carries and sells_category must be ranges of the same shape (2×1 and 3×1)",
    });
  });

  it("is #DIV/0! when there is no store (all blank)", () => {
    expect(numericDistribution(flagColumn([null, null]), EMPTY_GRID)).toMatchObject({
      kind: "DIV0",
    });
  });

  it("is #DIV/0! when no store sells the category", () => {
    expect(numericDistribution(flagColumn([1, 1]), flagColumn([0, 0]))).toMatchObject({
      kind: "DIV0",
    });
  });
});

describe("weightedDistribution (§2.3)", () => {
  it.each([
    [
      "category sales of the carrying stores over all",
      column([500, 300, 200]),
      flagColumn([1, 0, 1]),
      0.7,
    ],
    ["a blank sales cell adds nothing", column([500, null, 500]), flagColumn([1, 1, 0]), 0.5],
    [
      "a blank carries cell means the store does not carry",
      column([400, 600]),
      flagColumn([null, 1]),
      0.6,
    ],
    [
      "stores × periods blocks work cell by cell",
      grid([
        [100, 100],
        [200, 0],
      ]),
      flagGrid([
        [1, 0],
        [1, 1],
      ]),
      0.75,
    ],
  ])("%s", (_, sales, carries, expected) => {
    expect(weightedDistribution(sales, carries)).toBeCloseTo(expected, 15);
  });

  it("is #VALUE! when the ranges differ in shape", () => {
    expect(weightedDistribution(column([1, 2]), flagGrid([[1, 1]]))).toMatchObject({
      kind: "VALUE",
    });
  });

  it("is #DIV/0! when the category sold nothing", () => {
    expect(weightedDistribution(column([0, null]), flagColumn([1, 1]))).toMatchObject({
      kind: "DIV0",
    });
  });

  it.each([
    ["only the store that does not carry tips it over", [1e308, 1e308], [1, 0]],
    ["every store carries", [1e308, 1e308], [1, 1]],
  ])(
    "is #NUM! when the total sales overflow (%s), not a finite wrong share",
    (_, sales, carries) => {
      expect(weightedDistribution(column(sales), flagColumn(carries))).toEqual({
        kind: "NUM",
        message: expect.stringMatching(/category_sales.*too large/),
      });
    }
  );
});

describe("cleanDistribution (§2.2)", () => {
  it.each([
    [
      "2 of 3 stores present every month; a fully blank row is skipped",
      flagGrid([
        [1, 1, 1],
        [1, 0, 1],
        [null, null, null],
        [3, 5, 1],
      ]),
      2 / 3,
    ],
    [
      "a blank cell in a filled row means absent",
      flagGrid([
        [1, null],
        [1, 1],
      ]),
      0.5,
    ],
    ["a single period", flagGrid([[1], [0], [1], [1]]), 0.75],
  ])("%s", (_, presence, expected) => {
    expect(cleanDistribution(presence)).toBeCloseTo(expected, 15);
  });

  it("is #DIV/0! when every row is blank", () => {
    expect(cleanDistribution(flagGrid([[null, null]]))).toMatchObject({ kind: "DIV0" });
  });

  it("is #DIV/0! for an empty range", () => {
    expect(cleanDistribution(EMPTY_GRID)).toMatchObject({ kind: "DIV0" });
  });
});
