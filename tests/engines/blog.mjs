// The blog post of tests/e2e/fixtures/blog as an author publishes it: the loader from
// another origin (like a CDN), the prerendered fallback pasted into each element, and a
// strict Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval').
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DIST, ROOT, blogCsp, blogHtml, serve } from '../e2e/harness.mjs';
import { site } from './site.mjs';
import { assertNoErrors } from './widgets.mjs';
import { readerTest } from './launch.mjs';

const FIXTURE = join(ROOT, 'tests/e2e/fixtures/blog');
// Makes the wasm panic from the page itself (a module script from the blog's origin, as its
// CSP allows), with the page's own copy of the loader.
const PANIC = `const loader = document.querySelector('script[src$="/container-compass.js"]').src;
const wasm = await (await import(loader)).loadWasm();
try {
  wasm.__ccPanicForTests();
} catch (error) {
  document.documentElement.dataset.panicThrown = String(error);
}
`;

/** The blog on one port and dist/embed on another; `missing` breaks embed paths. */
async function startBlog(t, { missing = [] } = {}) {
  const embed = await serve(join(DIST, 'embed'), {
    headers: () => ({ 'access-control-allow-origin': '*' }),
    missing,
  });
  const blog = await site([FIXTURE], {
    files: { 'cc-panic.js': PANIC },
    headers: () => ({ 'content-security-policy': blogCsp(embed.url) }),
    transform: (_path, html) => blogHtml(html, embed.url),
  });
  t.after(async () => {
    await blog.close();
    await embed.close();
  });
  return { embed, blog };
}

const visible = async (ctx, selector) => (await ctx.browser.find(selector)).isDisplayed();

export function blogTests(ctx) {
  readerTest(ctx, 'cross-origin under a strict CSP: both widgets render, no violation, no error', async (t) => {
    const { embed, blog } = await startBlog(t);
    const { browser } = ctx;
    await browser.open(`${blog.url}/`);
    await browser.widget('#chooser');
    // The matrix sits below the chooser, further than the loader looks ahead: scrolled to, as
    // a reader would.
    await browser.run(() => document.querySelector('#matrix').scrollIntoView());
    await browser.widget('#matrix');
    // Korean from the page's <html lang="ko">; English from the element's own attribute.
    // The default EKS workload goes to Fargate, the recommendation headed in Korean.
    assert.match(await browser.text('#chooser'), /추천AWS Fargate/);
    assert.match(await browser.text('#matrix'), /Learning curve/);
    // The widget's stylesheet applied (adoptedStyleSheets, allowed under style-src 'self').
    assert.equal(await browser.run(() => getComputedStyle(document.querySelector('#matrix')
      .shadowRoot.querySelector('.widget')).borderTopStyle), 'solid');
    assert.equal(await visible(ctx, '#matrix > .cc-fallback'), false, 'the live widget hides the fallback');
    await assertNoErrors(ctx);
    // Nothing was fetched from the embed origin but its two files.
    assert.deepEqual([...new Set(embed.requests)].sort(), ['/container-compass.js', '/container-compass.wasm']);
  });

  readerTest(ctx, 'when the wasm cannot load, the fallback stays and the host page script still runs', async (t) => {
    const { blog } = await startBlog(t, { missing: ['/container-compass.wasm'] });
    const { browser } = ctx;
    await browser.open(`${blog.url}/`);
    await browser.until('the widgets report the error', () =>
      document.documentElement.dataset.widgetError !== undefined);
    assert.equal(await browser.run(() => document.documentElement.dataset.hostScript), 'ran');
    assert.equal(await visible(ctx, '#matrix caption'), true);
    assert.match(await (await browser.find('#chooser caption')).getText(), /EC2 노드 그룹/);
    assert.equal(await visible(ctx, '#after'), true);
    const { violations } = await browser.watched();
    assert.deepEqual(violations, []);
  });

  readerTest(ctx, 'after a Rust panic every widget falls back to its pasted content and fires error', async (t) => {
    const { blog } = await startBlog(t);
    const { browser } = ctx;
    await browser.open(`${blog.url}/`);
    await browser.widget('#chooser');
    // The matrix sits below the chooser, further than the loader looks ahead: scrolled to, as
    // a reader would.
    await browser.run(() => document.querySelector('#matrix').scrollIntoView());
    await browser.widget('#matrix');
    await browser.run(() => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/cc-panic.js';
      document.head.append(script);
    });
    const thrown = await browser.until('the panic', () => document.documentElement.dataset.panicThrown);
    assert.match(thrown, /unreachable/i, 'the panic aborts the wasm call');
    await browser.until('the page hears of it', () =>
      document.documentElement.dataset.widgetError !== undefined);
    assert.match(await browser.run(() => document.documentElement.dataset.widgetError), /panic requested by a test/);
    assert.equal(await visible(ctx, '#matrix > .cc-fallback caption'), true);
    assert.equal(await visible(ctx, '#chooser > .cc-fallback caption'), true);
    assert.equal(await browser.run(() => document.documentElement.dataset.hostScript), 'ran');
  });
}
