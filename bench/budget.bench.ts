/**
 * Budget engine benchmark: solve time of optimiseBudget (median and max over
 * seeded instances, each the median of REPEATS solves) for 10, 30 and 100
 * channels at the default certificate target (gap <= 1e-6 of the profit,
 * stricter than the 0.01% the issue asks), side by side with a 20-start
 * projected-gradient local solver (testkit/budget/localAllocator.ts):
 * its time and how much profit it leaves behind.
 * Targets (issue 12): 10 channels < 5 ms, 30 < 20 ms, 100 < 100 ms.
 * Run: npx tsx bench/budget.bench.ts  (or npm run bench)
 */
import { cpus, loadavg } from "os";
import { optimiseBudget } from "../src/core/budget";
import { generateModels } from "../testkit/budget/generateModels";
import { multistartLocalAllocate } from "../testkit/budget/localAllocator";

/**
 * Instances per size; each is timed REPEATS times and the median kept. The
 * median is robust to a GC pause or to the process being descheduled during a
 * few solves: on this 2-core machine shared by many sessions (load average 10
 * and more) a 1 ms solve can take 10 ms of wall time, which is the machine's
 * time, not the engine's; 15 repeats (5 before) keep such solves out of the
 * median. The CPU column is the process's CPU time (its GC and JIT threads
 * included) divided by the repeats.
 */
const INSTANCES = 10;
const REPEATS = 15;
const SIZES = [10, 30, 100];
const LOCAL_STARTS = 20;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const pct = (x: number) => `${(x * 100).toFixed(4)}%`;

export async function run(): Promise<void> {
  for (const m of generateModels(1, 5, { channels: 30 })) optimiseBudget(m);
  console.log(
    `Load average ${loadavg()[0].toFixed(2)} on ${cpus().length} cores (wall time suffers when it exceeds the core count).`
  );
  console.log(
    "channels | engine wall ms median / max | CPU ms median / max | nodes max | max gap/profit | local (20 starts) ms median / max | local short of engine: median / max | local beats engine+gap | zero start short >1%"
  );
  for (const n of SIZES) {
    const models = generateModels(9000 + n, INSTANCES, { channels: n });
    const wall: number[] = [];
    const cpu: number[] = [];
    const localMs: number[] = [];
    const short: number[] = [];
    let nodes = 0;
    let worstGap = 0;
    let beyond = 0;
    let zeroShort = 0;
    for (const [i, model] of models.entries()) {
      let solution = optimiseBudget(model);
      const perRepeat: number[] = [];
      const cpu0 = process.cpuUsage();
      for (let r = 0; r < REPEATS; r++) {
        const t0 = performance.now();
        solution = optimiseBudget(model);
        perRepeat.push(performance.now() - t0);
      }
      const used = process.cpuUsage(cpu0);
      wall.push(median(perRepeat));
      cpu.push((used.user + used.system) / 1000 / REPEATS);
      if (solution.status !== "optimal") continue;
      const profit = solution.totalProfit;
      nodes = Math.max(nodes, solution.certificate.nodes);
      worstGap = Math.max(worstGap, solution.certificate.gapShare);
      const t0 = performance.now();
      const local = multistartLocalAllocate(model, { starts: LOCAL_STARTS, seed: i + 1 });
      localMs.push(performance.now() - t0);
      short.push((profit - local.profit) / Math.abs(profit));
      if (local.profit > profit + solution.certificate.gapBound) beyond++;
      if (local.fromZero.profit < profit * (1 - 1e-2)) zeroShort++;
    }
    console.log(
      `${String(n).padStart(8)} | ${median(wall).toFixed(2)} / ${Math.max(...wall).toFixed(2)} | ${median(cpu).toFixed(2)} / ${Math.max(...cpu).toFixed(2)} | ${nodes} | ${pct(worstGap)}` +
        ` | ${median(localMs).toFixed(0)} / ${Math.max(...localMs).toFixed(0)} | ${pct(median(short))} / ${pct(Math.max(...short))} | ${beyond}/${short.length} | ${zeroShort}/${short.length}`
    );
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
