// Cutting an element out of a screenshot of the window: the decoder is the e2e harness's;
// this writes the part kept back out as an 8-bit PNG of the same colour type.
import { crc32, deflateSync } from 'node:zlib';
import { decodePng } from '../e2e/harness.mjs';

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** The `width` × `height` pixels of `png` whose top-left corner is at `x`, `y`. */
export function cropPng(png, { x, y, width, height }) {
  const image = decodePng(png);
  if (x < 0 || y < 0 || x + width > image.width || y + height > image.height) {
    throw new Error(`cannot cut ${width}×${height} at ${x},${y} from ${image.width}×${image.height}`);
  }
  const { channels } = image;
  // Each row: filter type 0 (none), then its pixels.
  const raw = Buffer.concat(image.rows.slice(y, y + height).map((row) =>
    Buffer.concat([Buffer.from([0]), row.subarray(x * channels, (x + width) * channels)])));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = image.channels === 4 ? 6 : 2;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
