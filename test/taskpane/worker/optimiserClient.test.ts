import { optimiseDiscounts } from "../../../src/core/discount";
import type { OptimiseRequest, OptimiseResponse } from "../../../src/taskpane/worker/protocol";
import { OptimiserClient, type WorkerLike } from "../../../src/taskpane/worker/optimiserClient";
import { ARTICLE_EXAMPLE } from "../../../src/taskpane/state/modelForm";
import { optimiseBudget } from "../../../src/core/budget";
import { BUDGET_EXAMPLE } from "../../../src/taskpane/state/budgetForm";

/** The discount model of a request (the test posts only discount requests there). */
function discountModel(request: OptimiseRequest) {
  if (request.kind !== "discount")
    throw new Error(`expected a discount request, got ${request.kind}`);
  return request.model;
}

/** A worker double that answers asynchronously, optionally out of order. */
class FakeWorker implements WorkerLike {
  readonly posted: OptimiseRequest[] = [];
  private onMessage: ((e: { data: OptimiseResponse }) => void) | null = null;
  private onError: ((e: { message?: string }) => void) | null = null;
  postMessage(message: OptimiseRequest): void {
    this.posted.push(message);
  }
  addEventListener(type: "message" | "error", listener: (event: never) => void): void {
    if (type === "message") this.onMessage = listener as (e: { data: OptimiseResponse }) => void;
    else this.onError = listener as (e: { message?: string }) => void;
  }
  answer(response: OptimiseResponse) {
    this.onMessage?.({ data: response });
  }
  crash(message: string) {
    this.onError?.({ message });
  }
}

describe("OptimiserClient", () => {
  it("creates the worker once and resolves each request with its own answer", async () => {
    const workers: FakeWorker[] = [];
    const client = new OptimiserClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const a = client.solve(ARTICLE_EXAMPLE);
    const b = client.solve({ ...ARTICLE_EXAMPLE, listPrice: 1300 });
    expect(workers).toHaveLength(1);
    const [reqA, reqB] = workers[0].posted;
    workers[0].answer({ id: reqB.id, ok: true, solution: optimiseDiscounts(discountModel(reqB)) });
    workers[0].answer({ id: reqA.id, ok: true, solution: optimiseDiscounts(discountModel(reqA)) });
    const [solA, solB] = await Promise.all([a, b]);
    expect(
      solA.status === "optimal" && solB.status === "optimal" && solB.profit > solA.profit
    ).toBe(true);
  });

  it("rejects with the worker's message", async () => {
    const worker = new FakeWorker();
    const client = new OptimiserClient(() => worker);
    const p = client.solve(ARTICLE_EXAMPLE);
    worker.answer({ id: worker.posted[0].id, ok: false, message: "tiers[0].orders must be >= 0" });
    await expect(p).rejects.toThrow("tiers[0].orders must be >= 0");
  });

  it("fails everything pending when the worker crashes and starts a new worker next time", async () => {
    const workers: FakeWorker[] = [];
    const client = new OptimiserClient(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    });
    const p = client.solve(ARTICLE_EXAMPLE);
    workers[0].crash("out of memory");
    await expect(p).rejects.toThrow(/stopped unexpectedly: out of memory/);
    void client.solve(ARTICLE_EXAMPLE);
    expect(workers).toHaveLength(2);
  });

  it("sends budget models to the same worker, tagged as budget requests, and resolves with the allocation", async () => {
    const workers: FakeWorker[] = [];
    const client = new OptimiserClient(
      () => {
        const w = new FakeWorker();
        workers.push(w);
        return w;
      },
      () => "ru"
    );
    const discount = client.solve(ARTICLE_EXAMPLE);
    const budget = client.solveBudget(BUDGET_EXAMPLE);
    expect(workers).toHaveLength(1);
    const [reqD, reqB] = workers[0].posted;
    expect([reqD.kind, reqB.kind, reqB.locale]).toEqual(["discount", "budget", "ru"]);
    if (reqB.kind !== "budget") return;
    workers[0].answer({ id: reqB.id, ok: true, solution: optimiseBudget(reqB.model) });
    workers[0].answer({ id: reqD.id, ok: true, solution: optimiseDiscounts(discountModel(reqD)) });
    const [solD, solB] = await Promise.all([discount, budget]);
    expect(solB.status === "optimal" && solB.channels.length).toBe(2);
    expect(solD.status).toBe("optimal");
  });
});
