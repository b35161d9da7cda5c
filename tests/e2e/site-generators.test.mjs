// The Hugo, Jekyll and Astro recipes of docs/embedding.md, built with the real tools: each
// fixture site gets the recipe's files copied verbatim from the docs and the built embed files
// (Astro: the packed npm package), is built under /blog/, and its post is loaded in Chromium.
// The built HTML must carry both fallbacks and one script tag; both widgets must render.
// Screenshots of each built page go to target/site-generators/ for a person to look at.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DIST, ROOT, launchChromium, serve, shadowText, waitForWidget, watchErrors } from './harness.mjs';

const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
const DOCS = join(ROOT, 'docs/embedding.md');
const SCREENSHOTS = join(ROOT, 'target/site-generators');
const EMBED = join(DIST, 'embed');
let work;
let browser;

const run = (command, args, cwd, env = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'cc-sites-'));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

/** The section of the docs from `heading` to the next `## `. */
async function docsSection(heading) {
  const docs = await readFile(DOCS, 'utf8');
  const start = docs.indexOf(`\n${heading}`);
  assert.notEqual(start, -1, `docs/embedding.md has a "${heading}" section`);
  const end = docs.indexOf('\n## ', start + 1);
  return docs.slice(start, end === -1 ? undefined : end);
}

/** The files a recipe tells the reader to create: "`path`:" followed by a fenced block. */
function recipeFiles(section) {
  const files = [...section.matchAll(/`([\w./-]+)`:\n\n```[\w-]+\n([\s\S]*?)```/g)].map(([, path, text]) => [path, text]);
  assert.ok(files.length > 0, 'the recipe names a file to create');
  return files;
}

const copyFiles = async (names, from, to) => {
  await mkdir(to, { recursive: true });
  for (const name of names) await cp(join(from, name), join(to, name), { recursive: true });
};

const GENERATORS = {
  hugo: {
    heading: '## Hugo',
    usage: /In a post: `([^`]+)`/,
    post: 'content/posts/compass.md',
    async prepare(site) {
      await cp(EMBED, join(site, 'static/container-compass'), { recursive: true });
    },
    build: (site, out) => run('hugo', ['--quiet', '--destination', out], site),
    pages: ['posts/compass/index.html'],
  },
  jekyll: {
    heading: '## Jekyll',
    usage: /In a post: `([^`]+)`/,
    post: '_posts/2026-11-30-compass.md',
    async prepare(site) {
      await copyFiles(['container-compass.js', 'container-compass.wasm'], EMBED, join(site, 'assets/container-compass'));
      await cp(join(EMBED, 'fallback'), join(site, '_includes/container-compass/fallback'), { recursive: true });
    },
    build: (site, out) => run('jekyll', ['build', '--quiet', '--destination', out], site),
    pages: ['2026/11/30/compass.html'],
  },
  astro: {
    heading: '## Astro',
    usage: /`(<ContainerCompass [^`]+)`/,
    post: 'src/pages/posts/compass.mdx',
    async prepare(site) {
      // `npm install container-compass`, from the packed tarball, into the fixture's own
      // node_modules (installed by `cargo xtask test` from its lockfile), which the copy shares.
      const fixture = join(FIXTURES, 'astro-site');
      const packed = run('npm', ['pack', join(DIST, 'npm'), '--pack-destination', work, '--silent'], work).trim();
      run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', join(work, packed)], fixture);
      await symlink(join(fixture, 'node_modules'), join(site, 'node_modules'), 'dir');
    },
    build: (site, out) => run(join(site, 'node_modules/.bin/astro'), ['build', '--silent', '--outDir', out], site, {
      ASTRO_TELEMETRY_DISABLED: '1',
    }),
    pages: ['posts/compass/index.html', 'index.html'],
  },
};

for (const [name, generator] of Object.entries(GENERATORS)) {
  test(`${name}: the recipe builds; each page has both fallbacks, one script, and both widgets render`, async (t) => {
    const site = join(work, `${name}-site`);
    await cp(join(FIXTURES, `${name}-site`), site, { recursive: true, filter: (src) => !src.includes('node_modules') });
    const section = await docsSection(generator.heading);
    for (const [path, text] of recipeFiles(section)) {
      await mkdir(dirname(join(site, path)), { recursive: true });
      await writeFile(join(site, path), text);
    }
    // The fixture's post uses the recipe as the docs show it.
    const usage = section.match(generator.usage)?.[1];
    assert.ok(usage, 'the docs show how a post uses the recipe');
    assert.ok((await readFile(join(site, generator.post), 'utf8')).includes(usage), `the post uses ${usage}`);
    await generator.prepare(site);
    const www = join(work, `${name}-www`);
    generator.build(site, join(www, 'blog'));

    const server = await serve(www);
    t.after(() => server.close());
    for (const page of generator.pages) {
      const html = await readFile(join(www, 'blog', page), 'utf8');
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      assert.equal(scripts.length, 1, `${page}: one script tag, not ${scripts.join(' ')}`);
      assert.match(scripts[0], /type="module"/);
      for (const [tag, caption] of [
        ['ec2-fargate-chooser', 'EC2 노드 그룹과 AWS Fargate 비교'],
        ['ecs-eks-matrix', 'Amazon ECS와 Amazon EKS 비교'],
      ]) {
        const element = html.match(new RegExp(`<${tag}( [^>]*)?>([\\s\\S]*?)</${tag}>`));
        assert.ok(element, `${page}: has <${tag}>`);
        assert.match(element[1], /lang="ko"/, `${page}: <${tag}> in Korean`);
        assert.match(element[2], new RegExp(`<caption>${caption}</caption>`), `${page}: <${tag}> holds its fallback`);
      }
      assert.match(html, /<ecs-eks-matrix [^>]*weights="portability:3"/, `${page}: other parameters become attributes`);

      const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
      t.after(() => context.close());
      const tab = await context.newPage();
      const errors = watchErrors(tab);
      await tab.goto(`${server.url}/blog/${page.replace(/index\.html$/, '')}`);
      await waitForWidget(tab, 'ec2-fargate-chooser');
      await waitForWidget(tab, 'ecs-eks-matrix');
      assert.match(await shadowText(tab, 'ec2-fargate-chooser'), /꼭 필요한 것/);
      assert.equal(await tab.locator('ecs-eks-matrix #weight-3').inputValue(), '3');
      assert.deepEqual(errors, []);
      await mkdir(SCREENSHOTS, { recursive: true });
      await tab.screenshot({ path: join(SCREENSHOTS, `${name}-${page.replaceAll('/', '-').replace(/\.html$/, '')}.png`), fullPage: true });
    }
  });
}
