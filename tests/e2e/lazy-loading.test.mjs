// A good citizen of a long page: a widget downloads nothing until the reader comes near it
// (loading="eager" opts out, the JS API loads on its first call), and the box it shows until
// then is as tall as the widget will be, so nothing on the page moves when it renders.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, launchChromium, serve, waitForWidget, watchErrors } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve(join(DIST, 'site'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const SCREENS_OF_TEXT = '<p style="height:1000vh">A long post.</p>';
const pageWith = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><script type="module" src="/embed/container-compass.js"></script></head>
<body style="margin:0">${body}</body></html>`;

/** Opens `body`; resolves once the loader has run and the page has rendered two frames since. */
async function open(t, body, { width = 1024, height = 800 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = watchErrors(page);
  const wasmRequests = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/container-compass.wasm')) wasmRequests.push(request.url()); // the widgets'
  });
  await page.route(server.url + '/t.html', (route) =>
    route.fulfill({ body: pageWith(body), contentType: 'text/html' }));
  await page.goto(server.url + '/t.html');
  await page.waitForFunction(() => customElements.get('ecs-eks-matrix') !== undefined);
  // Intersection observers report on the rendering step; two frames later they have.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return { page, errors, wasmRequests };
}

const rendered = (page, selector) =>
  page.$eval(selector, (el) => el.shadowRoot?.querySelector('.widget') != null);

test('a widget ten screens down downloads no wasm until the reader comes near it', async (t) => {
  const { page, errors, wasmRequests } = await open(t,
    `${SCREENS_OF_TEXT}<ecs-eks-matrix id="far"></ecs-eks-matrix>${SCREENS_OF_TEXT}
     <ec2-fargate-chooser id="farther"></ec2-fargate-chooser>`);
  assert.deepEqual(wasmRequests, []);
  assert.equal(await rendered(page, '#far'), false);
  // The placeholder says what it is, in the page's language.
  assert.equal(await page.$eval('#far', (el) => el.shadowRoot.textContent), 'Loading…');

  await waitForWidget(page, '#far');
  assert.equal(wasmRequests.length, 1);
  // The wasm is loaded now, but a widget still ten screens away is not mounted yet.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await rendered(page, '#farther'), false);
  await waitForWidget(page, '#farther');
  assert.equal(wasmRequests.length, 1, 'one download for every widget');
  assert.deepEqual(errors, []);
});

test('loading="eager" loads at once, and so does setting it later', async (t) => {
  const { page, wasmRequests } = await open(t,
    `${SCREENS_OF_TEXT}<ecs-eks-matrix id="eager" loading="eager"></ecs-eks-matrix>
     ${SCREENS_OF_TEXT}<ec2-fargate-chooser id="later"></ec2-fargate-chooser>`);
  await page.waitForFunction(() => document.querySelector('#eager').shadowRoot.querySelector('.widget'));
  assert.equal(wasmRequests.length, 1);
  assert.equal(await page.evaluate(() => scrollY), 0, 'nothing scrolled');
  assert.equal(await rendered(page, '#later'), false);
  await page.$eval('#later', (el) => el.setAttribute('loading', 'eager'));
  await page.waitForFunction(() => document.querySelector('#later').shadowRoot.querySelector('.widget'));
});

test('the JS API loads its own wasm on its first call, and no widget is mounted for it', async (t) => {
  const { page, wasmRequests } = await open(t, `${SCREENS_OF_TEXT}<ecs-eks-matrix id="far"></ecs-eks-matrix>`);
  const engineRequests = [];
  page.on('request', (request) => {
    if (request.url().endsWith('container-compass-engine.wasm')) engineRequests.push(request.url());
  });
  assert.deepEqual(wasmRequests, []);
  const choice = await page.evaluate(async () => {
    const { recommendCompute } = await import('/engine/container-compass-engine.js');
    return (await recommendCompute({ orchestrator: 'ecs', needs: { gpu: true } })).choice;
  });
  assert.equal(choice, 'ec2');
  // The engine's wasm, once; the widgets' wasm not at all, as the far widget is not needed.
  assert.equal(engineRequests.length, 1);
  assert.deepEqual(wasmRequests, []);
  assert.equal(await rendered(page, '#far'), false);
});

test('the preload recipe of docs/embedding.md downloads each file once', async (t) => {
  const loader = await readFile(join(DIST, 'embed/container-compass.js'));
  const integrity = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
  const preload = `<link rel="modulepreload" href="/embed/container-compass.js" integrity="${integrity}" crossorigin="anonymous">
    <link rel="preload" href="/embed/container-compass.wasm" as="fetch" crossorigin="anonymous">`;
  const context = await browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.route(server.url + '/t.html', (route) => route.fulfill({
    contentType: 'text/html',
    // The preload links first, then the snippet as the README shows it.
    body: pageWith(`${SCREENS_OF_TEXT}<ecs-eks-matrix id="far"></ecs-eks-matrix>`).replace(
      '<script type="module" src="/embed/container-compass.js">',
      `${preload}<script type="module" src="/embed/container-compass.js" integrity="${integrity}" crossorigin="anonymous">`),
  }));
  await page.goto(server.url + '/t.html');
  await waitForWidget(page, '#far');
  assert.deepEqual(requests.filter((path) => path.startsWith('/embed/')).sort(),
    ['/embed/container-compass.js', '/embed/container-compass.wasm']);
});

// The heights come from `cargo xtask dist`, measured within 32 px; a few px more for rounding.
const HELD_WITHIN_PX = 40;

for (const [width, lang] of [[390, 'ko'], [1024, 'en']]) {
  test(`at ${width} px (${lang}) the box held before rendering is as tall as the widget`, async (t) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    t.after(() => context.close());
    const page = await context.newPage();
    // Hold the wasm back until the placeholders have been measured.
    let release;
    const released = new Promise((done) => { release = done; });
    await page.route('**/*.wasm', async (route) => {
      await released;
      await route.continue();
    });
    const body = `<ec2-fargate-chooser lang="${lang}" loading="eager"></ec2-fargate-chooser>
      <ecs-eks-matrix lang="${lang}" loading="eager"><p>A pasted fallback.</p></ecs-eks-matrix>
      <ecs-eks-matrix lang="${lang}" view="quadrants" loading="eager"></ecs-eks-matrix>
      <ec2-fargate-chooser lang="${lang}" compact loading="eager"></ec2-fargate-chooser>`;
    await page.route(server.url + '/t.html', (route) =>
      route.fulfill({ body: pageWith(`<main style="padding:0 16px">${body}</main>`), contentType: 'text/html' }));
    await page.goto(server.url + '/t.html');
    await page.waitForFunction(() => customElements.get('ecs-eks-matrix') !== undefined);
    const heights = () => page.$$eval('main > *', (els) => els.map((el) => el.getBoundingClientRect().height));
    const held = await heights();
    const fallback = page.locator('main > ecs-eks-matrix > p');
    assert.equal(await fallback.isVisible(), true, 'the fallback shows through the held box');
    release();
    await page.waitForFunction(() => [...document.querySelectorAll('main > *')].every((el) =>
      el.shadowRoot.querySelector('.widget') && !el.shadowRoot.querySelector('.pending')));
    const renderedHeights = await heights();
    for (const [i, height] of renderedHeights.entries()) {
      assert.ok(height > 300, `widget ${i} rendered (${height} px)`);
      assert.ok(Math.abs(height - held[i]) <= HELD_WITHIN_PX,
        `widget ${i}: held ${held[i]} px, rendered ${height} px`);
    }
    assert.equal(await fallback.isVisible(), false, 'the widget replaced its fallback');
  });
}

test('on a slow device the chooser renders in parts without moving the page, and is ready once whole', async (t) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  t.after(() => context.close());
  const page = await context.newPage();
  // A slow device, where the parts take long enough to be seen one by one (each comes in
  // a task of its own after a zero-delay timer).
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  // What the page looks like after each batch of changes in any shadow root, and at `ready`.
  await page.addInitScript(() => {
    window.__looks = [];
    // Where the text below is in the first frame: the loader holds the place by then.
    document.addEventListener('DOMContentLoaded', () => requestAnimationFrame(() => {
      window.__held = document.querySelector('#below').getBoundingClientRect().top;
    }));
    const look = (root, when) => window.__looks.push({
      when,
      pending: root.querySelectorAll('.pending').length,
      cost: root.querySelector('section.cost:not(.pending)') != null,
      answer: root.querySelector('.result-column') != null,
      below: document.querySelector('#below').getBoundingClientRect().top,
    });
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      if (this.localName === 'ec2-fargate-chooser') {
        new MutationObserver(() => look(root, 'change')).observe(root, { childList: true, subtree: true });
        this.addEventListener('ready', () => look(root, 'ready'));
      }
      return root;
    };
  });
  await page.route(server.url + '/t.html', (route) => route.fulfill({
    body: pageWith('<ec2-fargate-chooser loading="eager"></ec2-fargate-chooser><p id="below">After.</p>'),
    contentType: 'text/html',
  }));
  await page.goto(server.url + '/t.html');
  await page.waitForFunction(() => window.__looks.some((look) => look.when === 'ready'), null, { timeout: 30000 });
  const [looks, held] = await page.evaluate(() => [window.__looks, window.__held]);
  assert.ok(held > 300, `the place is held (${held} px)`);
  const parts = looks.filter((look) => look.pending > 0);
  assert.ok(parts.length > 0, `the page saw a part still to come: ${JSON.stringify(looks)}`);
  for (const look of parts) {
    assert.ok(Math.abs(look.below - held) <= HELD_WITHIN_PX, `the text below stays put: ${JSON.stringify(look)}`);
  }
  const ready = looks.filter((look) => look.when === 'ready');
  assert.equal(ready.length, 1, 'ready fires once');
  assert.deepEqual({ ...ready[0], below: undefined },
    { when: 'ready', pending: 0, cost: true, answer: true, below: undefined }, 'ready waits for the whole widget');
  assert.ok(Math.abs(ready[0].below - held) <= HELD_WITHIN_PX);
});
