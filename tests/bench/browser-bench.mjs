// Browser measurements for `cargo xtask bench`: prints one JSON object on stdout.
// usage: node tests/bench/browser-bench.mjs <dist/site dir> <baseline dir>
import { join } from 'node:path';
import { launchChromium, serve } from '../e2e/harness.mjs';

const [siteDir, baselineDir] = process.argv.slice(2);
const LOADS = 20;
const INTERACTIONS = 100;
const CYCLES = 1000;

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (x) => Math.round(x * 100) / 100;
  return { n: sorted.length, min: round(sorted[0]), p25: round(at(0.25)), median: round(at(0.5)),
    p75: round(at(0.75)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]) };
};

// Eager: these measure mounting and rendering, not when a reader scrolls to a widget.
const widgetsPage = (count) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><script type="module" src="/embed/container-compass.js"></script></head><body>
${'<ec2-fargate-chooser loading="eager"></ec2-fargate-chooser><ecs-eks-matrix loading="eager"></ecs-eks-matrix>'.repeat(count)}</body></html>`;

async function withPage(browser, url, html, fn) {
  const context = await browser.newContext(); // a fresh cache: every load is a first visit
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__ready = [];
    document.addEventListener('ready', () => window.__ready.push(performance.now()), true);
  });
  if (html) await page.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  await page.goto(url);
  try {
    return await fn(page);
  } finally {
    await context.close();
  }
}

const site = await serve(siteDir);
const baseline = await serve(baselineDir);
const browser = await launchChromium();
const result = {};

// Navigation start to both widgets mounted and rendered.
const loads = [];
for (let i = 0; i < LOADS; i++) {
  loads.push(await withPage(browser, site.url + '/bench.html', widgetsPage(1), async (page) => {
    await page.waitForFunction(() => window.__ready.length === 2, null, { timeout: 20000 });
    return page.evaluate(() => Math.max(...window.__ready));
  }));
}
result.widgetsInteractiveMs = stats(loads);

const baselineLoads = [];
for (let i = 0; i < LOADS; i++) {
  baselineLoads.push(await withPage(browser, baseline.url + '/', null, async (page) => {
    await page.waitForFunction(() => document.querySelector('#app button') != null);
    return page.evaluate(() => window.__interactiveAt);
  }));
}
result.baselineInteractiveMs = stats(baselineLoads);

// An input to the updated result: change an importance select of the matrix (as a reader
// does) and wait until the totals in the shadow DOM change.
result.updateLatencyMs = stats(await withPage(browser, site.url + '/bench.html', widgetsPage(1), async (page) => {
  await page.waitForFunction(() => window.__ready.length === 2);
  return page.evaluate(async (n) => {
    const root = document.querySelector('ecs-eks-matrix').shadowRoot;
    const select = root.querySelector('#weight-3');
    const times = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await new Promise((done, fail) => {
        const timer = setTimeout(() => fail(new Error('the totals did not change in 10 s')), 10000);
        const observer = new MutationObserver(() => { observer.disconnect(); clearTimeout(timer); done(); });
        observer.observe(root.querySelector('tfoot'), { subtree: true, childList: true, characterData: true });
        select.value = String(i % 2 === 0 ? 3 : 0);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      times.push(performance.now() - start);
    }
    return times;
  }, INTERACTIONS);
}));

// The same for the chooser: type a replica count (alternating 10 and 40) and wait until the
// cost section shows the new total. Each input re-runs the engine, the cost model and its
// break-even series (20 or 80 points here), so this is the heaviest update a reader makes.
result.chooserLatencyMs = stats(await withPage(browser, site.url + '/bench.html', widgetsPage(1), async (page) => {
  await page.waitForFunction(() => window.__ready.length === 2);
  return page.evaluate(async (n) => {
    const root = document.querySelector('ec2-fargate-chooser').shadowRoot;
    const input = root.querySelector('#replicas');
    const times = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await new Promise((done, fail) => {
        // The cost section itself: the sides inside it are written as one raw node, which
        // each update replaces, so an observer on a total inside would never hear.
        const timer = setTimeout(() => fail(new Error('the cost section did not change in 10 s')), 10000);
        const observer = new MutationObserver(() => { observer.disconnect(); clearTimeout(timer); done(); });
        observer.observe(root.querySelector('section.cost'), { subtree: true, childList: true, characterData: true });
        input.value = String(i % 2 === 0 ? 40 : 10);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      times.push(performance.now() - start);
    }
    return times;
  }, INTERACTIONS);
}));

result.baselineUpdateLatencyMs = stats(await withPage(browser, baseline.url + '/', null, async (page) => {
  await page.waitForFunction(() => document.querySelector('#app button') != null);
  return page.evaluate(async (n) => {
    const button = document.querySelector('#app button');
    const output = document.querySelector('#app output');
    const times = [];
    for (let i = 0; i < n; i++) {
      const start = performance.now();
      await new Promise((done) => {
        const observer = new MutationObserver(() => { observer.disconnect(); done(); });
        observer.observe(output, { subtree: true, childList: true, characterData: true });
        button.click();
      });
      times.push(performance.now() - start);
    }
    return times;
  }, INTERACTIONS);
}));

// wasm linear memory with 1 and with 20 instances of each widget.
const memoryWith = (count) => withPage(browser, site.url + '/bench.html', widgetsPage(count), async (page) => {
  await page.waitForFunction((n) => window.__ready.length === n, count * 2, { timeout: 30000 });
  return page.evaluate(async () => (await import('/embed/container-compass.js')).wasmMemoryBytes());
});
result.memoryBytes = { one: await memoryWith(1), twenty: await memoryWith(20) };

// Mount and remove one widget many times; memory growth shows what is never freed.
result.mountCycles = await withPage(browser, site.url + '/bench.html', widgetsPage(0), async (page) => {
  return page.evaluate(async (cycles) => {
    const { wasmMemoryBytes } = await import('/embed/container-compass.js');
    const cycle = () => new Promise((done) => {
      const el = document.createElement('ecs-eks-matrix');
      el.setAttribute('loading', 'eager');
      el.addEventListener('ready', () => { el.remove(); queueMicrotask(done); }, { once: true });
      document.body.append(el);
    });
    await cycle(); // load the wasm first
    const before = wasmMemoryBytes();
    for (let i = 0; i < cycles; i++) await cycle();
    await new Promise((done) => setTimeout(done, 50));
    return { cycles, beforeBytes: before, afterBytes: wasmMemoryBytes() };
  }, CYCLES);
});

await browser.close();
await site.close();
await baseline.close();
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
