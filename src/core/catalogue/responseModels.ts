/**
 * Catalogue entries for the advertising response models (methods.md §10).
 */
import { adbudg, vidaleWolfe } from "../metrics/responseModels";
import { NUM_ERROR } from "./twinFormulas";
import { defineEntry } from "./entry";

const CATEGORY = "Response models";

export const ADBUDG_ENTRY = defineEntry({
  name: "ADBUDG",
  category: CATEGORY,
  section: "§10",
  anchor: "adbudg",
  summary:
    "Little's ADBUDG S-curve: the sales response to an advertising spend, between a floor and a saturation ceiling.",
  args: [
    {
      name: "spend",
      kind: "money",
      description: "Advertising spend (A), in money; 0 or more.",
      blank: "zero",
    },
    {
      name: "min_response",
      kind: "number",
      description: "Response with no advertising (the floor), in sales units or money; 0 or more.",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "max_response",
      kind: "number",
      description: "Response at saturation (the ceiling), same unit; at least min_response.",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "shape",
      kind: "number",
      description: "Shape γ; greater than 0 (above 1 gives an S-curve, up to 1 a concave curve).",
      bounds: { min: 0, minExclusive: true },
      blank: "zero",
    },
    {
      name: "half_saturation_spend",
      kind: "money",
      description:
        "Spend K at which the response is halfway between floor and ceiling, in money; greater than 0.",
      bounds: { min: 0, minExclusive: true },
      blank: "zero",
    },
  ] as const,
  returns: "The response, in the unit of min_response and max_response.",
  formula:
    "min_response + (max_response − min_response) × spend^shape / (half_saturation_spend^shape + spend^shape)",
  example: {
    args: [100000, 1000, 5000, 2, 100000],
    expected: 3000,
    source: "hand calculation: at spend = K the response is halfway: 1,000 + 4,000 / 2 = 3,000",
  },
  notes: [
    "Computed as 1 / (1 + (K/A)^γ), which cannot overflow for large spends or shapes; the native twin uses the same form (a share of 0 where (K/A)^γ exceeds Excel's largest number), so it gives the same figures.",
    "min_response above max_response is #NUM!; shape or half_saturation_spend of 0 or less is #NUM!.",
    "Blank arguments count as 0.",
  ],
  twin: {
    // The function's overflow-free form; IFERROR turns (K/A)^shape beyond 1E+308 into a share of 0, as 1/(1+Infinity) is.
    template:
      "{min_response}+({max_response}-{min_response})*IF({spend}=0,0,IFERROR(1/(1+({half_saturation_spend}/{spend})^{shape}),0))",
    checks: [{ when: "{min_response}>{max_response}", error: NUM_ERROR }],
  },
  compute: adbudg,
});

export const VIDALE_WOLFE_ENTRY = defineEntry({
  name: "VIDALE_WOLFE",
  category: CATEGORY,
  section: "§10",
  anchor: "vidale_wolfe",
  summary:
    "Vidale-Wolfe steady-state sales: where the pull of advertising on untapped demand balances the decay of sales.",
  args: [
    {
      name: "spend",
      kind: "money",
      description: "Advertising spend rate (A), in money per period; 0 or more.",
      blank: "zero",
    },
    {
      name: "response_rate",
      kind: "number",
      description:
        "Sales response constant r (sales per unit of spend when the market is untapped); 0 or more.",
      bounds: { min: 0 },
      blank: "zero",
    },
    {
      name: "saturation_sales",
      kind: "number",
      description: "Saturation level M of sales, in sales units per period; greater than 0.",
      bounds: { min: 0, minExclusive: true },
      blank: "zero",
    },
    {
      name: "decay_rate",
      kind: "number",
      description:
        "Decay constant λ: the share of sales lost per period without advertising; 0 or more.",
      bounds: { min: 0 },
      blank: "zero",
    },
  ] as const,
  returns: "Steady-state sales, in the unit of saturation_sales.",
  formula: "dS/dt = r·A·(M − S)/M − λ·S = 0  ⇒  S = M·r·A / (r·A + λ·M)",
  example: {
    args: [1000, 0.5, 10000, 0.05],
    expected: 5000,
    source: "hand calculation: 10,000 × 500 / (500 + 500) = 5,000",
  },
  notes: [
    "With no advertising effect (spend × response_rate = 0) and no decay (decay_rate = 0) sales have no single resting point: #DIV/0!.",
    "Blank arguments count as 0; a blank saturation_sales is #NUM!.",
  ],
  twin: {
    template:
      "{saturation_sales}*({response_rate}*{spend}/({response_rate}*{spend}+{decay_rate}*{saturation_sales}))",
  },
  compute: vidaleWolfe,
});

export const RESPONSE_MODEL_ENTRIES = [ADBUDG_ENTRY, VIDALE_WOLFE_ENTRY] as const;
