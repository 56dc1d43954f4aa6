/**
 * Writes a file so that the target is either its old self or the complete new
 * content, never something in between: the data goes to a temporary file in the
 * target's own folder (so the final rename stays on one file system and is
 * atomic), is flushed to disk with fsync, and only then takes the target's name.
 * Any failure (a full disk, a quota, a killed process half-way) removes the
 * temporary file and leaves the target untouched, byte for byte.
 *
 * Every `mkt` command that writes a file goes through this one function (via
 * `nodeIo.writeFile`), so each of them keeps that promise.
 */
import { promises as fsPromises } from "fs";
import { basename, dirname, join } from "path";
import { randomBytes } from "crypto";
import { FileExistsError } from "./io";

/** The part of the file system the writer uses: injected in tests to simulate a full disk. */
export interface AtomicWriteFs {
  open: typeof fsPromises.open;
  rename: typeof fsPromises.rename;
  link: typeof fsPromises.link;
  unlink: typeof fsPromises.unlink;
}

export interface AtomicWriteOptions {
  /** Replace an existing target (the CLI's --force). Without it an existing target is an error. */
  overwrite?: boolean;
  /** The file system to use; Node's by default. */
  fs?: AtomicWriteFs;
}

/** Hidden beside the target, unique per process and call, so two writers never share one. */
function temporaryPath(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`
  );
}

const errnoCode = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;

/**
 * Gives the finished temporary file the target's name. Without `overwrite`,
 * link() is the atomic "create unless it exists" (EEXIST, no check-then-write
 * race); a file system without hard links (FAT, some network shares) falls back
 * to a check followed by rename, which can only lose a race against a file
 * created in the same instant.
 */
async function publish(fs: AtomicWriteFs, temp: string, target: string, overwrite: boolean) {
  if (overwrite) return fs.rename(temp, target);
  try {
    await fs.link(temp, target);
  } catch (error) {
    if (errnoCode(error) === "EEXIST") throw new FileExistsError(target);
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"].includes(errnoCode(error) ?? ""))
      throw error;
    const exists = await fs.open(target, "r").then(
      (handle) => handle.close().then(() => true),
      () => false
    );
    if (exists) throw new FileExistsError(target);
    return fs.rename(temp, target);
  }
  // The target is complete under its name; a left-over second link is only clutter.
  await fs.unlink(temp).catch(() => undefined);
}

/** Makes the rename itself durable (POSIX); folders cannot be opened so on Windows, hence best effort. */
async function syncFolder(fs: AtomicWriteFs, target: string): Promise<void> {
  try {
    const folder = await fs.open(dirname(target), "r");
    await folder.sync().finally(() => folder.close());
  } catch {
    // Not every platform or file system supports it; the data itself is already synced.
  }
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {}
): Promise<void> {
  const fs = options.fs ?? fsPromises;
  const temp = temporaryPath(target);
  // "wx": the temporary name is ours alone; never follow someone else's file.
  const handle = await fs.open(temp, "wx");
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await publish(fs, temp, target, options.overwrite ?? false);
  } catch (error) {
    // The temporary file may already be gone (renamed): nothing to clean up then.
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(fs, target);
}
