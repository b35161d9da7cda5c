import { launchChromium, serve } from '../e2e/harness.mjs';
import { writeFileSync } from 'node:fs';
const [siteDir, path = '/', rate = '4'] = process.argv.slice(2);
const site = await serve(siteDir);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
await page.addInitScript(() => {
  window.__ready = []; window.__long = [];
  document.addEventListener('ready', (e) => window.__ready.push([e.target.localName, performance.now()]), true);
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
});
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(rate) });
if (process.env.PROFILE) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
await page.goto(site.url + path);
await page.waitForFunction(() => window.__ready.length >= 1, null, { timeout: 30000 });
await page.waitForTimeout(500);
if (process.env.PROFILE) { const { profile } = await cdp.send('Profiler.stop'); writeFileSync('/work/prof/load.cpuprofile', JSON.stringify(profile)); }
console.log(JSON.stringify(await page.evaluate(() => ({ ready: window.__ready.map(([n, t]) => [n, Math.round(t)]), long: window.__long }))));
await browser.close(); await site.close();
