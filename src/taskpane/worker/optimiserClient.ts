/**
 * A promise in front of the optimisers' worker: `solve(model)` (discounts) and
 * `solveBudget(model)` post the model and resolve with the worker's answer for
 * that request id. The worker is created on first use (it costs a script
 * download and start-up) and reused by both engines.
 */
import type { DiscountModelInput } from "../../core/discount/model";
import type { DiscountSolution } from "../../core/discount";
import type { BudgetModelInput, BudgetSolution } from "../../core/budget";
import { t, type Locale } from "../../core/i18n";
import { UserFacingError } from "../state/userFacingError";
import type { Engines, EngineKind, OptimiseRequest, OptimiseResponse } from "./protocol";

/** The part of `Worker` the client uses; tests pass a fake. */
export interface WorkerLike {
  postMessage(message: OptimiseRequest): void;
  addEventListener(type: "message", listener: (event: { data: OptimiseResponse }) => void): void;
  addEventListener(type: "error", listener: (event: { message?: string }) => void): void;
}

type Solution = Engines[EngineKind]["solution"];

export class OptimiserClient {
  private worker: WorkerLike | null = null;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (s: Solution) => void; reject: (e: UserFacingError) => void }
  >();

  constructor(
    private readonly createWorker: () => WorkerLike,
    /** The language the worker writes the optimiser's explanation in. */
    private readonly locale: () => Locale = () => "en"
  ) {}

  solve(model: DiscountModelInput): Promise<DiscountSolution> {
    return this.request({ kind: "discount", model }) as Promise<DiscountSolution>;
  }

  solveBudget(model: BudgetModelInput): Promise<BudgetSolution> {
    return this.request({ kind: "budget", model }) as Promise<BudgetSolution>;
  }

  /** The worker answers a request with the solution of the engine it names. */
  private request(
    payload:
      { kind: "discount"; model: DiscountModelInput } | { kind: "budget"; model: BudgetModelInput }
  ): Promise<Solution> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...payload, locale: this.locale() });
    });
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener("message", (event) => {
      const waiting = this.pending.get(event.data.id);
      if (!waiting) return;
      this.pending.delete(event.data.id);
      if (event.data.ok) waiting.resolve(event.data.solution);
      else waiting.reject(new UserFacingError(event.data.message));
    });
    worker.addEventListener("error", (event) => {
      // A crashed worker answers nobody: fail everything pending, start afresh next time.
      const error = new UserFacingError(
        event.message
          ? t("office.optimiserStoppedWith", { detail: event.message })
          : t("office.optimiserStopped")
      );
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.worker = null;
    });
    this.worker = worker;
    return worker;
  }
}
