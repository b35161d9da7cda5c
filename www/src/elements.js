// The custom elements. wasm-bindgen cannot extend HTMLElement, so the classes live here and
// call into the wasm: mount on connect, update on attribute change, destroy on disconnect.
// Nothing here throws into the host page: failures are logged, announced with an `error`
// event, and leave the element's fallback content (its light-DOM children) in view.
import { upgradeState } from './legacy-state.js';
import { loadWasm, VERSION } from './wasm.js';

// Each element's attributes (documented in the README); a change re-renders in place.
const COMMON = ['lang', 'theme'];
const ATTRIBUTES = {
  'ec2-fargate-chooser': [...COMMON, 'compact', 'orchestrator', 'needs', 'vcpu', 'memory',
    'replicas', 'storage', 'load', 'peak-hours', 'off-peak-replicas', 'startup-sensitive', 'ops',
    'priorities', 'agent-vcpu', 'agent-memory', 'region',
    'instance-type', 'hours', 'currency', 'exchange-rate', 'exchange-rate-date'],
  'ecs-eks-matrix': [...COMMON, 'view', 'weights', 'kubernetes', 'multi-cloud', 'on-premises',
    'aws-only', 'team-size'],
};
export const TAGS = Object.keys(ATTRIBUTES);

// Shown while the wasm loads, for an element with no fallback content of its own. Plain CSS
// in a constructable sheet: a strict CSP allows it where it blocks <style>.
const LOADING_CSS = `:host{display:block}
.cc-loading{font:14px/1.5 system-ui,sans-serif;color:#59636e;padding:12px;border:1px dashed #d1d9e0;border-radius:8px}
@media (prefers-reduced-motion:no-preference){.cc-loading{animation:cc-pulse 1.2s ease-in-out infinite alternate}}
@keyframes cc-pulse{from{opacity:.55}to{opacity:1}}`;
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

// URL state: each widget keeps its answers in the page's hash under its own key,
// `cc-<element id>` (the tag name for an element without an id), and only when the reader
// presses "Copy link". Everything else in the hash is left as it was.
const stateKey = (element) => `cc-${element.id || element.localName}=`;
const hashParts = () => location.hash.replace(/^#/, '').split('&').filter(Boolean);

function sharedStateOf(element) {
  const key = stateKey(element);
  const part = hashParts().find((p) => p.startsWith(key));
  if (!part) return null;
  let state = part.slice(key.length);
  try {
    state = decodeURIComponent(state);
  } catch {
    return state; // the wasm refuses it and warns
  }
  return upgradeState(state);
}

function storeSharedState(element, state) {
  const key = stateKey(element);
  const parts = hashParts().filter((p) => !p.startsWith(key));
  parts.push(key + encodeURIComponent(state));
  history.replaceState(history.state, '', `#${parts.join('&')}`);
  return location.href;
}

function copyText(element, text) {
  const done = globalThis.navigator?.clipboard?.writeText(text);
  if (!done) {
    console.warn(`<${element.localName}>: no clipboard here; the text was:\n${text}`);
    return;
  }
  done.catch((error) => console.warn(`<${element.localName}>: could not copy:`, error));
}

function download(element, answers) {
  const json = JSON.stringify(JSON.parse(answers), null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${element.id || element.localName}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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
  #widget = null;
  #wasm = null;
  #root = null;
  #mounting = false;
  #error = null;

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
    this.#mounting = true;
    if (!this.shadowRoot && !hasFallback(this)) this.#showMessage(LOADING_TEXT, 'cc-loading');
    loadWasm()
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
        } else {
          const root = document.createElement('div');
          shadow.replaceChildren(root);
          this.#widget = withEnvironment(wasm, this, (env) =>
            wasm.mount(this.localName, root, env, onEvent));
          this.#root = root;
        }
        this.#emit('ready', {});
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
      if (!this.#widget || panicked) return;
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

  attributeChangedCallback() {
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
    // With fallback content there is no shadow root yet and the fallback stays in view; an
    // element without one says that it failed instead of loading forever.
    if (this.shadowRoot) this.#showMessage(FAILED_TEXT, 'cc-loading cc-failed');
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
