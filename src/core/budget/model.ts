/**
 * The budget-allocation model's input: the JSON contract shared by the task
 * pane, the `mkt budget` command line, the sheet plan and the tests. Each
 * channel turns spend into a response through one of the catalogue's
 * response models (ADBUDG or Vidale-Wolfe, computed exactly as MKT.ADBUDG and
 * MKT.VIDALE_WOLFE compute them) and the response into gross profit through
 * its margin.
 */

/** Little's ADBUDG S-curve, with MKT.ADBUDG's arguments. */
export interface AdbudgResponse {
  model: "adbudg";
  /** Response with no spend (floor), >= 0. */
  minResponse: number;
  /** Response at saturation (ceiling), >= minResponse. */
  maxResponse: number;
  /** γ > 0: above 1 an S-curve, up to 1 concave. */
  shape: number;
  /** K > 0: spend at which the response is halfway between floor and ceiling. */
  halfSaturationSpend: number;
}

/** Vidale-Wolfe steady state, with MKT.VIDALE_WOLFE's arguments. */
export interface VidaleWolfeResponse {
  model: "vidale-wolfe";
  /** r >= 0: sales per unit of spend when the market is untapped. */
  responseRate: number;
  /** M > 0: saturation level of sales. */
  saturationSales: number;
  /** λ > 0 (the allocation needs a resting point at every spend, zero included). */
  decayRate: number;
}

export type ResponseSpec = AdbudgResponse | VidaleWolfeResponse;

export interface Channel {
  label: string;
  /** l_i >= 0: smallest spend allowed. */
  min: number;
  /** u_i >= l_i: largest spend allowed (the budget when the input leaves it out). */
  max: number;
  /** Today's spend, for the comparison; null when not given. */
  current: number | null;
  /** m_i > 0: gross profit per unit of response. */
  margin: number;
  response: ResponseSpec;
}

export interface BudgetModelInput {
  name: string;
  currency: string;
  /** B > 0: money to allocate in the period. */
  budget: number;
  /** True: the whole budget must be spent; false: at most B. */
  spendAll: boolean;
  channels: Channel[];
}
