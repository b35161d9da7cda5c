// URL state: "Copy link" writes each widget's answers into the page URL under its own key,
// and opening that URL restores them; a tampered value is ignored with one warning. (The
// clipboard itself is Chromium's Playwright suite's: WebDriver grants no clipboard access.)
import assert from 'node:assert/strict';
import { assertNoErrors } from './widgets.mjs';
import { readerTest } from './launch.mjs';

const POST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/embed/container-compass.js"></script></head><body>
<h2 id="intro">Intro</h2>
<ec2-fargate-chooser id="chooser"></ec2-fargate-chooser>
<ecs-eks-matrix id="matrix"></ecs-eks-matrix></body></html>`;

async function openPost(ctx, suffix = '') {
  const url = await ctx.site.page(POST);
  await ctx.browser.open(url + suffix);
  await ctx.browser.widget('#chooser');
  await ctx.browser.widget('#matrix');
  return url;
}

/** Presses the "Copy link" button of `host`; resolves to the page URL it wrote. */
async function copyLink(ctx, host) {
  const button = await ctx.browser.run((h) => [...document.querySelector(h).shadowRoot
    .querySelectorAll('button')].find((b) => b.textContent.trim() === 'Copy link'), host);
  await button.click();
  const key = host === '#chooser' ? 'cc-chooser=' : 'cc-matrix=';
  return ctx.browser.until('the answers in the URL', (k) => location.href.includes(k) && location.href, key);
}

const checked = (ctx, host, inner) => ctx.browser.run((h, i) =>
  document.querySelector(h).shadowRoot.querySelector(i).checked, host, inner);
const value = (ctx, host, inner) => ctx.browser.run((h, i) =>
  document.querySelector(h).shadowRoot.querySelector(i).value, host, inner);

export function shareTests(ctx) {
  readerTest(ctx, 'Copy link keeps other hash content, and opening the link restores the answers', async () => {
    const page = await openPost(ctx, '#intro');
    await ctx.browser.click('#chooser', '#need-gpu');
    const link = await copyLink(ctx, '#chooser');
    assert.match(link, /#intro&cc-chooser=3\.orchestrator%3Deks%3B[^#&]*needs%3Dgpu%3B/);
    assert.equal(link.split('#')[0], page, 'replaceState, not a navigation');
    await assertNoErrors(ctx);

    await ctx.browser.open('about:blank');
    await ctx.browser.open(link);
    await ctx.browser.widget('#chooser');
    await ctx.browser.widget('#matrix');
    assert.equal(await checked(ctx, '#chooser', '#need-gpu'), true);
    assert.match(await ctx.browser.text('#chooser', '.answer'), /^EC2/);
    // The matrix had no state in the link and shows its defaults.
    assert.equal(await value(ctx, '#matrix', '#weight-3'), '1');
    await assertNoErrors(ctx);
  });

  readerTest(ctx, 'the matrix restores its importances from its own key after a reload', async () => {
    await openPost(ctx);
    await ctx.browser.select('#matrix', '#weight-3', '3');
    assert.match(await copyLink(ctx, '#matrix'), /#cc-matrix=3\.weights%3D[^&]*portability%3A3/);
    await ctx.browser.driver.navigate().refresh();
    await ctx.browser.widget('#matrix');
    assert.equal(await value(ctx, '#matrix', '#weight-3'), '3');
    await assertNoErrors(ctx);
  });

  readerTest(ctx, 'a link made with version 2 (the answers alone) still restores', async () => {
    const v2 = encodeURIComponent('2.orchestrator=ecs;vcpu=1;memory=2;replicas=6;needs=gpu;ops=none');
    await openPost(ctx, `#cc-chooser=${v2}`);
    assert.equal(await checked(ctx, '#chooser', '#need-gpu'), true);
    assert.equal(await value(ctx, '#chooser', '#replicas'), '6');
    assert.equal(await value(ctx, '#chooser', '#cost-commitment'), 'none');
    assert.match(await ctx.browser.text('#chooser', '.answer'), /^ECS Managed Instances/);
    const { warnings } = await ctx.browser.watched();
    assert.deepEqual(warnings, []);
    await assertNoErrors(ctx);
  });

  readerTest(ctx, 'a tampered or old state is ignored with one warning each, and the defaults show', async () => {
    await openPost(ctx, '#cc-chooser=2.e30&cc-matrix=1.bm90IGpzb24');
    assert.equal(await checked(ctx, '#chooser', '#need-gpu'), false);
    assert.equal(await value(ctx, '#matrix', '#weight-3'), '1');
    const { warnings } = await ctx.browser.watched();
    assert.equal(warnings.filter((w) => w.includes('<ec2-fargate-chooser>')).length, 1, warnings.join('\n'));
    assert.equal(warnings.filter((w) => w.includes('<ecs-eks-matrix>')).length, 1, warnings.join('\n'));
    assert.match(warnings.join('\n'), /answers in the page URL/);
    await assertNoErrors(ctx);
  });
}
