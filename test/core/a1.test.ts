import { absoluteRange, columnLetter, parseCell, parseRange, rangeShape } from "../../src/core/a1";

describe("A1 addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
  ])("column %i is %s and back", (col, letters) => {
    expect(columnLetter(col)).toBe(letters);
    expect(parseCell(`${letters}7`)).toEqual({ col, row: 7 });
  });

  it("parses ranges, $ signs and single cells", () => {
    expect(parseRange("B5:D7")).toEqual({ from: { col: 2, row: 5 }, to: { col: 4, row: 7 } });
    expect(parseRange("$C$3")).toEqual({ from: { col: 3, row: 3 }, to: { col: 3, row: 3 } });
    expect(absoluteRange("B5:D7")).toBe("$B$5:$D$7");
  });

  it("accepts lower-case letters and keeps the areas of a multi-area range", () => {
    expect(parseCell("b5")).toEqual({ col: 2, row: 5 });
    expect(absoluteRange("b5:c7")).toBe("$B$5:$C$7");
    expect(absoluteRange("A1:A2, C1")).toBe("$A$1:$A$2,$C$1");
  });

  it.each([
    ["B5:D7", { rows: 3, columns: 3 }],
    ["$C$3", { rows: 1, columns: 1 }],
    ["B25:B27", { rows: 3, columns: 1 }],
  ])("rangeShape(%s)", (address, shape) => expect(rangeShape(address)).toEqual(shape));

  it("throws on a malformed address (a programmer error in a plan)", () => {
    expect(() => parseCell("5B")).toThrow(/not an A1 cell address/);
  });
});
