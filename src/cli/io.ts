/**
 * The command line's view of the outside world, passed in so tests can run the
 * CLI in-process and read what it printed.
 */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** The text of a file; `-` (STANDARD_INPUT) names standard input. */
  readFile(path: string): Promise<string>;
  /** A file's bytes as they are (a workbook). */
  readBytes(path: string): Promise<Uint8Array>;
  /**
   * Writes a file atomically (see writeFileAtomic). Unless `overwrite` is set it refuses to replace an existing
   * one by rejecting with a FileExistsError: a command never destroys a user's file silently.
   */
  writeFile(
    path: string,
    data: Uint8Array | string,
    options?: { overwrite?: boolean }
  ): Promise<void>;
}

/** What `writeFile` rejects with when the file exists and `overwrite` was not asked for. */
export class FileExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

/** Exit codes shared by every `mkt` command. */
export const EXIT = {
  ok: 0,
  /** A usage mistake: unknown command, wrong number of arguments, unreadable input. */
  usage: 2,
  /** The command ran and the answer is an error value (or an infeasible model). */
  calcError: 3,
} as const;
