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

describe("parseNumber by the pane's language", () => {
  it.each([
    // Issue 9: in ru and kk "1 200,50" is 1200.5 and "1,200" is 1.2; in en "1,200" is 1200.
    ["ru", "1 200,50", 1200.5],
    ["kk", "1 200,50", 1200.5],
    ["ru", "1,200", 1.2],
    ["kk", "1,200", 1.2],
    ["en", "1,200", 1200],
    ["ru", "1\u00a0200,5", 1200.5], // a no-break space, as Intl and Excel group thousands in Russian
    ["kk", "3\u202f470\u202f000", 3470000], // a narrow no-break space
    ["ru", "0,3", 0.3],
    ["ru", "0.3", 0.3], // a dot is a decimal sign too: many people type one
    ["ru", "30 %", 0.3],
    ["kk", "12,5%", 0.125],
    ["en", "30%", 0.3],
    ["en", "0,25", 0.25],
  ] as const)("%s: %s -> %d", (locale, text, value) => {
    const parsed = parseNumber(text, locale);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toBeCloseTo(value, 12);
  });

  it.each([
    ["ru", "1.200,50"], // two decimal signs
    ["ru", "1,2,3"],
    ["en", "1,20,0"], // commas that are no thousands groups
  ] as const)("%s: %s is not a number", (locale, text) => {
    expect(parseNumber(text, locale)).toEqual({ ok: false, reason: "notNumber" });
  });

  it("shows a field's number with the language's decimal sign and no grouping", () => {
    expect(formatNumber(0.3, "ru")).toBe("0,3");
    expect(formatNumber(1200.5, "kk")).toBe("1200,5");
    expect(formatNumber(1200.5, "en")).toBe("1200.5");
  });

  it.each(["en", "ru", "kk"] as const)("reads back what it shows (%s)", (locale) => {
    for (const value of [0, 0.3, 1200.5, 1e-7, 123456789.125])
      expect(parseNumber(formatNumber(value, locale), locale)).toEqual({ ok: true, value });
  });
});
