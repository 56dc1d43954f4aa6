/** The function gallery follows the pane's language: translated help, unchanged formulas. */
import { CATALOGUE } from "../../../src/core/catalogue";
import { entryHelp } from "../../../src/core/catalogue/translations";
import { galleryEntries, galleryInLanguage } from "../../../src/taskpane/state/galleryEntries";

const english = galleryEntries(CATALOGUE);

describe("galleryInLanguage", () => {
  it.each(["ru", "kk"] as const)("reads ROMI's summary and arguments in %s", (language) => {
    const romi = galleryInLanguage(english, language).find((e) => e.name === "ROMI");
    const source = CATALOGUE.find((e) => e.name === "ROMI")!;
    const help = entryHelp(source, language);
    expect(romi?.summary).toBe(help.summary);
    expect(romi?.summary).not.toBe(source.summary);
    expect(romi?.args.map((a) => a.description)).toEqual(help.args.map((a) => a.description));
  });

  it.each(["en", "ru", "kk"] as const)("keeps names, formulas and examples in %s", (language) => {
    const shown = galleryInLanguage(english, language);
    expect(shown.map((e) => [e.name, e.formula, e.example])).toEqual(
      english.map((e) => [e.name, e.formula, e.example])
    );
  });

  it.each([
    ["en", "gross_margin (optional)"],
    ["ru", "gross_margin (необязательный)"],
    ["kk", "gross_margin (міндетті емес)"],
  ] as const)("labels an optional argument in %s: %s", (language, label) => {
    const romi = galleryInLanguage(english, language).find((e) => e.name === "ROMI")!;
    expect(romi.args.map((a) => a.name)).toEqual(["incremental_revenue", "marketing_cost", label]);
  });

  it("leaves an entry the catalogue does not know as it is", () => {
    const stranger = { ...english[0], name: "NOT_IN_CATALOGUE" };
    expect(galleryInLanguage([stranger], "ru")).toEqual([stranger]);
  });
});
