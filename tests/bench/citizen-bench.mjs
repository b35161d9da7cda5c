// How good a citizen the widgets are on someone's blog, for `cargo xtask bench`: layout shift
// while a reader scrolls a Korean post, the bytes a page downloads before a far widget is
// needed, and the time from a widget entering the viewport to interactive, under Chromium's
// Slow 4G network and 4x CPU throttling. Prints one JSON object on stdout.
// usage: node tests/bench/citizen-bench.mjs <dist dir>
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, pasteFallbacks, serve } from '../e2e/harness.mjs';

const [distDir] = process.argv.slice(2);
const POST = fileURLToPath(new URL('./blog-post', import.meta.url));
const RUNS = 3;
const JUMP_RUNS = 5;
// Chromium DevTools' "Slow 4G" (Lighthouse's mobile preset, as DevTools applies it).
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const CPU_SLOWDOWN = 4;
// The reader: 250 px every 250 ms, stopping at each widget until it is interactive.
const SCROLL_STEP_PX = 250;
const SCROLL_PAUSE_MS = 250;
const VIEWPORTS = {
  390: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  1024: { viewport: { width: 1024, height: 768 } },
};
// The line docs/embedding.md gives authors whose widget sits in the first screen.
const FIRST_SCREEN_CSS = 'ec2-fargate-chooser:not(:defined), ecs-eks-matrix:not(:defined):not([view="quadrants"]) { display: block; min-height: 100vh; }';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;

const embed = await serve(join(distDir, 'embed'), {
  compress: true,
  headers: () => ({ 'access-control-allow-origin': '*' }),
});

/**
 * The post, with the pasted fallbacks or without, the chooser where the post discusses it or
 * in the first screen, optionally with the first-screen CSS, optionally without a widget.
 */
async function postSite({ fallback, firstScreen = false, css = false, drop = null }) {
  return serve(POST, {
    compress: true,
    transform: async (_path, html) => {
      let page = await pasteFallbacks(html.replaceAll('EMBED_ORIGIN', embed.url), join(distDir, 'embed/fallback'), { paste: fallback });
      const chooser = page.match(/\n\s*<p>내 워크로드라면[^\n]*\n\s*<ec2-fargate-chooser[\s\S]*?<\/ec2-fargate-chooser>/)[0];
      if (firstScreen) page = page.replace(chooser, '').replace(/(<p class="lead">[^\n]*)/, `$1${chooser}`);
      if (drop === 'chooser') page = page.replace(chooser, '');
      if (css) page = page.replace('</head>', `<style>${FIRST_SCREEN_CSS}</style></head>`);
      return page;
    },
  });
}

const browser = await launchChromium();

async function newPage(width, { throttled }) {
  const context = await browser.newContext(VIEWPORTS[width]);
  const page = await context.newPage();
  if (throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // When each widget first enters the viewport (no margin), and when it is ready.
    window.__entered = {};
    window.__ready = {};
    document.addEventListener('ready', (event) => { window.__ready[event.target.id] = performance.now(); }, true);
    addEventListener('DOMContentLoaded', () => {
      const seen = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting && !(entry.target.id in window.__entered)) window.__entered[entry.target.id] = performance.now();
        }
      });
      for (const el of document.querySelectorAll('ec2-fargate-chooser, ecs-eks-matrix')) seen.observe(el);
    });
  });
  return { context, page };
}

/** Scrolls like a reader to each widget, waits there until it is interactive, then to the end. */
async function readThrough(page, ids) {
  for (const id of ids) {
    for (;;) {
      const top = await page.evaluate((i) => document.getElementById(i).getBoundingClientRect().top, id);
      if (top <= 60) break;
      await page.evaluate((by) => scrollBy(0, by), Math.min(SCROLL_STEP_PX, top - 40));
      await page.waitForTimeout(SCROLL_PAUSE_MS);
    }
    await page.waitForFunction((i) => i in window.__ready, id, { timeout: 60_000 });
  }
  for (;;) {
    const left = await page.evaluate(() => document.documentElement.scrollHeight - scrollY - innerHeight);
    if (left <= 1) break;
    await page.evaluate((by) => scrollBy(0, by), SCROLL_STEP_PX);
    await page.waitForTimeout(SCROLL_PAUSE_MS);
  }
}

// Layout shift: the post as published (chooser mid-post, matrix at the end), read through.
const cls = [];
const scrolledIn = { 390: [], 1024: [] };
for (const width of [390, 1024]) {
  for (const fallback of [true, false]) {
    const site = await postSite({ fallback });
    const values = [];
    for (let run = 0; run < RUNS; run++) {
      const { context, page } = await newPage(width, { throttled: true });
      await page.goto(site.url + '/');
      await readThrough(page, ['chooser', 'matrix']);
      const { shift, entered, ready } = await page.evaluate(() =>
        ({ shift: window.__shift, entered: window.__entered, ready: window.__ready }));
      values.push(shift);
      for (const id of ['chooser', 'matrix']) scrolledIn[width].push(Math.max(0, ready[id] - entered[id]));
      await context.close();
    }
    cls.push({ placement: 'post', width, fallback, median: round(median(values), 4), max: round(Math.max(...values), 4), runs: RUNS });
    await site.close();
  }
}

// Layout shift with the chooser in the first screen, which is painted before any script runs.
for (const width of [390, 1024]) {
  for (const [fallback, css] of [[true, false], [false, false], [false, true]]) {
    const site = await postSite({ fallback, css, firstScreen: true });
    const values = [];
    for (let run = 0; run < RUNS; run++) {
      const { context, page } = await newPage(width, { throttled: true });
      await page.goto(site.url + '/');
      await page.waitForFunction(() => 'chooser' in window.__ready, null, { timeout: 60_000 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      values.push(await page.evaluate(() => window.__shift));
      await context.close();
    }
    cls.push({ placement: 'first screen', width, fallback, css, median: round(median(values), 4), max: round(Math.max(...values), 4), runs: RUNS });
    await site.close();
  }
}

/** Bytes over the wire (headers and gzip bodies) of every response so far. */
function countBytes(page) {
  const responses = [];
  page.on('requestfinished', async (request) => {
    const sizes = await request.sizes();
    responses.push({ path: new URL(request.url()).pathname, bytes: sizes.responseHeadersSize + sizes.responseBodySize });
  });
  return responses;
}

// Bytes before need: the post with only its matrix, a dozen screens down on a phone.
const bytes = {};
{
  const site = await postSite({ fallback: true, drop: 'chooser' });
  const { context, page } = await newPage(390, { throttled: false });
  const responses = countBytes(page);
  await page.goto(site.url + '/', { waitUntil: 'networkidle' });
  const screensAway = await page.evaluate(() => document.getElementById('matrix').getBoundingClientRect().top / innerHeight);
  const before = [...responses];
  await page.$eval('#matrix', (el) => el.scrollIntoView());
  await page.waitForFunction(() => 'matrix' in window.__ready);
  await page.waitForLoadState('networkidle');
  const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
  bytes.screensAway = round(screensAway, 1);
  bytes.beforeNeed = sum(before);
  bytes.beforeNeedFiles = before.map((r) => r.path.replace(/.*\//, '') || 'index.html');
  bytes.onceNeeded = sum(responses);
  await context.close();
  await site.close();
}

// Viewport to interactive, the reader jumping straight to a far widget (worst case: nothing
// was loading yet), per widget, at 390 px.
const jump = {};
for (const [id, drop] of [['matrix', 'chooser'], ['chooser', null]]) {
  const site = await postSite({ fallback: true, drop });
  const times = [];
  for (let run = 0; run < JUMP_RUNS; run++) {
    const { context, page } = await newPage(390, { throttled: true });
    await page.goto(site.url + '/', { waitUntil: 'load' });
    await page.$eval(`#${id}`, (el) => el.scrollIntoView());
    await page.waitForFunction((i) => i in window.__ready, id, { timeout: 60_000 });
    times.push(await page.evaluate((i) => window.__ready[i] - window.__entered[i], id));
    await context.close();
  }
  jump[id] = { median: Math.round(median(times)), max: Math.round(Math.max(...times)), runs: JUMP_RUNS };
  await site.close();
}
const scrolled = Object.fromEntries(Object.entries(scrolledIn).map(([width, times]) =>
  [width, { median: Math.round(median(times)), max: Math.round(Math.max(...times)), runs: times.length }]));

await browser.close();
await embed.close();
process.stdout.write(JSON.stringify({ cls, bytes, viewportToInteractive: { jump, scrolled }, throttling: { ...SLOW_4G, cpuSlowdown: CPU_SLOWDOWN } }, null, 2) + '\n');
