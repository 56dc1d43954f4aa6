/**
 * One production build for the whole test run, into dist/ (or MKT_DIST_DIR):
 * the shell tests inspect it, the metadata test loads its functions.js, and the
 * end-to-end test serves its task pane to Chromium. A failing build fails the run.
 * MKT_SKIP_BUILD=1 reuses an existing build while iterating on unit tests.
 */
import { execFileSync } from "child_process";
import { join, resolve } from "path";

export const distDir = (): string =>
  resolve(process.env.MKT_DIST_DIR ?? join(__dirname, "..", "dist"));

export default function globalSetup(): void {
  if (process.env.MKT_SKIP_BUILD === "1") return;
  const started = Date.now();
  process.stdout.write("\nglobalSetup: production build (webpack --mode production) ...\n");
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: join(__dirname, ".."),
      env: { ...process.env, MKT_OUTPUT_DIR: distDir() },
      stdio: ["ignore", "ignore", "inherit"],
    }
  );
  process.stdout.write(
    `globalSetup: build finished in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
  );
}
