// The pages the cross-engine tests open, served on loopback. WebDriver cannot intercept
// requests or listen to the console as Playwright does, so every HTML page served here gets a
// watcher script first in its <head> (a file, so a strict CSP allows it as 'self'): it records
// console errors and warnings, uncaught errors and CSP violations for the test to read.
import { mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../e2e/harness.mjs';

const WATCHER = `(() => {
  const watch = { errors: [], warnings: [], violations: [] };
  window.__ccWatch = watch;
  const text = (args) => args.map((a) => (a instanceof Error ? a.name + ': ' + a.message : String(a))).join(' ');
  for (const [level, list] of [['error', watch.errors], ['warn', watch.warnings]]) {
    const original = console[level];
    console[level] = function (...args) {
      list.push(text(args));
      return original.apply(this, args);
    };
  }
  addEventListener('error', (e) => watch.errors.push(e.message + ' (' + e.filename + ':' + e.lineno + ')'));
  addEventListener('unhandledrejection', (e) => watch.errors.push('unhandled rejection: ' + e.reason));
  document.addEventListener('securitypolicyviolation', (e) =>
    watch.violations.push(e.violatedDirective + ' ' + e.blockedURI));
})();
`;

// A page that shows another one in an iframe of a given size: a phone's viewport in a desktop
// window (see Browser.open in webdriver.mjs).
const FRAME_HOST = `<!doctype html><html><head><meta charset="utf-8"><title>frame</title></head>
<body style="margin:0"><iframe id="cc-frame" style="border:0;display:block"></iframe>
<script src="/cc-frame.js"></script></body></html>`;
const FRAME_SCRIPT = `const params = new URLSearchParams(location.search);
const frame = document.getElementById('cc-frame');
frame.width = params.get('width');
frame.height = params.get('height');
frame.src = params.get('src');
`;

const withWatcher = (html) => html.replace(/<head>/i, '<head><script src="/cc-watch.js"></script>');

/**
 * Serves the files of `dirs` (linked into one temporary folder, the later winning) plus the
 * watcher, the extra `files` (name to text) and the pages added with `page(html)`. `transform(path, html)` may rewrite HTML
 * first; `headers` and `missing` are as for the e2e harness's `serve`. Resolves to
 * `{ url, requests, page, close }`.
 */
export async function site(dirs, { transform = (_path, html) => html, files = {}, ...options } = {}) {
  const root = await mkdtemp(join(tmpdir(), 'cc-engines-'));
  for (const dir of dirs) {
    for (const name of await readdir(dir)) {
      await rm(join(root, name), { force: true, recursive: true });
      await symlink(resolve(dir, name), join(root, name));
    }
  }
  await writeFile(join(root, 'cc-watch.js'), WATCHER);
  await writeFile(join(root, 'cc-frame.html'), FRAME_HOST);
  await writeFile(join(root, 'cc-frame.js'), FRAME_SCRIPT);
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text);
  const server = await serve(root, {
    ...options,
    transform: async (path, html) => withWatcher(await transform(path, html)),
  });
  let pages = 0;
  return {
    url: server.url,
    requests: server.requests,
    /** Adds a page holding `html`; resolves to its URL. */
    async page(html) {
      pages += 1;
      await writeFile(join(root, `page-${pages}.html`), html);
      return `${server.url}/page-${pages}.html`;
    },
    async close() {
      await server.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A page holding `body`, with the loader from `/embed/`, in `lang` and on a `theme` background. */
export const widgetPage = ({ lang = 'en', theme = 'light', body }) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>widgets</title>
<link rel="icon" href="data:,"><script type="module" src="/embed/container-compass.js"></script></head>
<body style="margin:0;padding:8px;background:${theme === 'dark' ? '#010409' : '#fff'}"><main>${body}</main></body></html>`;
