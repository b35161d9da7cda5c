// The custom elements. wasm-bindgen cannot extend HTMLElement, so the classes live here and
// call into the wasm: mount on connect, update on attribute change, destroy on disconnect.
// Nothing here throws into the host page: failures are logged, announced with an `error`
// event, and leave the element's fallback content (its light-DOM children) in view.
import HEIGHTS from './heights.js';
import { copyText, download, sharedStateOf, storeSharedState } from './share.js';
import { loadWasm, VERSION } from './wasm.js';

// Each element's attributes (documented in the README); a change re-renders in place.
const COMMON = ['lang', 'theme', 'loading'];
const ATTRIBUTES = {
  'ec2-fargate-chooser': [...COMMON, 'compact', 'orchestrator', 'needs', 'vcpu', 'memory',
    'replicas', 'storage', 'load', 'peak-hours', 'off-peak-replicas', 'startup-sensitive', 'ops',
    'priorities', 'agent-vcpu', 'agent-memory', 'region',
    'instance-type', 'hours', 'commitment', 'savings-plan-discount', 'currency', 'exchange-rate',
    'exchange-rate-date'],
  'ecs-eks-matrix': [...COMMON, 'view', 'weights', 'kubernetes', 'multi-cloud', 'on-premises',
    'aws-only', 'team-size'],
};
export const TAGS = Object.keys(ATTRIBUTES);

// Shown until the widget renders, for an element with no fallback content of its own. Plain
// CSS in a constructable sheet: a strict CSP allows it where it blocks <style>. The text
// keeps the host page's colour, whose contrast the host has already chosen.
const LOADING_CSS = `:host{display:block}div{box-sizing:border-box}
.cc-loading{font:14px/1.5 system-ui,sans-serif;padding:12px;border:1px dashed #8c959f;border-radius:8px}`;
const LOADING_TEXT = { ko: '불러오는 중…', en: 'Loading…' };
const FAILED_TEXT = {
  ko: '위젯을 불러오지 못했습니다. 페이지를 새로 고쳐 보세요.',
  en: 'This widget could not load. Try reloading the page.',
};

const sheets = {};
function sheet(name, css) {
  if (!sheets[name]) {
    sheets[name] = new CSSStyleSheet();
    sheets[name].replaceSync(css());
  }
  return sheets[name];
}

// What the wasm reads: the element's attributes (names and values, alternating), where a
// language could be inherited from, and its answers from the URL. `use` gets the wasm's Env,
// which is freed after.
function withEnvironment(wasm, element, use) {
  const attributes = [];
  for (const { name, value } of element.attributes) attributes.push(name, value);
  const env = new wasm.Env(
    attributes,
    element.parentElement?.closest('[lang]')?.getAttribute('lang') ?? undefined,
    globalThis.navigator?.language ?? undefined,
    sharedStateOf(element) ?? undefined,
  );
  try {
    return use(env);
  } finally {
    env.free();
  }
}

// The language of the loader's own messages, before the wasm can resolve it properly.
function roughLang(element) {
  const tag = element.closest('[lang]')?.getAttribute('lang') ?? navigator.language ?? '';
  return tag.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function hasFallback(element) {
  return element.childElementCount > 0 || element.textContent.trim() !== '';
}

/**
 * Which of the measured layouts an element will render: `cargo xtask dist` measures each
 * widget's height at a range of widths under these keys (heights.js).
 */
export function layoutKey(element) {
  const variant = element.hasAttribute('compact')
    ? '.compact'
    : element.getAttribute('view') === 'quadrants'
      ? '.quadrants'
      : '';
  return `${element.localName}${variant}.${roughLang(element)}`;
}

/**
 * The height the widget's first render will take at `width`, interpolated between the
 * measured points (`[width, height, width, height, …]`, widths ascending); 0 when unknown.
 */
function expectedHeight(element, width) {
  // heights.js gives each width and height as its difference from the one before.
  let w = 0;
  let h = 0;
  const points = (HEIGHTS[layoutKey(element)] ?? []).map((d, i) => (i % 2 ? (h += d) : (w += d)));
  let i = 2;
  while (i < points.length - 2 && points[i] < width) i += 2;
  const [w0, h0, w1 = w0, h1 = h0] = points.slice(i - 2, i + 2);
  const t = Math.min(1, Math.max(0, (width - w0) / (w1 - w0 || 1)));
  return Math.round(h0 + t * (h1 - h0)) || 0;
}

// An element starts loading the wasm when it comes this near the viewport, as a
// loading="lazy" image does: two screens ahead, so a reader scrolling at a reading pace
// finds it rendered.
const NEAR = '200% 0px';

// Every connected element, so a panic can put them all back to their fallback.
const live = new Set();
// Mounted widgets of removed elements, by tag, ready for the next element of that kind: a Yew
// app root never frees its event listeners, so mounting anew each time would leak.
const pool = new Map();
const POOL_LIMIT = 4;
// After a Rust panic the wasm instance is finished (Yew's scheduler stays locked): nothing
// calls into it again, and new elements show their fallback at once.
let panicked = null;
let panicHandlerInstalled = false;

class CompassElement extends HTMLElement {
  static version = VERSION;
  // The observers are created on first use: the class is also evaluated where they do not
  // exist (Node).
  static #near = null;
  static #resized = null;
  // Connected in this task, their height not yet held.
  static #unmeasured = new Set();
  #widget = null;
  #wasm = null;
  // The width the held height was chosen for.
  #heldWidth = -1;
  #root = null;
  #mounting = false;
  #error = null;
  /** Until the widget renders: the box that shows the fallback or a message and holds its height. */
  #hold = null;

  /**
   * Why the widget could not start or stopped, or null. The `error` event fires once, maybe
   * before a host script that loads later adds its listener; this property stays.
   */
  get error() {
    return this.#error;
  }

  /** Called by the wasm's panic hook: every element falls back and reports the error. */
  static panic(message) {
    if (panicked) return;
    panicked = String(message);
    console.error(`container-compass stopped: ${panicked}`);
    for (const element of live) element.#fallBack();
  }

  connectedCallback() {
    live.add(this);
    if (panicked) {
      this.#fallBack();
      return;
    }
    // A move in the DOM disconnects and reconnects: the widget is still mounted, keep it.
    if (this.#widget || this.#mounting) return;
    this.#holdPlace();
    if (this.getAttribute('loading') === 'eager') this.#load();
    else {
      CompassElement.#near ??= new IntersectionObserver(
        (entries) => {
          for (const entry of entries) if (entry.isIntersecting) entry.target.#load();
        },
        { rootMargin: NEAR },
      );
      CompassElement.#near.observe(this);
    }
  }

  /**
   * Shows the fallback (through a slot) or a loading message, in a box as tall as the
   * widget's first render at the element's width, so nothing below moves when it renders.
   * The first height is set before the next frame (after a frame the page would move twice);
   * a ResizeObserver follows the width if it changes before the widget renders.
   */
  #holdPlace() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet('loading', () => LOADING_CSS)];
    if (hasFallback(this)) {
      this.#hold = document.createElement('div');
      this.#hold.append(document.createElement('slot'));
      shadow.replaceChildren(this.#hold);
    } else {
      this.#hold = this.#showMessage(LOADING_TEXT, 'cc-loading');
    }
    // Every element connected in this task, measured in one layout before the next frame.
    if (!CompassElement.#unmeasured.size) {
      queueMicrotask(() => {
        const widths = [...CompassElement.#unmeasured].map((el) => [el, el.getBoundingClientRect().width]);
        CompassElement.#unmeasured.clear();
        for (const [el, width] of widths) el.#reserve(width);
      });
    }
    CompassElement.#unmeasured.add(this);
    // Only a new width matters, and its height is set in the next frame: a height set inside
    // the observer's callback resizes the element it observes, which browsers report to the
    // page as a "ResizeObserver loop" error (Firefox does, to the host's error handlers).
    CompassElement.#resized ??= new ResizeObserver((entries) => {
      for (const { target, contentRect } of entries) {
        if (Math.abs(contentRect.width - target.#heldWidth) >= 1) {
          const width = contentRect.width;
          requestAnimationFrame(() => target.#reserve(width));
        }
      }
    });
    CompassElement.#resized.observe(this);
  }

  #reserve(width) {
    this.#heldWidth = width;
    if (this.#hold) this.#hold.style.minHeight = `${expectedHeight(this, width)}px`;
  }

  /** Stops holding the place: the widget rendered, or it failed and its fallback shows. */
  #release() {
    CompassElement.#near?.unobserve(this);
    CompassElement.#resized?.unobserve(this);
    if (this.#hold) this.#hold.style.minHeight = '';
    this.#hold = null;
  }

  #load() {
    CompassElement.#near?.unobserve(this);
    if (this.#widget || this.#mounting) return;
    this.#mounting = true;
    loadWasm()
      // A task of its own for each mount, apart from compiling the wasm: shorter tasks keep
      // the page responsive while widgets start.
      .then((wasm) => new Promise((done) => setTimeout(done, 0, wasm)))
      .then((wasm) => {
        this.#mounting = false;
        if (!panicHandlerInstalled) {
          panicHandlerInstalled = true;
          wasm.setPanicHandler((message) => CompassElement.panic(message));
        }
        if (panicked || !this.isConnected || this.#widget) return;
        this.#wasm = wasm;
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        shadow.adoptedStyleSheets = [sheet('widget', () => wasm.stylesheet())];
        const onEvent = (type, payload) => this.#act(type, payload);
        const pooled = pool.get(this.localName)?.pop();
        if (pooled) {
          shadow.replaceChildren(pooled.root);
          withEnvironment(wasm, this, (env) => pooled.widget.reuse(env, onEvent));
          this.#widget = pooled.widget;
          this.#root = pooled.root;
          this.#emit('ready', {});
        } else {
          const root = document.createElement('div');
          // The chooser renders in parts, a task each: until the last, `.pending`
          // placeholders keep the widget at the height held for it, and `ready` waits for
          // the whole widget.
          root.style.setProperty('--cc-held', this.#hold?.style.minHeight ?? '');
          const whole = new MutationObserver(() => {
            if (root.firstChild && !root.querySelector('.pending')) {
              whole.disconnect();
              this.#emit('ready', {});
            }
          });
          whole.observe(root, { childList: true, subtree: true });
          shadow.replaceChildren(root);
          this.#widget = withEnvironment(wasm, this, (env) =>
            wasm.mount(this.localName, root, env, onEvent));
          this.#root = root;
        }
        this.#release();
      })
      .catch((error) => {
        this.#mounting = false;
        this.#fail(error);
      });
  }

  disconnectedCallback() {
    // Deferred, so a move (disconnect then connect in one task) does not remount.
    queueMicrotask(() => {
      if (this.isConnected) return;
      live.delete(this);
      if (!this.#widget || panicked) {
        this.#release(); // not rendered: stop watching it; a reconnect starts over
        return;
      }
      const spare = pool.get(this.localName) ?? [];
      if (spare.length < POOL_LIMIT) {
        spare.push({ widget: this.#widget, root: this.#root });
        pool.set(this.localName, spare);
      } else {
        try {
          this.#widget.destroy();
        } catch (error) {
          console.error(`<${this.localName}>:`, error);
        }
      }
      this.#widget = null;
      this.#root = null;
    });
  }

  attributeChangedCallback(name) {
    if (name === 'loading' && this.#hold && this.getAttribute('loading') === 'eager') this.#load();
    if (!this.#widget || panicked) return; // mount reads the attributes as they are then
    try {
      withEnvironment(this.#wasm, this, (env) => this.#widget.update(env));
    } catch (error) {
      this.#fail(error);
    }
  }

  #showMessage(text, className) {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet('loading', () => LOADING_CSS)];
    const box = document.createElement('div');
    box.className = className;
    box.setAttribute('role', 'status');
    box.textContent = text[roughLang(this)];
    shadow.replaceChildren(box);
    return box;
  }

  /**
   * What the widget asks of the page: an event to fire (its detail as JSON text), or a share
   * action to carry out (the state for the URL, the Markdown, the answers to save as JSON).
   */
  #act(type, payload) {
    if (type === 'copy-link') copyText(this, storeSharedState(this, payload));
    else if (type === 'copy-markdown') copyText(this, payload);
    else if (type === 'download-json') download(this, payload);
    else this.#emit(type, JSON.parse(payload));
  }

  /** Back to the light-DOM fallback (a <slot> shows it), or a message if there is none. */
  #fallBack() {
    this.#widget = null;
    this.#release();
    if (this.shadowRoot) {
      if (hasFallback(this)) {
        this.shadowRoot.adoptedStyleSheets = [];
        this.shadowRoot.replaceChildren(document.createElement('slot'));
      } else {
        this.#showMessage(FAILED_TEXT, 'cc-loading cc-failed');
      }
    }
    this.#error = panicked ?? 'container-compass stopped';
    this.#emit('error', { message: this.#error });
  }

  #fail(error) {
    if (panicked) return; // the panic hook has already put every element back
    console.error(`<${this.localName}>: could not start:`, error);
    // Fallback content stays in view (through the slot) until the widget has rendered; an
    // element without any says that it failed instead of loading forever.
    if (this.#widget || !hasFallback(this)) this.#showMessage(FAILED_TEXT, 'cc-loading cc-failed');
    this.#release();
    this.#error = String(error?.message ?? error);
    this.#emit('error', { message: this.#error });
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

/**
 * Defines every element once. A second copy of the loader (another URL, another version)
 * leaves the first definitions in place, and warns if the versions differ.
 */
export function defineElements() {
  if (typeof customElements === 'undefined') return;
  for (const tag of TAGS) {
    try {
      const existing = customElements.get(tag);
      if (existing) {
        if (existing.version !== VERSION) {
          console.warn(
            `container-compass ${VERSION}: <${tag}> is already defined by version ` +
              `${existing.version ?? 'unknown'}; keeping that one`,
          );
        }
        continue;
      }
      customElements.define(
        tag,
        class extends CompassElement {
          static observedAttributes = ATTRIBUTES[tag];
        },
      );
    } catch (error) {
      console.warn(`container-compass: could not define <${tag}>:`, error);
    }
  }
}
