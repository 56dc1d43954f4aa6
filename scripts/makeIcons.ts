/**
 * Draws the add-in's icon (a rising bar chart with a discount tag on a teal
 * tile) at every size the manifest references and writes them to assets/ as
 * PNG. Kept in the repo so the artwork can be changed and re-rendered:
 *   npx tsx scripts/makeIcons.ts
 * Shapes are defined in a 0..1 unit square and rasterised with 4x4
 * supersampling, so small sizes stay crisp without an image library.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { deflateSync } from "zlib";

type Rgba = [number, number, number, number];
type Shape = { inside(x: number, y: number): boolean; color: Rgba };

const TILE: Rgba = [0, 120, 112, 255];
const BAR: Rgba = [255, 255, 255, 255];
const TAG: Rgba = [255, 196, 0, 255];
const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4;

function roundedRect(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  r: number,
  color: Rgba
): Shape {
  return {
    color,
    inside(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  };
}

function circle(cx: number, cy: number, r: number, color: Rgba): Shape {
  return { color, inside: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r };
}

// Painter's order: later shapes cover earlier ones.
const SHAPES: Shape[] = [
  roundedRect(0.02, 0.02, 0.98, 0.98, 0.18, TILE),
  roundedRect(0.16, 0.58, 0.32, 0.84, 0.03, BAR),
  roundedRect(0.4, 0.44, 0.56, 0.84, 0.03, BAR),
  roundedRect(0.64, 0.26, 0.8, 0.84, 0.03, BAR),
  circle(0.3, 0.3, 0.13, TAG),
  circle(0.3, 0.3, 0.045, TILE),
];

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // leading 0 = PNG filter "None"
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          let color: Rgba = [0, 0, 0, 0];
          for (const shape of SHAPES) if (shape.inside(x, y)) color = shape.color;
          // Premultiply so edges blend towards transparent, not towards black.
          sum[0] += color[0] * color[3];
          sum[1] += color[1] * color[3];
          sum[2] += color[2] * color[3];
          sum[3] += color[3];
        }
      }
      const alpha = sum[3] / SUPERSAMPLE ** 2;
      const offset = 1 + px * 4;
      for (let c = 0; c < 3; c++) row[offset + c] = sum[3] === 0 ? 0 : Math.round(sum[c] / sum[3]);
      row[offset + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return encodePng(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  const file = join(__dirname, "..", "assets", `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
