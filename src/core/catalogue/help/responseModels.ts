/**
 * Help texts of the catalogue entries for the advertising response models (methods.md §10).
 *
 * Summaries, argument descriptions, examples, notes and native twins, keyed by
 * the function's name; the declarations are in ../responseModels.ts. Loaded by what
 * shows or checks help (the gallery, Make shareable, the docs, the command
 * line), not by the page's first scripts.
 */
import { NUM_ERROR } from "../twinFormulas";
import type { CategoryHelp } from "../entry";

const CATEGORY = "Response models";

export const RESPONSE_MODEL_HELP: CategoryHelp = {
  ADBUDG: {
    category: CATEGORY,
    section: "§10",
    anchor: "adbudg",
    summary:
      "Little's ADBUDG S-curve: the sales response to an advertising spend, between a floor and a saturation ceiling.",
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
    args: {
      spend: {
        description: "Advertising spend (A), in money; 0 or more.",
      },
      min_response: {
        description:
          "Response with no advertising (the floor), in sales units or money; 0 or more.",
      },
      max_response: {
        description: "Response at saturation (the ceiling), same unit; at least min_response.",
      },
      shape: {
        description: "Shape γ; greater than 0 (above 1 gives an S-curve, up to 1 a concave curve).",
      },
      half_saturation_spend: {
        description:
          "Spend K at which the response is halfway between floor and ceiling, in money; greater than 0.",
      },
    },
  },
  VIDALE_WOLFE: {
    category: CATEGORY,
    section: "§10",
    anchor: "vidale_wolfe",
    summary:
      "Vidale-Wolfe steady-state sales: where the pull of advertising on untapped demand balances the decay of sales.",
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
    args: {
      spend: {
        description: "Advertising spend rate (A), in money per period; 0 or more.",
      },
      response_rate: {
        description:
          "Sales response constant r (sales per unit of spend when the market is untapped); 0 or more.",
      },
      saturation_sales: {
        description: "Saturation level M of sales, in sales units per period; greater than 0.",
      },
      decay_rate: {
        description:
          "Decay constant λ: the share of sales lost per period without advertising; 0 or more.",
      },
    },
  },
  ADBUDG_CALIBRATE: {
    category: CATEGORY,
    section: "§10",
    anchor: "adbudg_calibrate",
    summary:
      "Little's judgemental calibration of ADBUDG: the shape and half-saturation spend through two points on the curve, as a row of two cells.",
    returns:
      "A row of two cells: the shape γ and the half-saturation spend K (money), ready for MKT.ADBUDG.",
    formula:
      "y = (R − min)/(max − min); ln(y/(1−y)) = γ·ln A − γ·ln K through both points: γ = (logit y₂ − logit y₁)/(ln A₂ − ln A₁), K = A₁ / e^(logit y₁ / γ)",
    example: {
      args: [1000, 5000, 100000, 3000, 200000, 4200],
      expected: [[2, 100000]],
      source:
        "hand calculation: at 100,000 the response is halfway (logit 0), at 200,000 it is 80% of the way (logit ln 4): γ = ln 4 / ln 2 = 2, K = 100,000",
    },
    notes: [
      "Returns two cells side by side: enter it in the first of two empty cells (Excel 365 spills it) or select two cells and confirm with Ctrl+Shift+Enter in older Excel.",
      "A response on or outside the floor and the ceiling is #NUM! (the curve never reaches it); two equal spends are #DIV/0!; a response that does not rise with the spend is #NUM!.",
      "No native twin: a twin is one cell's formula. Without the add-in the two cells are, with y = (R − min_response)/(max_response − min_response) for each point, shape = (LN(y2/(1-y2)) − LN(y1/(1-y1)))/(LN(spend_2) − LN(spend_1)) and K = spend_1/EXP(LN(y1/(1-y1))/shape).",
      "Blank arguments count as 0.",
    ],
    twin: null,
    args: {
      min_response: {
        description: "Response with no spend (the floor), in sales units or money; 0 or more.",
      },
      max_response: {
        description: "Response at saturation (the ceiling), same unit; greater than min_response.",
      },
      spend_1: {
        description: "A spend whose response you can state, e.g. today's; greater than 0.",
      },
      response_1: {
        description: "The response at spend_1; strictly between min_response and max_response.",
      },
      spend_2: {
        description: "A second spend (Little asked for +50%); greater than 0, not spend_1.",
      },
      response_2: {
        description: "The response at spend_2; strictly between min_response and max_response.",
      },
    },
  },
  ADBUDG_FIT: {
    category: CATEGORY,
    section: "§10",
    anchor: "adbudg_fit",
    summary:
      "Fits an ADBUDG curve to history by least squares: floor, ceiling, shape and half-saturation spend, as a row of four cells.",
    returns:
      "A row of four cells: min_response, max_response, shape and half_saturation_spend, ready for MKT.ADBUDG.",
    formula:
      "minimise Σ (a + (b − a)·A_i^γ/(K^γ + A_i^γ) − R_i)² over a >= 0, b >= a, γ > 0, K > 0",
    example: {
      args: [
        [[0], [50000], [100000], [200000], [300000], [700000]],
        [[1000], [1800], [3000], [4200], [4600], [4920]],
      ],
      expected: [[1000, 5000, 2, 100000]],
      source:
        "the curve of the ADBUDG example (floor 1,000, ceiling 5,000, γ = 2, K = 100,000) at six spends, recovered exactly",
    },
    notes: [
      "Returns four cells side by side: enter it in the first of four empty cells (Excel 365 spills it) or select four cells and confirm with Ctrl+Shift+Enter in older Excel.",
      "For fixed shape and K the floor and the ceiling enter linearly and are solved exactly; the shape (0.1 to 20) and K (a tenth of the smallest positive spend to ten times the largest) are searched on a grid and refined by Nelder-Mead. A floor below 0 is refitted at 0.",
      "Needs at least four periods at four different spends (fewer is #N/A); a response that does not rise with the spend is #NUM!; ranges with different numbers of cells are #VALUE!.",
      "No native twin: the fit is an iterative search, which no single Excel formula performs; Solver can minimise the same sum of squares on a sheet.",
      "A row where either cell is blank is skipped.",
    ],
    twin: null,
    args: {
      spend: {
        description: "Past spends, one per period, in money; 0 or more.",
      },
      response: {
        description:
          "The response in the same periods (sales in units or money), same number of cells; 0 or more.",
      },
    },
  },
};
