/** How a form's row is named (state/rowName): its number, then the label typed. */
import { setLocale } from "../../../src/core/i18n";
import { rowName, type RowKind } from "../../../src/taskpane/state/rowName";

afterEach(() => setLocale("en"));

describe("rowName", () => {
  it.each<[RowKind, string, number, string]>([
    ["tier", "10-49", 1, "Tier 2 (10-49)"],
    ["tier", "", 0, "Tier 1"],
    ["segment", "Wholesalers", 0, "Segment 1 (Wholesalers)"],
    ["budget.channel", "Traditional trade", 1, "Channel 2 (Traditional trade)"],
    ["budget.channel", "   ", 2, "Channel 3"],
    ["tier", "  50+ ", 2, "Tier 3 (50+)"],
  ])("%s %j at index %d is %j", (kind, label, index, name) => {
    setLocale("en");
    expect(rowName(kind, label, index)).toBe(name);
  });

  it("speaks the pane's language", () => {
    setLocale("ru");
    expect(rowName("tier", "", 0)).not.toBe("Tier 1");
    expect(rowName("tier", "", 0)).toMatch(/1/);
  });
});
