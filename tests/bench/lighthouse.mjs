// Lighthouse (mobile, its default simulated Slow 4G and 4x CPU) on the demo page and on the
// blog post fixture, for `cargo xtask bench`; it drives the system Chromium. Prints one JSON
// object on stdout: per page, the median over the runs of each category score and of the
// metrics behind performance.
// usage: node tests/bench/lighthouse.mjs <dist dir>
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pasteFallbacks, serve } from '../e2e/harness.mjs';

const [distDir] = process.argv.slice(2);
const RUNS = 3;
const LIGHTHOUSE = fileURLToPath(new URL('./node_modules/.bin/lighthouse', import.meta.url));
const POST = fileURLToPath(new URL('./blog-post', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const work = await mkdtemp(join(tmpdir(), 'cc-lighthouse-'));

/** Runs Lighthouse `RUNS` times on `url` (asynchronously: the servers live in this process). */
async function audit(url) {
  const reports = [];
  for (let run = 0; run < RUNS; run++) {
    const out = join(work, `report-${run}.json`);
    await promisify(execFile)(LIGHTHOUSE, [
      url, '--output=json', `--output-path=${out}`, '--quiet',
      `--only-categories=${CATEGORIES.join(',')}`,
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM ?? '/usr/bin/chromium' } });
    reports.push(JSON.parse(await readFile(out, 'utf8')));
  }
  const lighthouseVersion = reports[0].lighthouseVersion;
  const scores = Object.fromEntries(CATEGORIES.map((id) =>
    [id, median(reports.map((r) => Math.round(r.categories[id].score * 100)))]));
  const metrics = Object.fromEntries(METRICS.map((id) => [id, median(reports.map((r) => r.audits[id].numericValue))]));
  // What kept a category from 100 in the median run of performance, for the reader of the table.
  const byPerformance = [...reports].sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const typical = byPerformance[Math.floor(RUNS / 2)];
  const shortfalls = [];
  for (const id of CATEGORIES) {
    for (const ref of typical.categories[id].auditRefs) {
      const audit = typical.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) shortfalls.push(`${id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
    }
  }
  return { scores, metrics, shortfalls, runs: RUNS, lighthouseVersion };
}

const result = {};
const site = await serve(join(distDir, 'site'), { compress: true });
result.demo = await audit(site.url + '/');
await site.close();

// The post as a blogger publishes it: fallbacks pasted, the loader from another origin.
const embed = await serve(join(distDir, 'embed'), { compress: true, headers: () => ({ 'access-control-allow-origin': '*' }) });
const blog = await serve(POST, {
  compress: true,
  transform: (_path, html) => pasteFallbacks(html.replaceAll('EMBED_ORIGIN', embed.url), join(distDir, 'embed/fallback')),
});
result.blog = await audit(blog.url + '/');
await blog.close();
await embed.close();
await rm(work, { recursive: true, force: true });
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
