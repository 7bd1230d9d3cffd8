/**
 * Draws the add-in's icons (assets/icon-*.png): a blue rounded square with a white "K", in the
 * sizes the manifest asks for. Pure Node (zlib), so it runs anywhere: `node src/tools/make-icons.mjs`.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const BLUE = [15, 108, 189];
const WHITE = [255, 255, 255];

function crc32(buf) {
  let c,
    crc = 0xffffffff;
  for (const byte of buf) {
    c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Distance from point p to segment ab. */
function segment(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Coverage of the shape at a point in unit coordinates: 0 outside, 1 = square, 2 = letter. */
function shapeAt(x, y) {
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r),
    cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return 0;
  const w = 0.075; // half stroke width
  const stem = segment(x, y, 0.34, 0.24, 0.34, 0.76) < w;
  const upper = segment(x, y, 0.36, 0.53, 0.68, 0.24) < w;
  const lower = segment(x, y, 0.45, 0.45, 0.7, 0.76) < w;
  return stem || upper || lower ? 2 : 1;
}

function png(size) {
  const S = 4; // supersampling per axis
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let inside = 0,
        letter = 0;
      for (let sy = 0; sy < S; sy++)
        for (let sx = 0; sx < S; sx++) {
          const v = shapeAt((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
          if (v > 0) inside++;
          if (v === 2) letter++;
        }
      const a = inside / (S * S),
        t = inside ? letter / inside : 0;
      const px = 1 + x * 4;
      for (let c = 0; c < 3; c++) row[px + c] = Math.round(BLUE[c] * (1 - t) + WHITE[c] * t);
      row[px + 3] = Math.round(a * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) writeFileSync(new URL(`../../assets/icon-${size}.png`, import.meta.url), png(size));
console.log(`icons: ${SIZES.join(", ")} px`);
