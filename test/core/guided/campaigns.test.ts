import { buildCampaignsSheetPlan } from "../../../src/core/guided/campaigns/sheetPlan";
import { validateCampaigns } from "../../../src/core/guided/campaigns/input";
import { GuidedEngine, mkt } from "./guidedEngine";
import { example as loadExample } from "./examples";
import { fieldErrorText } from "../../../src/core/fieldValidation";
import { NUMBER_FORMATS } from "../../../src/core/numberFormat";

const CAMPAIGNS_EXAMPLE = loadExample("campaigns.json", validateCampaigns);

const example = CAMPAIGNS_EXAMPLE;
const engine = new GuidedEngine(buildCampaignsSheetPlan(example));

describe("campaigns sheet", () => {
  it("marks itself and computes without an error cell", () => {
    expect(engine.plan.names.find((n) => n.name === "mkt_model")?.refersTo).toEqual({
      value: "campaigns",
    });
    expect(engine.errors()).toEqual([]);
  });

  it.each(example.campaigns.map((c, i) => [c.label, i] as const))(
    "%s: ROMI, lift per cost, cost per extra unit and TM share equal the MKT functions",
    (_, i) => {
      const c = example.campaigns[i];
      const margin = c.grossMargin ?? example.grossMargin;
      const inc = c.salesNow - c.salesBefore;
      expect(engine.list("mkt_out_romi")[i]).toBeCloseTo(
        mkt("ROMI", inc, c.cost, margin) as number,
        12
      );
      expect(engine.list("mkt_out_lift_per_cost")[i]).toBeCloseTo(
        mkt("SALES_LIFT_PER_COST", c.salesNow, c.salesBefore, c.cost) as number,
        12
      );
      const perUnit = mkt("COST_PER_EXTRA_UNIT", c.unitsNow, c.unitsBefore, c.cost);
      if (typeof perUnit === "number")
        expect(engine.list("mkt_out_cost_per_unit")[i]).toBeCloseTo(perUnit, 9);
      else expect(engine.list("mkt_out_cost_per_unit")[i]).toBe("no growth");
      expect(engine.list("mkt_out_tm_share")[i]).toBeCloseTo(
        mkt("TM_COST_SHARE", c.cost, inc) as number,
        12
      );
    }
  );

  it("gives the ROMI of all campaigns together, the band and the rank", () => {
    const inc = example.campaigns.map((c) => c.salesNow - c.salesBefore);
    const margins = example.campaigns.map((c) => c.grossMargin ?? example.grossMargin);
    const cost = example.campaigns.reduce((s, c) => s + c.cost, 0);
    const total = (inc.reduce((s, x, i) => s + x * margins[i], 0) - cost) / cost;
    expect(engine.list("mkt_out_total_romi")[0]).toBeCloseTo(total, 12);
    const romi = engine.list("mkt_out_romi") as number[];
    const bands = engine.values("K10:K12").flat();
    expect(bands).toEqual(romi.map((r) => mkt("ROMI_RATING", r)));
    const ranks = engine.values("L10:L12").flat();
    expect(ranks).toEqual(romi.map((r) => 1 + romi.filter((x) => x > r).length));
  });
});

describe("campaigns sheet layout", () => {
  it.each(["en", "ru", "kk"] as const)(
    "%s: the ROMI band (a formula) keeps a digit's width of space from the ROMI figure on its left",
    (language) => {
      const plan = buildCampaignsSheetPlan(example, { language });
      const calc = plan.blocks.find((b) => b.role === "calc" && b.address.startsWith("H10:"))!;
      const total = plan.blocks.find(
        (b) => b.role === "objective" && b.address.startsWith("I13:")
      )!;
      // Band: column K, the 4th of the calc block (H …) and the 3rd of the total's (I …).
      const bandCells = [...calc.cells.map((row) => row[3]), total.cells[0][2]];
      expect(bandCells.every((f) => typeof f === "string" && f.startsWith("=IF("))).toBe(true);
      const formats = calc.numberFormat as string[][];
      const totalFormats = total.numberFormat as string[][];
      for (const format of [...formats.map((row) => row[3]), totalFormats[0][2]]) {
        expect(format).toBe(NUMBER_FORMATS.wordAfterFigure);
      }
    }
  );
});

describe("validateCampaigns", () => {
  it.each([
    [{ ...example, grossMargin: 0 }, "grossMargin must be a share > 0 and <= 1 (got 0)"],
    [{ ...example, campaigns: [] }, "campaigns must have 1 to 200 entries (got 0)"],
    [
      { ...example, campaigns: [{ ...example.campaigns[0], cost: 0 }] },
      "campaigns[0].cost must be > 0 (got 0)",
    ],
    [
      { ...example, campaigns: [example.campaigns[0], example.campaigns[0]] },
      'campaigns[1].label duplicates campaigns[0].label ("Almaty, HoReCa")',
    ],
    ["{", "input is not valid JSON"],
  ])("names the field and the rule: %#", (input, message) => {
    const result = validateCampaigns(input);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => fieldErrorText(e)).join("\n")).toContain(message);
  });

  it("accepts the example", () =>
    expect(validateCampaigns(JSON.stringify(example))).toEqual({ ok: true, value: example }));
});
