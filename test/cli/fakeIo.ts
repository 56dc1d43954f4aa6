/** An in-memory CliIo for running commands in-process: what they print and write is kept for the test. */
import { promises as fs } from "fs";
import type { CliIo } from "../../src/cli/io";

/** Reads `files` first, then the disk; writes go to `written`. */
export function fakeIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written = new Map<string, Uint8Array | string>();
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: async (p) => (p in files ? files[p] : fs.readFile(p, "utf8")),
    readBytes: async (p) =>
      p in files ? new TextEncoder().encode(files[p]) : new Uint8Array(await fs.readFile(p)),
    writeFile: async (p, d) => {
      written.set(p, d);
    },
  };
  return { io, out, err, written };
}
