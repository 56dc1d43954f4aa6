/**
 * Writes the finished .xlsx package (a zip of XML parts) with archiver, whose
 * deflate is Node's native zlib. ExcelJS and the parts we add are assembled in
 * a JSZip object first (stored, not compressed: nothing is deflated twice);
 * only this last step compresses. JSZip's own deflate is pako, plain
 * JavaScript: on a 100,000-store sheet it took most of the export's time and
 * its garbage collection most of the rest (measured with node --cpu-prof).
 *
 * A part is bytes, or text chunks produced while the zip is written, so the
 * rows of a large data sheet never exist as one string.
 */
import archiver from "archiver";
import { Readable } from "stream";

export interface PackagePart {
  /** Path inside the package, e.g. "xl/worksheets/sheet2.xml". */
  name: string;
  content: Uint8Array | Iterable<string>;
}

/** Text chunks as a byte stream (UTF-8), read by archiver only as fast as it compresses. */
function byteStream(chunks: Iterable<string>): Readable {
  return Readable.from(
    (function* () {
      for (const chunk of chunks) yield Buffer.from(chunk, "utf8");
    })()
  );
}

/** The parts, in order, as one zip file; `level` is zlib's 1 (fastest) to 9 (smallest). */
export async function zipPackage(
  parts: readonly PackagePart[],
  level: number
): Promise<Uint8Array> {
  const archive = archiver("zip", { zlib: { level } });
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    archive.on("data", (chunk: Buffer) => chunks.push(chunk));
    archive.on("end", () => resolve());
    archive.on("error", reject);
    archive.on("warning", reject);
  });
  for (const { name, content } of parts) {
    const source =
      content instanceof Uint8Array
        ? Buffer.from(content.buffer, content.byteOffset, content.byteLength)
        : byteStream(content);
    archive.append(source, { name });
  }
  void archive.finalize().catch(() => undefined); // its failure also rejects `done`
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
