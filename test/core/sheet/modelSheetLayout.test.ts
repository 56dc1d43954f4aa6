/** Reading back a cell the user may have typed over (core/sheet/modelSheetLayout). */
import { cell, label } from "../../../src/core/sheet/modelSheetLayout";

describe("cell", () => {
  it.each<[string, Parameters<typeof cell>[0], unknown]>([
    ["a blank on the web (null) is nothing typed", null, undefined],
    ["a blank on desktop or in ExcelJS (empty text) is nothing typed", "", undefined],
    ["spaces alone are nothing typed", "   ", undefined],
    ["text is trimmed", "  Sockets ", "Sockets"],
    ["a number stays a number (a real 0 is not a blank)", 0, 0],
    ["a boolean stays a boolean", false, false],
  ])("%s", (_, value, expected) => {
    expect(cell(value)).toBe(expected);
  });
});

describe("label", () => {
  it.each<[string, Parameters<typeof label>[0], unknown]>([
    ["a label Excel turned into a number is text again", 50, "50"],
    ["a label typed as text stays text", "1-9", "1-9"],
    ["a blank label is nothing typed", null, undefined],
  ])("%s", (_, value, expected) => {
    expect(label(value)).toBe(expected);
  });
});
