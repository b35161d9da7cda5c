import { launchChromium, serve } from '../e2e/harness.mjs';
const [siteDir, n = '200'] = process.argv.slice(2);
const site = await serve(siteDir);
const browser = await launchChromium({ args: ['--no-sandbox','--disable-gpu','--js-flags=--trace-gc'] });
const page = await browser.newPage();
page.on('console', (m) => { if (process.env.LOG) console.log('console', m.text()); });
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="/embed/container-compass.js"></script></head><body><ec2-fargate-chooser loading="eager"></ec2-fargate-chooser><ecs-eks-matrix loading="eager"></ecs-eks-matrix></body></html>`;
await page.addInitScript(() => { window.__ready = []; document.addEventListener('ready', () => window.__ready.push(performance.now()), true); });
await page.route(site.url + '/bench.html', (r) => r.fulfill({ body: html, contentType: 'text/html' }));
await page.goto(site.url + '/bench.html');
await page.waitForFunction(() => window.__ready.length === 2);
const cdp = await page.context().newCDPSession(page);
if (process.env.PROFILE) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
const times = await page.evaluate(async (n) => {
  const root = document.querySelector('ec2-fargate-chooser').shadowRoot;
  const input = root.querySelector('#replicas');
  const times = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await new Promise((done) => {
      const observer = new MutationObserver(() => { observer.disconnect(); done(); });
      observer.observe(root.querySelector('section.cost'), { subtree: true, childList: true, characterData: true });
      input.value = String(i % 2 === 0 ? 40 : 10);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    times.push(Math.round((performance.now() - start) * 10) / 10);
  }
  return times;
}, Number(n));
if (process.env.PROFILE) { const { profile } = await cdp.send('Profiler.stop'); (await import('node:fs')).writeFileSync('/work/prof/chooser.cpuprofile', JSON.stringify(profile)); }
const s = [...times].sort((a, b) => a - b);
console.log('even(40):', times.filter((_, i) => i % 2 === 0).join(' '));
console.log('odd(10):', times.filter((_, i) => i % 2 === 1).join(' '));
console.log('median', s[s.length >> 1], 'p95', s[Math.floor(s.length * 0.95)], 'max', s[s.length - 1]);
await browser.close(); await site.close();
