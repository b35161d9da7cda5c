// A host page that fights its widgets: `* { all: unset }`, `table { display: none }`,
// `html { font-size: 5px }`, `button { color: red !important }`, an RTL body, a capture-phase
// click listener, two copies of the loader, an element removed before the wasm loads,
// attributes changed rapidly and twenty instances. The widgets must look and behave as on a
// plain page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, differingPixels, launchChromium, serve, waitForWidget, watchErrors } from './harness.mjs';

let work;
let server;
let browser;

before(async () => {
  // The fixture pages and the embed files, served from one origin.
  work = await mkdtemp(join(tmpdir(), 'cc-hostile-'));
  await cp(join(ROOT, 'tests/e2e/fixtures/hostile'), work, { recursive: true });
  await cp(join(DIST, 'embed'), join(work, 'embed'), { recursive: true });
  server = await serve(work);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function open(t, path) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = watchErrors(page);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(server.url + path);
  await waitForWidget(page, '#chooser');
  return { page, errors, requests };
}

test('the chooser looks the same on the hostile page as on a plain one', async (t) => {
  const plain = await open(t, '/plain.html');
  const hostile = await open(t, '/index.html');
  await hostile.page.waitForFunction(() =>
    document.querySelector('#chooser').shadowRoot.querySelector('.widget').lang === 'en');
  const [a, b] = await Promise.all([
    plain.page.locator('#chooser').screenshot(),
    hostile.page.locator('#chooser').screenshot(),
  ]);
  // The element may sit at a different sub-pixel offset on the two pages, which changes the
  // anti-aliasing of its outer border: allow two rows of border pixels and the corners. A real
  // difference (a font, a colour, a layout) changes thousands.
  const { width } = await plain.page.locator('#chooser').boundingBox();
  const differing = differingPixels(a, b);
  assert.ok(differing <= 2 * Math.ceil(width) + 100, `${differing} pixels differ between the plain and the hostile page`);
});

test('on the hostile page every widget works, with no error and no stray request', async (t) => {
  const { page, errors, requests } = await open(t, '/index.html');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('#many ecs-eks-matrix')].every((el) => el.shadowRoot?.querySelector('.widget')));
  assert.equal(await page.$$eval('#many ecs-eks-matrix', (els) => els.length), 20);

  // A click still reaches the widget (and the host's capture listener still sees it).
  await page.locator('#chooser #need-gpu').click();
  await page.waitForFunction(() =>
    document.querySelector('#chooser').shadowRoot.querySelector('.blockers') !== null);
  assert.ok(await page.evaluate(() => window.hostClicks) >= 1);

  // Moving an element does not remount it: the same rendered nodes, the same answers.
  const same = await page.evaluate(async () => {
    const chooser = document.querySelector('#chooser');
    const before = chooser.shadowRoot.querySelector('.widget');
    document.getElementById('elsewhere').append(chooser);
    // The loader defers its disconnect work to a microtask and a remount would render
    // within the next frame; two frames later, either would have happened.
    for (let frame = 0; frame < 2; frame += 1) await new Promise(requestAnimationFrame);
    return chooser.shadowRoot.querySelector('.widget') === before
      && chooser.shadowRoot.querySelector('#need-gpu').checked;
  });
  assert.equal(same, true);

  assert.deepEqual(errors, []);
  const allowed = ['/index.html', '/hostile.css', '/size.css', '/host.js', '/embed/container-compass.js', '/embed/container-compass.wasm'];
  assert.deepEqual([...new Set(requests)].filter((path) => !allowed.includes(path)), []);
});
