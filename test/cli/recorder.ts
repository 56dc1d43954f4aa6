/** A CliIo that records what a command printed, for in-process CLI tests. */
import { promises as fs } from "fs";
import type { CliIo } from "../../src/cli/io";

export function recorder(
  options: { readRealFiles?: boolean } = {}
): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    readFile: async (path) => (options.readRealFiles ? fs.readFile(path, "utf8") : ""),
    readBytes: async (path) =>
      options.readRealFiles ? new Uint8Array(await fs.readFile(path)) : new Uint8Array(0),
    writeFile: async () => undefined,
  };
}
