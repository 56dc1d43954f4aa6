import { parseCsv } from "../../../src/core/table/csv";
import { render } from "../../../src/core/i18n";

describe("parseCsv", () => {
  it.each([
    ["comma", "store,group,Jan\nA,X,1\n", ",", [["A", "X", "1"]]],
    [
      "semicolon with decimal commas and a BOM",
      "\uFEFFstore;group;sales\r\nA;X;12,5\r\n",
      ";",
      [["A", "X", "12,5"]],
    ],
    [
      "quoted fields with separators and doubled quotes",
      'store,group\n"A, ""big""",X\n',
      ",",
      [['A, "big"', "X"]],
    ],
    ["blank lines skipped", "a,b\n\n1,2\n\n", ",", [["1", "2"]]],
  ])("%s", (_, text, separator, rows) => {
    const result = parseCsv(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.table.separator).toBe(separator);
    expect(result.table.decimalComma).toBe(separator === ";");
    expect(result.table.rows.map((r) => r.cells)).toEqual(rows);
  });

  it("keeps the line each row starts on (a quoted line break included)", () => {
    const result = parseCsv('a,b\n"x\ny",1\n\nz,2\n');
    expect(result.ok && result.table.rows.map((r) => r.line)).toEqual([2, 5]);
  });

  it.each([
    ["", "the file is empty"],
    ['a,b\n"open,1\n', "a quoted field is not closed"],
  ])("refuses %j: %s", (text, message) => {
    const result = parseCsv(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(render("en", result.problem)).toContain(message);
  });
});
