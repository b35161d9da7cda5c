// A static blog post that embeds the widgets the way the README tells authors to: the loader
// from another origin (like a CDN), the prerendered fallback pasted inside each element, and
// a strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval').
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DIST, ROOT, launchChromium, pasteFallbacks, serve, shadowText, waitForWidget, watchErrors } from './harness.mjs';

const FIXTURE = join(ROOT, 'tests/e2e/fixtures/blog');
let browser;

before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

/** The blog on one port and dist/embed on another; `missing` breaks embed paths. Both
 * close when the test `t` ends, pass or fail. */
async function startSites(t, { missing = [] } = {}) {
  const embed = await serve(join(DIST, 'embed'), {
    headers: () => ({ 'access-control-allow-origin': '*' }),
    missing,
  });
  const csp = [
    "default-src 'self'",
    `script-src 'self' ${embed.url} 'wasm-unsafe-eval'`,
    `connect-src 'self' ${embed.url}`,
    "style-src 'self'",
    "img-src 'self' data:",
  ].join('; ');
  const blog = await serve(FIXTURE, {
    headers: () => ({ 'content-security-policy': csp }),
    transform: (_path, html) =>
      pasteFallbacks(html.replaceAll('EMBED_ORIGIN', embed.url), join(DIST, 'embed/fallback')),
  });
  t.after(async () => {
    await blog.close();
    await embed.close();
  });
  return { embed, blog };
}

/** Records CSP violations from the start of the page. */
async function watchViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => window.__violations);
}

test('cross-origin under a strict CSP: both widgets render, no violation, no console error', async (t) => {
  const sites = await startSites(t);
  const page = await browser.newPage();
  t.after(() => page.close());
  const errors = watchErrors(page);
  const violations = await watchViolations(page);
  await page.goto(sites.blog.url + '/');
  await waitForWidget(page, '#chooser');
  await waitForWidget(page, '#matrix');
  // Korean from the page's <html lang="ko">; English from the element's own attribute.
  assert.match(await shadowText(page, '#chooser'), /EC2 노드 그룹/);
  assert.match(await shadowText(page, '#matrix'), /Learning curve/);
  // The widget's stylesheet applied (adoptedStyleSheets, allowed under style-src 'self').
  const border = await page.$eval('#matrix', (el) =>
    getComputedStyle(el.shadowRoot.querySelector('.widget')).borderTopStyle);
  assert.equal(border, 'solid');
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  // Nothing was fetched from the embed origin but its two files.
  assert.deepEqual([...new Set(sites.embed.requests)].sort(), ['/container-compass.js', '/container-compass.wasm']);
});

test('with JavaScript disabled the pasted fallback shows the static comparison', async (t) => {
  const sites = await startSites(t);
  const context = await browser.newContext({ javaScriptEnabled: false });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(sites.blog.url + '/');
  const caption = page.locator('#matrix caption');
  assert.equal(await caption.isVisible(), true);
  assert.equal(await caption.textContent(), 'Amazon ECS compared with Amazon EKS');
  assert.equal(await page.locator('#chooser tbody tr').count(), 4);
  assert.equal(await page.$eval('#matrix', (el) => el.shadowRoot), null);
});

test('when the wasm cannot load, the fallback stays and the host page script still runs', async (t) => {
  const sites = await startSites(t, { missing: ['/container-compass.wasm'] });
  const page = await browser.newPage();
  t.after(() => page.close());
  await page.goto(sites.blog.url + '/');
  await page.waitForFunction(() => document.documentElement.dataset.widgetError !== undefined);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.hostScript), 'ran');
  assert.equal(await page.locator('#matrix caption').isVisible(), true);
  assert.match(await page.locator('#chooser caption').textContent(), /EC2 노드 그룹/);
  assert.equal(await page.locator('#after').isVisible(), true);
});

test('after a Rust panic every widget falls back to its pasted content and fires error', async (t) => {
  const sites = await startSites(t);
  const page = await browser.newPage();
  t.after(() => page.close());
  await page.goto(sites.blog.url + '/');
  await waitForWidget(page, '#chooser');
  await waitForWidget(page, '#matrix');
  assert.equal(await page.locator('#matrix > .cc-fallback caption').isVisible(), false, 'the live widget hides the fallback');

  const thrown = await page.evaluate(async (loader) => {
    const wasm = await (await import(loader)).loadWasm();
    try {
      wasm.__ccPanicForTests();
      return null;
    } catch (error) {
      return String(error);
    }
  }, sites.embed.url + '/container-compass.js');
  assert.match(thrown, /unreachable/i, 'the panic aborts the wasm call');

  // Both elements show their pasted fallback again, and the page heard about it.
  await page.waitForFunction(() => document.documentElement.dataset.widgetError !== undefined);
  assert.match(await page.evaluate(() => document.documentElement.dataset.widgetError), /panic requested by a test/);
  assert.equal(await page.locator('#matrix > .cc-fallback caption').isVisible(), true);
  assert.equal(await page.locator('#chooser > .cc-fallback caption').isVisible(), true);
  // The host page carries on, and a widget added now falls back at once.
  await page.evaluate(() => {
    const late = document.createElement('ecs-eks-matrix');
    late.id = 'late';
    late.innerHTML = '<p id="late-fallback">static comparison</p>';
    document.body.append(late);
  });
  assert.equal(await page.locator('#late-fallback').isVisible(), true);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.hostScript), 'ran');
});
