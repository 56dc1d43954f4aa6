import {
  formatAmount,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPercentShort,
  figureOrWord,
  NUMBER_FORMATS,
} from "../../src/core/numberFormat";
import { readFileSync } from "fs";
import { join } from "path";
import { sourceFiles } from "../sourceFiles";

describe("number formats", () => {
  it.each([
    // The article's example: profit 3,470,000 KZT at no discount.
    [formatMoney(3_470_000, "KZT"), "KZT 3,470,000"],
    [formatMoney(12.5, "tenge", 2), "12.50 tenge"],
    [formatMoney(12, ""), "12"],
    [formatAmount(3_692_950.6), "3,692,951"],
    [formatPercent(0.138), "13.8%"],
    [formatPercent(0.18144, 2), "18.14%"],
    [formatPercentShort(0.3), "30%"],
    [formatPercentShort(0.13846), "13.85%"],
  ])("%s = %s", (got, expected) => expect(got.replace(/\u00a0/g, " ")).toBe(expected));

  it("gives Excel codes for money, shares and text", () => {
    expect(NUMBER_FORMATS.money).toBe("#,##0");
    expect(NUMBER_FORMATS.percent).toBe("0.0%");
    expect(NUMBER_FORMATS.text).toBe("@");
  });
});

describe("format codes", () => {
  /** Sections of a code (positive;negative;zero;text), each checked alone. */
  const sections = (code: string) => code.split(";");

  it.each(Object.entries(NUMBER_FORMATS))(
    '%s (%s) never ends a whole number with a bare decimal point, as #,##0.## shows 5 as "5."',
    (_, code) => {
      for (const section of sections(code)) expect(section).not.toMatch(/\.#+(?![0#])/);
    }
  );

  it("set a word answered in a figure column at the right edge, figures unchanged", () => {
    expect(figureOrWord(NUMBER_FORMATS.moneyCents)).toBe("#,##0.00;-#,##0.00;#,##0.00;* @");
  });

  it("live in NUMBER_FORMATS only: no sheet or chart of src/core spells a code of its own", () => {
    const core = join(__dirname, "../../src/core");
    // A string literal made of format characters with a digit placeholder: "0%", "0.0", "#,##0.0".
    const literal = /"(?=[^"\n]*[0#])(?=[^"\n]*[#.,%])[#0,.%]{2,}"/g;
    const found = sourceFiles(core)
      .filter((file) => !file.endsWith("numberFormat.ts"))
      .flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(literal)].map(
          (m) => `${file.slice(core.length + 1)}: ${m[0]}`
        )
      );
    expect(found).toEqual([]);
  });
});

/** Intl writes no-break spaces as group separators and before "%"; tests read them as spaces. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("number formats in the reader's language", () => {
  it.each([
    ["en", 1200.5, "1200.5"],
    ["ru", 1200.5, "1200,5"],
    ["kk", 0.25, "0,25"],
    ["en", 0.1 + 0.2, "0.3"],
    ["en", 1e308, "1E308"],
  ] as const)("formatNumber(%s, %d) = %s, as typed in a cell", (locale, value, text) => {
    expect(formatNumber(value, locale)).toBe(text);
  });

  it.each([
    ["en", 0.3, "30%"],
    ["ru", 0.3, "30 %"],
    ["kk", 0.138, "13,8%"], // CLDR: no space in Kazakh
  ] as const)("formatPercentShort(%s, %d) = %s", (locale, share, text) => {
    expect(spaces(formatPercentShort(share, 2, locale))).toBe(text);
  });

  it("fixed-decimal percentages line up in a column", () => {
    expect(formatPercent(0, 1, "en")).toBe("0.0%");
    expect(spaces(formatPercent(0.181, 1, "ru"))).toBe("18,1 %");
  });

  it.each([
    ["en", 3470000, "3,470,000"],
    ["ru", 3470000, "3 470 000"],
    ["kk", 1200.5, "1 201"],
  ] as const)("formatAmount(%s, %d) groups thousands: %s", (locale, value, text) => {
    expect(spaces(formatAmount(value, 0, locale))).toBe(text);
  });

  it("money: an ISO code in the locale's currency format, anything else appended", () => {
    expect(formatMoney(1234567.4, "USD", 0, "en")).toBe("$1,234,567");
    expect(spaces(formatMoney(1500, "tenge", 0, "ru"))).toBe("1 500 tenge");
    expect(spaces(formatMoney(3470000, "KZT", 0, "ru"))).toMatch(/^3 470 000 (₸|KZT)$/);
  });
});
