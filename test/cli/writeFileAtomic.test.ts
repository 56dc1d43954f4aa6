/**
 * Atomic writes: a full disk (simulated by a file system whose writes stop with
 * ENOSPC after the first 4 KiB, as a real one does) never leaves a broken or
 * half-written file, and an existing file survives byte for byte.
 */
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeFileAtomic, type AtomicWriteFs } from "../../src/cli/writeFileAtomic";
import { FileExistsError, type CliIo } from "../../src/cli/io";
import { main, nodeIo } from "../../src/cli/mkt";

const EXAMPLE = join(__dirname, "../../examples/sockets.json");
/** What the disk holds before it is full: a ZIP's first block, as in the reported 4 KB broken workbook. */
const ROOM = 4096;

const enospc = () =>
  Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });

const realWriteFile = fs.writeFile.bind(fs);

/** Writes the first ROOM bytes of `data` for real, then fails like a full disk. */
async function fillHandle(handle: fs.FileHandle, data: unknown): Promise<never> {
  const bytes = Buffer.from(data as Uint8Array | string);
  await handle.write(bytes, 0, Math.min(ROOM, bytes.length));
  throw enospc();
}

/** fs.promises.writeFile on a full disk: the first ROOM bytes, then ENOSPC. */
async function fillPath(path: unknown, data: unknown): Promise<never> {
  const bytes = Buffer.from(data as Uint8Array | string);
  await realWriteFile(path as string, bytes.subarray(0, ROOM));
  throw enospc();
}

/** Node's file system, except that writing file contents hits a full disk. */
const fullDiskFs: AtomicWriteFs = {
  ...fs,
  open: (async (...args: Parameters<typeof fs.open>) => {
    const handle = await fs.open(...args);
    handle.writeFile = (data: unknown) => fillHandle(handle, data);
    return handle;
  }) as typeof fs.open,
};

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), "mkt-atomic-"));
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

const BIG = Buffer.alloc(3 * ROOM, 7);
const ORIGINAL = Buffer.from("PK\u0003\u0004 the user's own workbook, every byte of it");

describe("writeFileAtomic", () => {
  it("writes a new file and leaves nothing else in the folder", async () => {
    const target = join(dir, "new.xlsx");
    await writeFileAtomic(target, BIG);
    expect(await fs.readFile(target)).toEqual(BIG);
    expect(await fs.readdir(dir)).toEqual(["new.xlsx"]);
  });

  it("refuses an existing file without overwrite, which survives byte for byte", async () => {
    const target = join(dir, "book.xlsx");
    await fs.writeFile(target, ORIGINAL);
    await expect(writeFileAtomic(target, BIG)).rejects.toBeInstanceOf(FileExistsError);
    expect(await fs.readFile(target)).toEqual(ORIGINAL);
    expect(await fs.readdir(dir)).toEqual(["book.xlsx"]);
  });

  it("replaces an existing file with overwrite", async () => {
    const target = join(dir, "book.xlsx");
    await fs.writeFile(target, ORIGINAL);
    await writeFileAtomic(target, BIG, { overwrite: true });
    expect(await fs.readFile(target)).toEqual(BIG);
    expect(await fs.readdir(dir)).toEqual(["book.xlsx"]);
  });

  it("on a full disk with overwrite, keeps the existing file byte for byte and removes the temporary", async () => {
    const target = join(dir, "book.xlsx");
    await fs.writeFile(target, ORIGINAL);
    await expect(
      writeFileAtomic(target, BIG, { overwrite: true, fs: fullDiskFs })
    ).rejects.toMatchObject({ code: "ENOSPC" });
    expect(await fs.readFile(target)).toEqual(ORIGINAL);
    expect(await fs.readdir(dir)).toEqual(["book.xlsx"]);
  });

  it("on a full disk without a target, creates nothing (no partial file blocks the next build)", async () => {
    const target = join(dir, "new.xlsx");
    await expect(writeFileAtomic(target, BIG, { fs: fullDiskFs })).rejects.toMatchObject({
      code: "ENOSPC",
    });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it("when fsync fails (an I/O error at flush), keeps the target and removes the temporary", async () => {
    const target = join(dir, "book.xlsx");
    await fs.writeFile(target, ORIGINAL);
    const failingSync: AtomicWriteFs = {
      ...fs,
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        handle.sync = () => Promise.reject(Object.assign(new Error("EIO"), { code: "EIO" }));
        return handle;
      }) as typeof fs.open,
    };
    await expect(
      writeFileAtomic(target, BIG, { overwrite: true, fs: failingSync })
    ).rejects.toMatchObject({ code: "EIO" });
    expect(await fs.readFile(target)).toEqual(ORIGINAL);
    expect(await fs.readdir(dir)).toEqual(["book.xlsx"]);
  });

  it.each(["EPERM", "ENOTSUP"])(
    "on a file system without hard links (%s) still writes, and still refuses an existing file",
    async (code) => {
      const noLinks: AtomicWriteFs = {
        ...fs,
        link: () => Promise.reject(Object.assign(new Error(code), { code })),
      };
      const target = join(dir, "new.xlsx");
      await writeFileAtomic(target, BIG, { fs: noLinks });
      expect(await fs.readFile(target)).toEqual(BIG);
      await expect(writeFileAtomic(target, ORIGINAL, { fs: noLinks })).rejects.toBeInstanceOf(
        FileExistsError
      );
      expect(await fs.readFile(target)).toEqual(BIG);
      expect(await fs.readdir(dir)).toEqual(["new.xlsx"]);
    }
  );
});

describe("mkt discount build on a full disk", () => {
  /**
   * The disk fills up whichever Node function the CLI writes with: the
   * whole-file writeFile or a FileHandle's. Spies on Node's own fs.promises so
   * nodeIo, the real CLI file system, is what is tested.
   */
  function fillTheDisk() {
    const realOpen = fs.open.bind(fs);
    jest.spyOn(fs, "writeFile").mockImplementation(fillPath as typeof fs.writeFile);
    jest.spyOn(fs, "open").mockImplementation((async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args);
      handle.writeFile = (data: unknown) => fillHandle(handle, data);
      return handle;
    }) as typeof fs.open);
  }

  const run = async (args: string[]) => {
    const err: string[] = [];
    const io: CliIo = { ...nodeIo, out: () => undefined, err: (l) => err.push(l) };
    fillTheDisk();
    const code = await main(["discount", "build", "--input", EXAMPLE, ...args], io);
    jest.restoreAllMocks();
    return { code, err: err.join("\n") };
  };

  it("--force keeps the user's existing workbook byte for byte", async () => {
    const target = join(dir, "sockets.xlsx");
    await fs.writeFile(target, ORIGINAL);
    const { code, err } = await run(["--out", target, "--force"]);
    expect(code).toBe(2);
    expect(err).toMatch(/cannot write .*sockets\.xlsx: ENOSPC/);
    expect(await fs.readFile(target)).toEqual(ORIGINAL);
    expect(await fs.readdir(dir)).toEqual(["sockets.xlsx"]);
  });

  it("without --force leaves no partial file, so the next build succeeds", async () => {
    const target = join(dir, "sockets.xlsx");
    expect((await run(["--out", target])).code).toBe(2);
    expect(await fs.readdir(dir)).toEqual([]);
    const again = await main(["discount", "build", "--input", EXAMPLE, "--out", target], {
      ...nodeIo,
      out: () => undefined,
    });
    expect(again).toBe(0);
    expect((await fs.readFile(target)).subarray(0, 2).toString()).toBe("PK");
  });
});
