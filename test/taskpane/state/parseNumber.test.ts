import { formatNumber, parseNumber } from "../../../src/taskpane/state/parseNumber";

describe("parseNumber", () => {
  it.each([
    ["1200", 1200],
    [" 1 200 ", 1200],
    ["1,200", 1200],
    ["1,234,567.5", 1234567.5],
    ["0.3", 0.3],
    ["0,3", 0.3],
    ["30%", 0.3],
    ["12.5 %", 0.125],
    ["-4", -4],
    [".5", 0.5],
    ["1e3", 1000],
  ])("%s -> %d", (text, value) => {
    const parsed = parseNumber(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toBeCloseTo(value, 12);
  });

  it.each([["abc"], ["1.2.3"], ["%"], ["12abc"], ["1e999"]])("%s is not a number", (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: "notNumber" });
  });

  it("blank is blank, not zero", () => {
    expect(parseNumber("  ")).toEqual({ ok: false, reason: "blank" });
  });

  it("formatNumber drops float noise", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1200)).toBe("1200");
  });
});
