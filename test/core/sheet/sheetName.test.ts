import {
  MAX_SHEET_NAME_LENGTH,
  sanitiseSheetName,
  truncateText,
  uniqueSheetName,
} from "../../../src/core/sheet/sheetName";

describe("uniqueSheetName", () => {
  it.each([
    ["Discounts - Tea", [], "Discounts - Tea"],
    ["Discounts - Tea", ["Discounts - Tea"], "Discounts - Tea (2)"],
    ["Discounts - Tea", ["discounts - tea", "Discounts - Tea (2)"], "Discounts - Tea (3)"],
    ["Discounts - a/b:c?d*e[f]g\\h", [], "Discounts - a b c d e f g h"],
    ["'quoted'", [], "quoted"],
    ["   ", [], "Sheet"],
  ])("%s with %j -> %s", (wanted, existing, expected) => {
    expect(uniqueSheetName(wanted, existing)).toBe(expected);
  });

  // Excel reserves "History" (any case): it is numbered like a taken name, in no one language.
  it.each([
    ["History", [], "History (2)"],
    ["history", [], "history (2)"],
    [" HISTORY ", [], "HISTORY (2)"],
    ["History", ["History (2)"], "History (3)"],
    ["History 2026", [], "History 2026"],
  ])("reserved: %s with %j -> %s", (wanted, existing, expected) => {
    expect(uniqueSheetName(wanted, existing)).toBe(expected);
    if (existing.length === 0) expect(sanitiseSheetName(wanted)).toBe(expected);
  });

  it("stays within 31 characters, also with a suffix", () => {
    const long = "Discounts - An extraordinarily long product name";
    const first = uniqueSheetName(long, []);
    const second = uniqueSheetName(long, [first]);
    expect(first.length).toBe(MAX_SHEET_NAME_LENGTH);
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(second.endsWith("… (2)")).toBe(true);
    expect(sanitiseSheetName(long).endsWith("…")).toBe(true);
  });
});

describe("a shortened name ends between words", () => {
  it.each([
    // The survey example in Kazakh: the cut used to fall inside "survey".
    ["Сауалнама - Mall services survey", "Сауалнама - Mall services…"],
    ["Discounts - Paint, 10 L cans: the margin floor splits", "Discounts - Paint, 10 L cans…"],
    ["Promo - Tasting in 5 stores, North-West", "Promo - Tasting in 5 stores…"],
    ["Discounts - An extraordinarily long product name", "Discounts - An extraordinarily…"],
    // One long word: a cut between words would drop it, so it is cut inside.
    ["Distribution - Supercalifragilisticexpialidocious", "Distribution - Supercalifragil…"],
  ])("%s -> %s", (name, expected) => {
    expect(sanitiseSheetName(name)).toBe(expected);
    expect(expected.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
  });

  it.each([
    [["Сауалнама - Mall services…"], "Сауалнама - Mall services… (2)"],
    [
      ["Сауалнама - Mall services…", "Сауалнама - Mall services… (2)"],
      "Сауалнама - Mall services… (3)",
    ],
  ])("a numbered name is cut from the whole name, with %j -> %s", (existing, expected) => {
    expect(uniqueSheetName("Сауалнама - Mall services survey", existing)).toBe(expected);
  });

  it("numbers a long one-word name inside the word, within 31 units", () => {
    const name = "Distribution - Supercalifragilisticexpialidocious";
    expect(uniqueSheetName(name, [sanitiseSheetName(name)])).toBe(
      "Distribution - Supercalifr… (2)"
    );
  });
});

describe("sanitiseSheetName keeps whole characters", () => {
  const hasLoneSurrogate = (s: string) =>
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

  it.each([
    ["an emoji at the cut", `Discounts - ${"x".repeat(17)}😀😀`],
    ["emoji only", "😀".repeat(20)],
    ["a flag (two code points)", `Discounts - ${"y".repeat(16)}🇰🇿🇰🇿`],
  ])("%s: at most 31 UTF-16 units, no lone surrogate", (_, name) => {
    const cut = sanitiseSheetName(name);
    expect(cut.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(hasLoneSurrogate(cut)).toBe(false);
    expect(cut.endsWith("…")).toBe(true);
    const again = uniqueSheetName(name, [cut]);
    expect(again.length).toBeLessThanOrEqual(MAX_SHEET_NAME_LENGTH);
    expect(hasLoneSurrogate(again)).toBe(false);
  });

  it("keeps a name of exactly 31 units as it is, emoji included", () => {
    const name = `${"z".repeat(29)}😀`;
    expect(sanitiseSheetName(name)).toBe(name);
  });

  it("truncateText never splits a flag", () => {
    expect(truncateText("ab🇰🇿", 5)).toBe("ab");
    expect(truncateText("ab🇰🇿", 6)).toBe("ab🇰🇿");
  });

  it.each([
    ["'Q3'", "Q3"],
    ["a:b", "a b"],
    ["\u0007bell", "bell"],
    ["", "Sheet"],
  ])("%j -> %j", (name, expected) => expect(sanitiseSheetName(name)).toBe(expected));

  it("uses the caller's fallback for a name with nothing left", () => {
    expect(sanitiseSheetName("[]", "Promo")).toBe("Promo");
  });
});
