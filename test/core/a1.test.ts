import { absoluteRange, columnLetter, parseCell, parseRange } from "../../src/core/a1";

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

  it("throws on a malformed address (a programmer error in a plan)", () => {
    expect(() => parseCell("5B")).toThrow(/not an A1 cell address/);
  });
});
