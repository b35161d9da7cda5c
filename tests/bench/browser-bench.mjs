// Browser measurements for `cargo xtask bench`: prints one JSON object on stdout.
// usage: node tests/bench/browser-bench.mjs <dist/site dir> <baseline dir>
import { join } from 'node:path';
import { launchChromium, serve } from '../e2e/harness.mjs';

const [siteDir, baselineDir] = process.argv.slice(2);
const LOADS = 20;
const INTERACTIONS = 100;
const CYCLES = 1000;
// A fast typist's pace: each input is a task of its own, as a key press is, 100 ms after the
// last. Back to back in one task, right after load, the first inputs also wait on the CPU the
// browser spends optimising the code it has just loaded (on two cores), which a reader, who
// has to read the form first, does not meet; the first input of each run is reported apart.
const INPUT_GAP_MS = 100;

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (x) => Math.round(x * 100) / 100;
  return { n: sorted.length, min: round(sorted[0]), p25: round(at(0.25)), median: round(at(0.5)),
    p75: round(at(0.75)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]),
    first: round(values[0]) };
};

// Eager: these measure mounting and rendering, not when a reader scrolls to a widget.
const widgetsPage = (count) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><script type="module" src="/embed/container-compass.js"></script></head><body>
${'<ec2-fargate-chooser loading="eager"></ec2-fargate-chooser><ecs-eks-matrix loading="eager"></ecs-eks-matrix>'.repeat(count)}</body></html>`;

async function withPage(browser, url, html, fn) {
  const context = await browser.newContext(); // a fresh cache: every load is a first visit
  const page = await context.newPage();
  await page.addInitScript((gap) => {
    window.__ready = [];
    document.addEventListener('ready', () => window.__ready.push(performance.now()), true);
    // `n` inputs, `gap` ms apart: `act(i)` makes input i, and its time runs until a
    // MutationObserver hears a change under `watched()`.
    window.__inputLatencies = async (n, watched, act) => {
      const times = [];
      for (let i = 0; i < n; i++) {
        await new Promise((done) => setTimeout(done, gap));
        times.push(await new Promise((done, fail) => {
          const timer = setTimeout(() => fail(new Error(`input ${i} changed nothing in 10 s`)), 10000);
          let start;
          const observer = new MutationObserver(() => {
            observer.disconnect();
            clearTimeout(timer);
            done(performance.now() - start);
          });
          observer.observe(watched(), { subtree: true, childList: true, characterData: true });
          start = performance.now();
          act(i);
        }));
      }
      return times;
    };
  }, INPUT_GAP_MS);
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
  return page.evaluate((n) => {
    const root = document.querySelector('ecs-eks-matrix').shadowRoot;
    const select = root.querySelector('#weight-3');
    return window.__inputLatencies(n, () => root.querySelector('tfoot'), (i) => {
      select.value = String(i % 2 === 0 ? 3 : 0);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }, INTERACTIONS);
}));

// The same for the chooser: type a replica count (alternating 10 and 40) and wait until the
// cost section shows the new total. Each input re-runs the engine, the cost model and its
// break-even series (20 or 80 points here), so this is the heaviest update a reader makes.
result.chooserLatencyMs = stats(await withPage(browser, site.url + '/bench.html', widgetsPage(1), async (page) => {
  await page.waitForFunction(() => window.__ready.length === 2);
  return page.evaluate((n) => {
    const root = document.querySelector('ec2-fargate-chooser').shadowRoot;
    const input = root.querySelector('#replicas');
    // The cost section itself: the sides inside it are written as one raw node, which each
    // update replaces, so an observer on a total inside would never hear.
    return window.__inputLatencies(n, () => root.querySelector('section.cost'), (i) => {
      input.value = String(i % 2 === 0 ? 40 : 10);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }, INTERACTIONS);
}));

result.baselineUpdateLatencyMs = stats(await withPage(browser, baseline.url + '/', null, async (page) => {
  await page.waitForFunction(() => document.querySelector('#app button') != null);
  return page.evaluate((n) => {
    const button = document.querySelector('#app button');
    return window.__inputLatencies(n, () => document.querySelector('#app output'), () => button.click());
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
