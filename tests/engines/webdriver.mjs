// One browser of each engine behind the W3C WebDriver protocol (the selenium-webdriver
// client from npm), so the cross-engine tests read the same in Chromium (chromedriver),
// Firefox (geckodriver) and WebKit (WebKitGTK's WebKitWebDriver with MiniBrowser, under an
// Xvfb display of its own). launch.mjs starts them; this is what a test does with one.
import { Key } from 'selenium-webdriver';
import { cropPng } from './png.mjs';

export { Key };
// Below this width a page opens in an iframe (see Browser.open) in a window this wide.
const NARROWEST_WINDOW = 600;

/** One session: pages opened one after another, driven as a reader would drive them. */
export class Browser {
  constructor(engine, driver, stop) {
    this.engine = engine;
    this.driver = driver;
    this.stop = stop;
    this.viewport = null;
  }

  /** Whether the session still answers (a crashed page ends it). */
  async alive() {
    try {
      await this.driver.getWindowHandle();
      return true;
    } catch {
      return false;
    }
  }

  async quit() {
    try {
      await this.driver.quit();
    } finally {
      this.stop();
    }
  }

  /**
   * The layout viewport's [width, height] once it is `width` × `height`, or once three
   * readings 50 ms apart agree, or after a second.
   */
  async settledViewport(width, height) {
    const read = () => this.run(() => [document.documentElement.clientWidth, innerHeight]);
    let inner = await read();
    let same = 0;
    for (const deadline = Date.now() + 1000; Date.now() < deadline; ) {
      if (inner[0] === width && inner[1] === height) break;
      await new Promise((done) => setTimeout(done, 50));
      const next = await read();
      same = next[0] === inner[0] && next[1] === inner[1] ? same + 1 : 0;
      inner = next;
      if (same >= 2) break;
    }
    return inner;
  }

  /** Makes the window's layout viewport `width` × `height` CSS pixels, whatever the chrome. */
  async resize(width, height) {
    if (this.viewport?.width === width && this.viewport?.height === height) return;
    const window = this.driver.manage().window();
    let rect = { width, height };
    let inner = [];
    // The window's frame and any scrollbar take part of it: grow by what is missing (a
    // scrollbar may come or go with the new height). The window manager may apply a size a
    // moment after setRect returns (seen with MiniBrowser under Xvfb), so each attempt waits
    // up to a second for the viewport to reach the size, or to stop changing.
    for (let attempt = 0; attempt < 4; attempt++) {
      await window.setRect(rect);
      inner = await this.settledViewport(width, height);
      if (inner[0] === width && inner[1] === height) {
        this.viewport = { width, height };
        return;
      }
      rect = { width: rect.width + width - inner[0], height: rect.height + height - inner[1] };
    }
    throw new Error(`${this.engine}: cannot make the viewport ${width}×${height} (it is ${inner.join('×')})`);
  }

  /**
   * Opens `url` with a layout viewport of `width` × `height` CSS pixels; resolves when the
   * document has loaded. Narrower than a desktop window goes (Firefox keeps 500 px, MiniBrowser
   * about 450), the page opens in an iframe of that size, as wide as a phone's viewport, and
   * the commands that follow act inside it.
   */
  async open(url, { width = 1024, height = 900 } = {}) {
    await this.driver.switchTo().defaultContent();
    this.framed = width < NARROWEST_WINDOW;
    if (!this.framed) {
      await this.resize(width, height);
      await this.go(url);
      return;
    }
    await this.resize(NARROWEST_WINDOW, height);
    const host = new URL('/cc-frame.html', url);
    host.search = new URLSearchParams({ src: url, width, height });
    await this.go(host.href);
    const frame = await this.until('the frame loaded', () => {
      const el = document.getElementById('cc-frame');
      const doc = el?.contentDocument;
      return doc?.URL === el.src && doc.readyState === 'complete' ? el : null;
    });
    await this.driver.switchTo().frame(frame);
  }

  /**
   * Navigates to `url`, and waits until the current document is `url`'s and has loaded:
   * ChromeDriver's `get` has returned while the page before was still current (twice in CI
   * runs: a test tagged and awaited the old page's widgets, then read the new page's
   * "Loading…").
   */
  async go(url) {
    await this.driver.get(url);
    await this.until(`${url} is the page`, (u) =>
      document.URL === new URL(u, document.baseURI).href && document.readyState === 'complete', url);
  }

  /** Grows the viewport to the height of the whole page, so a screenshot holds all of it. */
  async fitHeight() {
    const height = await this.run(() => document.documentElement.scrollHeight);
    if (!this.framed) {
      await this.resize(this.viewport.width, height);
      await this.painted();
      return;
    }
    await this.driver.switchTo().defaultContent();
    await this.resize(NARROWEST_WINDOW, height);
    const frame = await this.run((h) => {
      const el = document.getElementById('cc-frame');
      el.height = h;
      return el;
    }, height);
    await this.driver.switchTo().frame(frame);
    await this.painted();
  }

  /** Resolves once the page has rendered two more frames (WebKitGTK paints a resized window late). */
  painted() {
    return this.driver.executeAsyncScript((done) =>
      requestAnimationFrame(() => requestAnimationFrame(done)));
  }

  /** Runs `fn(...args)` in the page and returns what it returns (elements included). */
  run(fn, ...args) {
    return this.driver.executeScript(fn, ...args);
  }

  /** Waits until `fn(...args)`, run in the page, returns something truthy; returns it. */
  until(what, fn, ...args) {
    return this.driver.wait(() => this.run(fn, ...args), 15000, `still not true: ${what}`, 25);
  }

  /**
   * Scrolls the element `host` into view, as a reader would (widgets load when they come
   * near), and waits until it has rendered its widget in its shadow root.
   */
  async widget(host) {
    await this.until(`${host} in the page`, (sel) => document.querySelector(sel) != null, host);
    await this.run((sel) => document.querySelector(sel).scrollIntoView({ block: 'nearest' }), host);
    // Whole: the chooser renders in parts, and `.pending` marks a part still to come.
    return this.until(`${host} rendered`, (sel) => {
      const root = document.querySelector(sel)?.shadowRoot;
      return root?.querySelector('.widget') != null && root.querySelector('.pending') == null;
    }, host);
  }

  /** The element `inner` inside `host`'s shadow root (`host` alone: the host). */
  async find(host, inner) {
    const element = await this.run((h, i) => {
      const el = document.querySelector(h);
      return i ? el?.shadowRoot?.querySelector(i) : el;
    }, host, inner);
    if (!element) throw new Error(`no ${inner ?? ''} in ${host}`);
    return element;
  }

  /** The text of `inner` in `host`'s shadow root (of the whole root without `inner`). */
  text(host, inner) {
    return this.run((h, i) => {
      const root = document.querySelector(h)?.shadowRoot;
      return (i ? root?.querySelector(i) : root)?.textContent ?? null;
    }, host, inner);
  }

  /** Clicks `inner` in `host`'s shadow root the way a pointer does (scrolled into view). */
  async click(host, inner) {
    await (await this.find(host, inner)).click();
  }

  /** Clicks the control in `host` whose own label text is exactly `label`. */
  async clickLabel(host, label) {
    const element = await this.run((h, text) =>
      [...document.querySelector(h).shadowRoot.querySelectorAll('label')]
        .find((l) => l.textContent.trim() === text) ?? null, host, label);
    if (!element) throw new Error(`no label "${label}" in ${host}`);
    await element.click();
  }

  /** Chooses `value` in the `<select>` `inner` by clicking its option. */
  async select(host, inner, value) {
    const option = await this.find(host, `${inner} option[value="${value}"]`);
    await option.click();
  }

  /** Presses keys on whatever has focus, as a keyboard does. */
  async press(...keys) {
    await this.driver.actions().sendKeys(...keys).perform();
  }

  /** The id of the focused element inside `host`'s shadow root, or null. */
  focusedIn(host) {
    return this.run((h) => document.querySelector(h)?.shadowRoot?.activeElement?.id ?? null, host);
  }

  /** What the page's watcher recorded: errors, warnings and CSP violations. */
  watched() {
    return this.run(() => window.__ccWatch ?? { errors: ['the watcher did not run'], warnings: [], violations: [] });
  }

  /**
   * A PNG of `inner` in `host`'s shadow root, scrolled into view and painted first (WebKitGTK
   * snapshots before it repaints a scrolled page, in black).
   */
  async screenshotOf(host, inner) {
    const element = await this.find(host, inner);
    await this.run((el) => el.scrollIntoView({ block: 'center' }), element);
    await this.painted();
    return Buffer.from(await element.takeScreenshot(), 'base64');
  }

  /**
   * A PNG of the element `host` (in a framed page, see `open`, of the whole frame), cut from a
   * screenshot of the window: element screenshots lose their top rows in Firefox and come out
   * shifted inside a frame in WebKitGTK. Make the viewport hold all of it first (`fitHeight`).
   */
  async screenshot(host) {
    const framed = this.framed;
    if (framed) await this.driver.switchTo().defaultContent();
    const element = await this.find(framed ? '#cc-frame' : host);
    const rect = await this.run((el) => {
      const { x, y, width, height } = el.getBoundingClientRect();
      return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
    }, element);
    const png = cropPng(Buffer.from(await this.driver.takeScreenshot(), 'base64'), rect);
    if (framed) await this.driver.switchTo().frame(element);
    return png;
  }
}
