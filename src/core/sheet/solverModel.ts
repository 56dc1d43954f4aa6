/**
 * Excel Solver's model as hidden worksheet-scoped names (`solver_*`), the form
 * in which Excel saves a Solver model with its sheet: Data > Solver opens with
 * the objective, the decision cells and the constraints filled in. The name
 * set and the codes follow what Excel 2010+ writes when it saves a model; the
 * option defaults are the values of its Options dialog as it opens.
 */
import type { PlanName } from "./plan";

/** Excel's Solver option defaults (Excel 2010+ Solver, as stored in a saved model). */
export const SOLVER_DEFAULT_OPTIONS: ReadonlyArray<[string, number]> = [
  ["solver_cvg", 0.0001], // Convergence (GRG)
  ["solver_drv", 1], // Derivatives: 1 forward, 2 central
  ["solver_est", 1], // Estimates: 1 tangent, 2 quadratic
  ["solver_itr", 2147483647], // Iterations (unbounded)
  ["solver_lin", 2], // Assume linear model: 2 = no
  ["solver_mip", 2147483647], // Max feasible (integer) solutions
  ["solver_mni", 30], // Evolutionary: max time without improvement (s)
  ["solver_mrt", 0.075], // Evolutionary: mutation rate
  ["solver_nod", 2147483647], // Max subproblems
  ["solver_nwt", 1], // Search: 1 Newton, 2 conjugate
  ["solver_pre", 0.000001], // Constraint precision
  ["solver_rbv", 1], // Require bounds on variables (Multistart, Evolutionary)
  ["solver_rlx", 2], // Ignore integer constraints: 2 = no
  ["solver_rsd", 0], // Random seed: 0 = from the clock
  ["solver_scl", 1], // Automatic scaling: 1 = yes
  ["solver_sho", 2], // Show iteration results: 2 = no
  ["solver_ssz", 100], // Population size (Multistart, Evolutionary)
  ["solver_tim", 2147483647], // Max time (s)
  ["solver_tol", 0.01], // Integer optimality (1%)
];

/** solver_relN codes. */
export const SOLVER_RELATION = { "<=": 1, "=": 2, ">=": 3 } as const;
/** solver_typ codes. */
const SOLVER_GOAL = { max: 1, min: 2, value: 3 } as const;
/** solver_eng codes. */
const SOLVER_ENGINE = { grg: 1, simplex: 2, evolutionary: 3 } as const;
/**
 * solver_lo_eng: the LibreOffice Calc engine for each Excel engine. LibreOffice
 * 24.2 and later read a sheet's solver_* names (sc/source/core/data/SolverSettings.cxx),
 * but take the engine from solver_lo_eng alone, and without it open the model with
 * CoinMP, a linear solver, which cannot solve our nonlinear model. The codes are
 * the ones LibreOffice itself maps Excel's engines to (SolverCodesToLOEngines):
 * its Swarm solver, built in (no Java needed), for GRG Nonlinear and Evolutionary.
 */
const LIBREOFFICE_ENGINE = {
  grg: "com.sun.star.comp.Calc.SwarmSolver",
  simplex: "com.sun.star.comp.Calc.CoinMPSolver",
  evolutionary: "com.sun.star.comp.Calc.SwarmSolver",
} as const;
/** The model format Excel 2010+ writes (solver_ver). */
const SOLVER_MODEL_VERSION = 3;

export interface SolverConstraint {
  /** A1 range on the plan's sheet. */
  lhs: string;
  relation: keyof typeof SOLVER_RELATION;
  /** A range of the same shape, or one constant for every cell. */
  rhs: { range: string } | { value: number };
}

export interface SolverModel {
  /** The objective cell. */
  objective: string;
  goal: keyof typeof SOLVER_GOAL;
  /** The decision cells (Solver's "By changing variable cells"). */
  variables: string;
  constraints: readonly SolverConstraint[];
  engine: keyof typeof SOLVER_ENGINE;
  /** Solver's "Make unconstrained variables non-negative". */
  nonNegative: boolean;
  /** GRG Multistart (a global search); off is Excel's default. */
  multistart: boolean;
}

/** The hidden names that store `model`, in the order Excel writes them. */
export function solverNames(model: SolverModel): PlanName[] {
  const names: PlanName[] = [];
  const hidden = (name: string, refersTo: PlanName["refersTo"], comment?: string): void => {
    names.push({ name, refersTo, hidden: true, ...(comment ? { comment } : {}) });
  };
  const goalComments = { max: "1 = maximise", min: "2 = minimise", value: "3 = value of" };
  const engineComments = {
    grg: "1 = GRG Nonlinear",
    simplex: "2 = Simplex LP",
    evolutionary: "3 = Evolutionary",
  };
  hidden("solver_opt", { range: model.objective });
  hidden("solver_typ", { value: SOLVER_GOAL[model.goal] }, goalComments[model.goal]);
  hidden("solver_val", { value: 0 });
  hidden("solver_adj", { range: model.variables });
  hidden("solver_num", { value: model.constraints.length });
  model.constraints.forEach((c, i) => {
    hidden(`solver_lhs${i + 1}`, { range: c.lhs });
    hidden(`solver_rel${i + 1}`, { value: SOLVER_RELATION[c.relation] }, "1 <=, 2 =, 3 >=");
    hidden(`solver_rhs${i + 1}`, c.rhs);
  });
  hidden("solver_eng", { value: SOLVER_ENGINE[model.engine] }, engineComments[model.engine]);
  // Excel ignores names it does not know; LibreOffice reads this one instead of solver_eng.
  hidden(
    "solver_lo_eng",
    { value: LIBREOFFICE_ENGINE[model.engine] },
    "the LibreOffice Calc engine of the same kind"
  );
  hidden(
    "solver_neg",
    { value: model.nonNegative ? 1 : 2 },
    model.nonNegative
      ? "1 = unconstrained variables are non-negative"
      : "2 = variables may be negative"
  );
  hidden(
    "solver_msl",
    { value: model.multistart ? 1 : 2 },
    model.multistart
      ? "Multistart: 1 = on (a global search)"
      : "Multistart: 2 = off (Excel's default); tick it for a global search"
  );
  hidden("solver_ver", { value: SOLVER_MODEL_VERSION });
  for (const [name, value] of SOLVER_DEFAULT_OPTIONS) hidden(name, { value });
  return names;
}
