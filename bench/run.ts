/**
 * `npm run bench`: runs every bench/*.bench.ts in turn. Each module exports
 * `run(): Promise<void>` and prints its own figures; timing lives here, in
 * benchmarks, never in unit tests (a timed unit test fails on a busy machine
 * and proves nothing on an idle one).
 */
import { readdirSync } from "fs";
import { join } from "path";

async function main(): Promise<void> {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  if (files.length === 0) {
    console.log("no benchmarks yet");
    return;
  }
  for (const file of files) {
    console.log(`\n## ${file}`);
    const mod = (await import(join(__dirname, file))) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
