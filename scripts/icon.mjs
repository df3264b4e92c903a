#!/usr/bin/env node
// Usage: node scripts/icon.mjs docs/icon.png
// Draws the extension's icon: a page of two columns of text lines (French | Dutch), each line of
// the left column level with its counterpart on the right. Written as a PNG with node:zlib.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
const size = 128;
const px = Buffer.alloc(size * size * 4);
const set = (x, y, [r, g, b, a]) => {
  const i = (y * size + x) * 4;
  px[i] = r;
  px[i + 1] = g;
  px[i + 2] = b;
  px[i + 3] = a;
};
const rect = (x0, y0, x1, y1, c) => {
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) set(x, y, c);
};
const round = (x0, y0, x1, y1, r, c) => {
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const dx = Math.max(x0 + r - x - 0.5, 0, x - (x1 - r) + 0.5);
      const dy = Math.max(y0 + r - y - 0.5, 0, y - (y1 - r) + 0.5);
      if (dx * dx + dy * dy <= r * r) set(x, y, c);
    }
};
round(4, 4, 124, 124, 18, [24, 52, 96, 255]); // the page, Senate blue
round(14, 14, 114, 114, 8, [250, 248, 240, 255]); // paper
rect(62, 22, 66, 106, [24, 52, 96, 255]); // the rule between the columns
const lines = [
  [24, 58, 52],
  [24, 58, 44],
  [24, 58, 56],
  [24, 58, 40],
  [24, 58, 50],
  [24, 58, 46],
  [24, 58, 54],
];
lines.forEach(([y0, _, w], i) => {
  const y = 26 + i * 11;
  rect(22, y, 22 + Math.min(w - 14, 36), y + 5, [196, 30, 58, 255]); // French, left: red
  rect(72, y, 72 + Math.min(w - 10, 36), y + 5, [230, 160, 20, 255]); // Dutch, right: amber
});
const raw = Buffer.alloc((size * 4 + 1) * size);
for (let y = 0; y < size; y++) {
  raw[y * (size * 4 + 1)] = 0;
  px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
}
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(size, 0);
ihdr.writeUInt32BE(size, 4);
ihdr[8] = 8;
ihdr[9] = 6;
ihdr[10] = 0;
ihdr[11] = 0;
ihdr[12] = 0;
writeFileSync(
  process.argv[2],
  Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]),
);
