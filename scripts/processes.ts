/**
 * What `npm start` and `npm run stop` share: how to run a package's command
 * line, and where the Linux dev server's pid is recorded for `npm run stop`.
 */
import { join } from "path";

export const DEV_SERVER_PID_FILE = join(
  __dirname,
  "..",
  "node_modules",
  ".cache",
  "mkt",
  "dev-server.pid"
);

/**
 * Runs a package's command-line script with this Node rather than through
 * node_modules/.bin: some packages ship their CLI without the executable bit, and
 * the .bin link then fails with "Permission denied" on Linux and macOS; spawning
 * Node directly also needs no shell on Windows.
 */
export function nodeScript(script: string, args: string[]): [string, string[]] {
  return [process.execPath, [require.resolve(script), ...args]];
}
