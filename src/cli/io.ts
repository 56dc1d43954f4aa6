/**
 * The command line's view of the outside world, passed in so tests can run the
 * CLI in-process and read what it printed.
 */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
}

/** Exit codes shared by every `mkt` command. */
export const EXIT = {
  ok: 0,
  /** A usage mistake: unknown command, wrong number of arguments, unreadable input. */
  usage: 2,
  /** The command ran and the answer is an error value (or an infeasible model). */
  calcError: 3,
} as const;
