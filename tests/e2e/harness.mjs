// Shared pieces of the end-to-end tests: a static file server on loopback and a headless
// Chromium (Debian's, driven by playwright-core; Playwright's own browser download is not
// used).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, inflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};

/**
 * Serves `dir` on a free loopback port and records every request path in `requests`.
 * `headers(path)` may add response headers (a CSP, CORS); `transform(path, text)` may
 * rewrite HTML; paths in `missing` answer 404; `compress` gzips what a browser accepts, as a
 * production host does. Resolves to `{ url, requests, close }`.
 */
export async function serve(dir, { headers = () => ({}), transform, missing = [], compress = false } = {}) {
  const base = resolve(dir);
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    requests.push(path);
    let file = normalize(join(base, path));
    if (missing.includes(path) || (file !== base && !file.startsWith(base + sep))) {
      response.writeHead(404).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      if (transform && extname(file) === '.html') body = await transform(path, body.toString());
      const gzip = compress && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
        ...headers(path),
      });
      response.end(gzip ? gzipSync(body, { level: 9 }) : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    // Drop the browser's keep-alive connections too, or close() waits for them (and a test
    // that closes its server before its page would hang).
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}

/**
 * The blog fixture (fixtures/blog) as an author publishes it: its strict Content-Security-Policy
 * with the loader's origin `embedUrl` allowed, and its HTML with that origin filled in and the
 * prerendered fallback from dist/embed pasted into each element.
 */
export const blogCsp = (embedUrl) => [
  "default-src 'self'",
  `script-src 'self' ${embedUrl} 'wasm-unsafe-eval'`,
  `connect-src 'self' ${embedUrl}`,
  "style-src 'self'",
  "img-src 'self' data:",
].join('; ');

export const blogHtml = (html, embedUrl) =>
  pasteFallbacks(html.replaceAll('EMBED_ORIGIN', embedUrl), join(DIST, 'embed/fallback'));

/**
 * `html` with each `<!-- FALLBACK <tag>.<lang> -->` marker replaced by the snippet
 * `<fallbackDir>/<tag>.<lang>.html`, as a blogger pastes it (or by nothing when `paste` is false).
 */
export async function pasteFallbacks(html, fallbackDir, { paste = true } = {}) {
  let page = html;
  for (const [marker, name] of html.matchAll(/<!-- FALLBACK ([\w.-]+) -->/g)) {
    const snippet = paste ? (await readFile(join(fallbackDir, `${name}.html`), 'utf8')).trim() : '';
    page = page.replace(marker, snippet);
  }
  return page;
}

/** Launches headless Chromium with the flags this machine's closed network needs. */
export function launchChromium(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    ...options,
  });
}

/** Collects console errors and page errors, to assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/**
 * Scrolls the element `selector` into view, as a reader would (widgets load when they come
 * near the viewport), and waits until it has rendered in full in its shadow root (the
 * chooser renders in parts; `.pending` marks a part still to come).
 */
export async function waitForWidget(page, selector) {
  await page.waitForSelector(selector, { state: 'attached' });
  await page.$eval(selector, (el) => el.scrollIntoView({ block: 'nearest' }));
  await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(sel)?.shadowRoot;
      return root?.querySelector('.widget') != null && root.querySelector('.pending') == null;
    },
    selector,
    { timeout: 15000 },
  );
}

/** The text inside the element's shadow root. */
export function shadowText(page, selector) {
  return page.$eval(selector, (el) => el.shadowRoot?.textContent ?? '');
}

/** Decodes an 8-bit RGB or RGBA PNG (what Chromium's screenshots are) into rows of pixels. */
export function decodePng(buffer) {
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const chunk = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = chunk.readUInt32BE(0);
      height = chunk.readUInt32BE(4);
      channels = { 2: 3, 6: 4 }[chunk[9]];
      if (chunk[8] !== 8 || !channels) throw new Error('only 8-bit RGB(A) PNGs are supported');
    } else if (type === 'IDAT') {
      data.push(chunk);
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start];
    const line = Buffer.from(raw.subarray(start + 1, start + 1 + stride));
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? line[x - channels] : 0;
      const up = previous[x];
      const corner = x >= channels ? previous[x - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - corner;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - corner)];
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : corner;
      }
      line[x] = (line[x] + predictor) & 255;
    }
    rows.push(line);
    previous = line;
  }
  return { width, height, channels, rows };
}

/** How many pixels of two same-sized screenshots differ (Infinity if the sizes differ). */
export function differingPixels(pngA, pngB) {
  const [a, b] = [decodePng(pngA), decodePng(pngB)];
  if (a.width !== b.width || a.height !== b.height) return Infinity;
  let count = 0;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const [i, j] = [x * a.channels, x * b.channels];
      const rowA = a.rows[y];
      const rowB = b.rows[y];
      if (rowA[i] !== rowB[j] || rowA[i + 1] !== rowB[j + 1] || rowA[i + 2] !== rowB[j + 2]) count++;
    }
  }
  return count;
}
