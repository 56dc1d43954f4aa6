/**
 * Discount engine benchmark: solve time of optimiseDiscounts at the default
 * 0.1-point grid for 3, 6, 12 and 20 tiers with 3 and 10 segments (target:
 * 12 tiers x 3 segments under 50 ms), and the profit it finds against the
 * best of the 20-start local optimiser on the same seeded instances.
 * Run: npx tsx bench/discount.bench.ts  (or npm run bench)
 */
import { readFileSync } from "fs";
import { cpus, loadavg } from "os";
import { join } from "path";
import { optimiseDiscounts, validateDiscountModel } from "../src/core/discount";
import { generateModels } from "../testkit/generateModels";
import { multistartLocalOptimise } from "../testkit/localOptimiser";

/** Instances per shape; each is timed REPEATS times and the median kept (robust to GC pauses). */
const INSTANCES = 12;
const REPEATS = 5;
const TIERS = [3, 6, 12, 20];
const SEGMENTS = [3, 10];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<void> {
  // Warm the JIT on a throwaway shape so the first row is not charged for compilation.
  for (const m of generateModels(1, 5, () => ({ tiers: 6, segments: 3 }))) optimiseDiscounts(m);
  console.log(
    `Load average ${loadavg()[0].toFixed(2)} on ${cpus().length} cores (wall time suffers when it exceeds the core count).`
  );
  const sample = validateDiscountModel(
    readFileSync(join(__dirname, "../examples/sockets.json"), "utf8")
  );
  if (sample.ok) {
    const ms: number[] = [];
    for (let r = 0; r < 5; r++) optimiseDiscounts(sample.model);
    for (let r = 0; r < 20; r++) {
      const t0 = performance.now();
      optimiseDiscounts(sample.model);
      ms.push(performance.now() - t0);
    }
    console.log(
      `Article sample (3 tiers x 3 segments, 0.1-point grid): median ${median(ms).toFixed(2)} ms over 20 solves`
    );
  }
  console.log(
    "tiers x segs | feasible | wall ms median / max | CPU ms median / max | (engine - best local) / engine | local beats engine+gap | zero-start short >0.1% | max gapBound/profit"
  );
  for (const T of TIERS) {
    for (const S of SEGMENTS) {
      const models = generateModels(1000 + 10 * T + S, INSTANCES, () => ({
        tiers: T,
        segments: S,
      }));
      const times: number[] = [];
      // CPU time as well as wall time: on a shared machine the wall clock also counts other processes.
      const cpuTimes: number[] = [];
      let feasible = 0;
      let minDiff = Infinity;
      let maxDiff = -Infinity;
      let zeroShort = 0;
      let worstGap = 0;
      let beyondCertificate = 0;
      for (const [i, model] of models.entries()) {
        const perRepeat: number[] = [];
        let solution = optimiseDiscounts(model);
        const cpu0 = process.cpuUsage();
        for (let r = 0; r < REPEATS; r++) {
          const t0 = performance.now();
          solution = optimiseDiscounts(model);
          perRepeat.push(performance.now() - t0);
        }
        const cpu = process.cpuUsage(cpu0);
        times.push(median(perRepeat));
        cpuTimes.push((cpu.user + cpu.system) / 1000 / REPEATS);
        if (solution.status !== "optimal") continue;
        feasible++;
        worstGap = Math.max(
          worstGap,
          solution.certificate.gapBound / Math.abs(solution.profit || 1)
        );
        const local = multistartLocalOptimise(model, { starts: 20, seed: i + 1 });
        if (local === null) continue;
        const diff = (solution.profit - local.profit) / Math.abs(solution.profit || 1);
        if (local.profit > solution.profit + solution.certificate.gapBound) beyondCertificate++;
        minDiff = Math.min(minDiff, diff);
        maxDiff = Math.max(maxDiff, diff);
        if (!local.fromZero.feasible || local.fromZero.profit < solution.profit * (1 - 1e-3))
          zeroShort++;
      }
      const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(4)}%` : "n/a");
      console.log(
        `${String(T).padStart(2)} x ${String(S).padStart(2)}      | ${feasible}/${INSTANCES}    | ${median(times).toFixed(1)} / ${Math.max(...times).toFixed(1)}` +
          ` | ${median(cpuTimes).toFixed(1)} / ${Math.max(...cpuTimes).toFixed(1)} | ${pct(minDiff)} .. ${pct(maxDiff)} | ${beyondCertificate} | ${zeroShort}/${feasible} | ${pct(worstGap)}`
      );
    }
  }
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
