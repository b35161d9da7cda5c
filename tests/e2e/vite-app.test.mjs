// A front-end developer's app: `npm pack` the built package, install the tarball into a Vite
// app, build it, and use both widgets and the engine in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, launchChromium, serve, shadowText, waitForWidget, watchErrors } from './harness.mjs';

const FIXTURE = join(ROOT, 'tests/e2e/fixtures/vite-app');
let work;
let server;
let browser;

const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'cc-vite-'));
  const packed = run('npm', ['pack', join(DIST, 'npm'), '--pack-destination', work, '--silent'], work).trim();
  const app = join(work, 'app');
  await cp(FIXTURE, app, { recursive: true, filter: (src) => !src.includes('node_modules') });
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], app);
  run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', join(work, packed)], app);
  run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], app);
  server = await serve(join(app, 'dist'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

test('the packed package installs, builds with Vite, and both widgets render and respond', async (t) => {
  const page = await browser.newPage();
  t.after(() => page.close());
  const errors = watchErrors(page);
  await page.goto(server.url + '/');
  await waitForWidget(page, '#chooser');
  await waitForWidget(page, '#matrix');
  assert.match(await shadowText(page, '#matrix'), /학습 곡선/);
  await page.waitForFunction(() => document.getElementById('engine').textContent !== '');
  assert.equal(await page.locator('#engine').textContent(), 'engine: ec2');

  const answer = () => page.$eval('#chooser', (el) => el.shadowRoot.querySelector('.answer').textContent);
  await page.locator('#chooser #need-gpu').check();
  await page.waitForFunction(() =>
    document.querySelector('#chooser').shadowRoot.querySelector('.blockers') !== null);
  assert.match(await answer(), /^EC2/);
  assert.deepEqual(errors, []);
});
