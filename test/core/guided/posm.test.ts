import { buildPosmSheetPlan } from "../../../src/core/guided/posm/sheetPlan";
import { validatePosm, type PosmInput } from "../../../src/core/guided/posm/input";
import { GuidedEngine, mkt } from "./guidedEngine";
import { example } from "./examples";
import { fieldErrorText } from "../../../src/core/fieldValidation";

const POSM_EXAMPLE = example("posm.json", validatePosm);

const input: PosmInput = {
  ...POSM_EXAMPLE,
  options: [
    ...POSM_EXAMPLE.options,
    {
      label: "Rack that never pays",
      kind: "permanent",
      monthlyUnitUplift: 5,
      unitProfit: 10,
      monthlyPlacementCost: 100,
      placementMonths: 6,
      productionCost: 500,
      serviceLifeMonths: 12,
    },
    {
      label: "Losing kit",
      kind: "temporary",
      monthlyUnitUplift: 5,
      unitProfit: 10,
      monthlyKitCost: 80,
      monthlyPlacementCost: 100,
      placementMonths: 3,
    },
  ],
};
const engine = new GuidedEngine(buildPosmSheetPlan(input));

describe("POSM sheet", () => {
  it("computes without an error cell", () => expect(engine.errors()).toEqual([]));

  it.each(input.options.map((o, i) => [o.label, i] as const))(
    "%s equals the MKT functions",
    (_, i) => {
      const o = input.options[i];
      const [profit, roi, payback, pays] = ["profit", "roi", "payback", "pays_back"].map(
        (n) => engine.list(`mkt_out_${n}`)[i]
      );
      if (o.kind === "permanent") {
        const args = [
          o.monthlyUnitUplift,
          o.unitProfit,
          o.monthlyPlacementCost,
          o.placementMonths,
          o.productionCost,
        ] as const;
        expect(profit).toBeCloseTo(mkt("POSM_PROFIT", ...args) as number, 9);
        expect(roi).toBeCloseTo(mkt("POSM_ROI", ...args) as number, 12);
        const months = mkt(
          "POSM_PAYBACK",
          o.productionCost,
          o.monthlyUnitUplift,
          o.unitProfit,
          o.monthlyPlacementCost
        );
        if (typeof months === "number") {
          expect(payback).toBeCloseTo(months, 12);
          expect(pays).toBe(months <= o.serviceLifeMonths);
        } else {
          expect(payback).toBe("never");
          expect(pays).toBe(false);
        }
      } else {
        const monthly = mkt(
          "TEMP_POSM_PROFIT",
          o.monthlyUnitUplift,
          o.unitProfit,
          o.monthlyKitCost,
          o.monthlyPlacementCost
        ) as number;
        expect(profit).toBeCloseTo(monthly * o.placementMonths, 9);
        expect(roi).toBeCloseTo(
          (monthly * o.placementMonths) /
            ((o.monthlyKitCost + o.monthlyPlacementCost) * o.placementMonths),
          12
        );
        expect(payback).toBeNull();
        expect(pays).toBe(monthly >= 0);
      }
    }
  );
});

describe("validatePosm", () => {
  const fridge = POSM_EXAMPLE.options[0];
  it.each([
    [
      { ...POSM_EXAMPLE, options: [{ ...fridge, kind: "rack" }] },
      'options[0].kind must be "permanent" or "temporary" (got "rack")',
    ],
    [
      { ...POSM_EXAMPLE, options: [{ ...fridge, monthlyKitCost: 5 }] },
      "options[0].monthlyKitCost is only for temporary POSM",
    ],
    [
      { ...POSM_EXAMPLE, options: [{ ...fridge, placementMonths: 0 }] },
      "options[0].placementMonths must be a whole number >= 1 (got 0)",
    ],
    [
      { ...POSM_EXAMPLE, options: [{ ...fridge, monthlyPlacementCost: 0, productionCost: 0 }] },
      "options[0] has no cost",
    ],
  ])("names the field and the rule: %#", (raw, message) => {
    const result = validatePosm(raw);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => fieldErrorText(e)).join("\n")).toContain(message);
  });
});
