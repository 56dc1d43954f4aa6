import {
  formulaToInsert,
  searchCatalogue,
  type GalleryEntry,
} from "../../../src/taskpane/state/catalogueSearch";
import { CATALOGUE } from "../../../src/core/catalogue";
import { galleryEntries } from "../../../src/taskpane/state/galleryEntries";
import { entryDoc } from "../../../scripts/functionDocs";

const entries: GalleryEntry[] = [
  {
    name: "ROMI",
    summary: "Return on marketing investment.",
    formula: "ROMI = (revenue × margin − cost) / cost",
    args: [{ name: "marketing_cost", description: "What the campaign cost", example: "" }],
    example: "=MKT.ROMI(150000,50000,0.4)",
  },
  {
    name: "PAYBACK",
    summary: "Months until a promotion pays back its cost.",
    formula: "first month where cumulative profit ≥ cost",
    args: [{ name: "monthly_profit", description: "Profit per month", example: "" }],
    example: "=MKT.PAYBACK(1000,5000)",
  },
  {
    name: "UNITROMI",
    summary: "ROMI per unit sold.",
    formula: "…",
    args: [],
    example: "MKT.UNITROMI(1,2)",
  },
];

describe("searchCatalogue", () => {
  it("an empty query lists everything in catalogue order", () => {
    expect(searchCatalogue(entries, "  ").map((e) => e.name)).toEqual([
      "ROMI",
      "PAYBACK",
      "UNITROMI",
    ]);
  });

  it("finds by purpose words and argument names", () => {
    expect(searchCatalogue(entries, "pays back").map((e) => e.name)).toEqual(["PAYBACK"]);
    expect(searchCatalogue(entries, "marketing_cost").map((e) => e.name)).toEqual(["ROMI"]);
  });

  it("ranks an exact name first, then names containing the word", () => {
    expect(searchCatalogue(entries, "romi").map((e) => e.name)).toEqual(["ROMI", "UNITROMI"]);
    expect(searchCatalogue(entries, "=MKT.payback").map((e) => e.name)).toEqual(["PAYBACK"]);
  });

  it("finds nothing for unknown words", () => {
    expect(searchCatalogue(entries, "elephant")).toEqual([]);
  });

  it("inserts the complete example formula", () => {
    expect(formulaToInsert(entries[0])).toBe("=MKT.ROMI(150000,50000,0.4)");
    expect(formulaToInsert(entries[2])).toBe("=MKT.UNITROMI(1,2)");
  });
});

describe("galleryEntries", () => {
  it("marks optional arguments", () => {
    const [g] = galleryEntries([
      {
        name: "ROMI",
        summary: "s",
        formula: "f",
        args: [
          { name: "a", description: "first" },
          { name: "b", description: "second", optional: true },
        ],
        example: { args: [1, 2] },
      },
    ]);
    expect(g.args.map((a) => a.name)).toEqual(["a", "b (optional)"]);
    expect(g.example).toBe("=MKT.ROMI(1, 2)");
  });
});

describe("the gallery over the real MKT catalogue", () => {
  const gallery = galleryEntries(CATALOGUE);

  it("offers every function once, each with a complete example formula to insert", () => {
    expect(gallery).toHaveLength(CATALOGUE.length);
    expect(new Set(gallery.map((g) => g.name)).size).toBe(gallery.length);
    for (const g of gallery) {
      expect(formulaToInsert(g)).toMatch(new RegExp(`^=MKT\\.${g.name}\\(.*\\)$`));
      expect(g.summary.length).toBeGreaterThan(10);
    }
  });

  it("inserts exactly the example the help page prints (one formula text, no drift)", () => {
    CATALOGUE.forEach((entry, i) =>
      expect(gallery[i].example).toBe(entryDoc(entry).example.formula)
    );
  });

  it('writes blank cells of an example range as "", which range arguments skip (not as 0)', () => {
    const influence = gallery.find((g) => g.name === "INFLUENCE_COEF")!;
    expect(influence.example).toContain('{5;4;3;"";0}');
  });

  it("finds ROMI by its purpose", () => {
    expect(searchCatalogue(gallery, "return on marketing investment")[0]?.name).toBe("ROMI");
  });
});
