import {
  formatAmount,
  formatMoney,
  formatPercent,
  formatPercentShort,
  NUMBER_FORMATS,
} from "../../src/core/numberFormat";

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
