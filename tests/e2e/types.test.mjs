// The package's TypeScript declarations compile against a realistic use (tests/types).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './harness.mjs';

test('the .d.ts files type-check a realistic consumer under --strict', () => {
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  const run = spawnSync(tsc, ['-p', join(ROOT, 'tests/types/tsconfig.json')], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
