// The npm package as an npm CDN serves it: `npm pack` the built package, unpack the tarball,
// serve it from another origin under a versioned path with CORS, and load a blog page with a
// strict Content-Security-Policy that pastes the one-tag snippet from the package's README.
// The tarball also passes the ecosystem's own checkers, publint and arethetypeswrong.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT, launchChromium, pasteFallbacks, serve, waitForWidget, watchErrors } from './harness.mjs';

const BLOG = join(ROOT, 'tests/e2e/fixtures/blog');
const CDN_HOST = 'https://<npm CDN>';
let work;
let tarball;
let version;
let browser;

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'cc-cdn-'));
  const name = execFileSync('npm', ['pack', join(DIST, 'npm'), '--pack-destination', work, '--silent'], {
    encoding: 'utf8',
  }).trim();
  tarball = join(work, name);
  // As an npm CDN lays a package out: /<name>@<version>/<path in the package>.
  await mkdir(join(work, 'cdn'));
  execFileSync('tar', ['-xzf', tarball, '-C', join(work, 'cdn')]);
  version = JSON.parse(await readFile(join(work, 'cdn/package/package.json'), 'utf8')).version;
  await rename(join(work, 'cdn/package'), join(work, 'cdn', `container-compass@${version}`));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const packaged = (path) => join(work, 'cdn', `container-compass@${version}`, path);

/** The README's one-tag snippet and the CSP it names, with `cdnOrigin` for the placeholder. */
async function readmeEmbed(readme, cdnOrigin) {
  const text = await readFile(readme, 'utf8');
  const script = text.match(/<script type="module"\s+src="[^"]+"\s+integrity="[^"]+" crossorigin="anonymous"><\/script>/)?.[0];
  const csp = text.match(/^script-src [^\n]+; connect-src [^\n]+$/m)?.[0];
  assert.ok(script && csp, `${readme} shows the one-tag snippet and its CSP`);
  return { script: script.replaceAll(CDN_HOST, cdnOrigin), csp: csp.replaceAll(CDN_HOST, cdnOrigin) };
}

/** The npm CDN (another origin, CORS) for `root`, and the blog with the snippet and the CSP. */
async function startSites(t, root) {
  const cdn = await serve(root, { headers: () => ({ 'access-control-allow-origin': '*' }) });
  const embed = await readmeEmbed(packaged('README.md'), cdn.url);
  const csp = `default-src 'self'; ${embed.csp}; style-src 'self'; img-src 'self' data:`;
  const blog = await serve(BLOG, {
    headers: () => ({ 'content-security-policy': csp }),
    transform: (_path, html) => {
      const page = html.replace(/<script type="module" src="EMBED_ORIGIN[^>]+><\/script>/, embed.script);
      assert.notEqual(page, html, 'the fixture has a line for the snippet');
      // The fallbacks as the package ships them.
      return pasteFallbacks(page, packaged('fallback'));
    },
  });
  t.after(async () => {
    await blog.close();
    await cdn.close();
  });
  const page = await browser.newPage();
  t.after(() => page.close());
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return { cdn, blog, page, errors };
}

test('publint and arethetypeswrong find no problem in the packed tarball', () => {
  const publint = spawnSync(join(ROOT, 'node_modules/.bin/publint'), ['run', tarball], { encoding: 'utf8' });
  assert.equal(publint.status, 0, publint.stdout + publint.stderr);
  assert.match(publint.stdout, /All good!/, publint.stdout);
  // An ESM-only package: the CommonJS resolution modes do not apply. The widgets' wasm
  // and the engine's wasm are assets (bundlers resolve their URLs), not modules with types.
  const attw = spawnSync(join(ROOT, 'node_modules/.bin/attw'),
    [tarball, '--profile', 'esm-only', '--exclude-entrypoints', './container-compass.wasm', './container-compass-engine.wasm', '--format', 'json'],
    { encoding: 'utf8' });
  assert.equal(attw.status, 0, attw.stdout + attw.stderr);
  const report = JSON.parse(attw.stdout);
  const problems = Object.values(report.problems ?? {}).flat();
  assert.deepEqual(problems.filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind)), []);
  assert.ok(Object.keys(report.analysis.entrypoints).includes('./container-compass.js'));
});

test('the README snippet from the tarball, served as an npm CDN does, renders both widgets under a strict CSP', async (t) => {
  const { cdn, blog, page, errors } = await startSites(t, join(work, 'cdn'));
  await page.goto(blog.url + '/');
  await waitForWidget(page, '#chooser');
  await waitForWidget(page, '#matrix');
  assert.match(await page.$eval('#chooser', (el) => el.shadowRoot.textContent), /추천AWS Fargate — EC2 3 : EKS Auto Mode 2 : Fargate 5/);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  // Only the two files, from the versioned path.
  assert.deepEqual([...new Set(cdn.requests)].sort(), [
    `/container-compass@${version}/container-compass.js`,
    `/container-compass@${version}/container-compass.wasm`,
  ]);
});

test('a tampered wasm on the CDN is refused: the fallback stays and the page hears why', async (t) => {
  const tampered = join(work, 'tampered');
  await cp(join(work, 'cdn'), tampered, { recursive: true });
  const wasm = join(tampered, `container-compass@${version}`, 'container-compass.wasm');
  const bytes = await readFile(wasm);
  bytes[bytes.length - 1] ^= 1;
  await writeFile(wasm, bytes);
  const { blog, page } = await startSites(t, tampered);
  await page.goto(blog.url + '/');
  await page.$eval('#chooser', (el) => el.scrollIntoView());
  await page.waitForFunction(() => document.documentElement.dataset.widgetError !== undefined);
  assert.equal(await page.locator('#chooser caption').isVisible(), true);
  assert.equal(await page.$eval('#chooser', (el) => el.shadowRoot.querySelector('.widget')), null);
});

test("the repository README's first embed snippet is the npm CDN form, with its CSP", async () => {
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  const firstHtml = readme.match(/```html\n([\s\S]*?)```/)[1];
  assert.match(firstHtml, new RegExp(`src="${CDN_HOST}/container-compass@${version.replaceAll('.', '\\.')}/container-compass\\.js"`));
  assert.match(firstHtml, /integrity="sha384-[^"]+" crossorigin="anonymous"/);
  const { csp } = await readmeEmbed(join(ROOT, 'README.md'), 'https://cdn.test');
  assert.match(csp, /script-src 'self' https:\/\/cdn\.test 'wasm-unsafe-eval'; connect-src 'self' https:\/\/cdn\.test/);
});
