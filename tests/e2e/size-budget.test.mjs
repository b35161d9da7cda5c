// Size: a blog reader on a phone pays for every byte before seeing anything.
//
// The product budget is 140 KB gzip for dist/embed with both widgets, the cost estimator and
// both languages (target 100 KB). It is NOT met yet: the bundle is 170,957 bytes (issue 16's
// third option and Savings Plans were paid for by writing listener-free views as text,
// dependencies at opt-level "s", a second wasm-opt round and heights as differences;
// BENCHMARKS.md lists what still costs bytes). Until it is, this test is a ratchet: it fails
// if the bundle grows past the ceiling below, so nothing makes it worse unnoticed. Lower
// CEILING_BYTES with every change that saves bytes, down to BUDGET_BYTES; 171 000 is the
// project's hard limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DIST } from './harness.mjs';

const BUDGET_BYTES = 140_000;
// Raised from 170 000 for issue 14's corrections (Windows pricing, the statuses in words,
// the pricing row in numbers, the re-checked facts): 168 237 -> 170 808 bytes here, paid
// down in part by caveats sharing their facts' words. 171 000 is the project's hard limit.
const CEILING_BYTES = 171_000;

async function embedGzipBytes() {
  const dir = join(DIST, 'embed');
  const files = (await readdir(dir, { withFileTypes: true })).filter((f) => f.isFile());
  assert.deepEqual(files.map((f) => f.name).sort(), ['container-compass.js', 'container-compass.wasm']);
  let total = 0;
  // GNU gzip -9, the measure the budget is stated in (and `cargo xtask dist` prints); Node's
  // zlib at level 9 reads 0.7 % larger on the wasm.
  for (const file of files) {
    total += execFileSync('gzip', ['-9', '-c', '-n'], { input: await readFile(join(dir, file.name)), maxBuffer: 1 << 24 }).length;
  }
  return total;
}

test(`dist/embed does not grow past the ${CEILING_BYTES / 1000} KB gzip ratchet`, async () => {
  const total = await embedGzipBytes();
  assert.ok(total <= CEILING_BYTES, `dist/embed is ${total} bytes gzip, over the ${CEILING_BYTES} ratchet`);
  if (total > BUDGET_BYTES) {
    console.log(`# dist/embed: ${total} bytes gzip; the budget of ${BUDGET_BYTES} is not met yet`);
  }
});
