// The widgets' wasm (Yew components and the custom elements' wasm side).
// Named, not `* as glue`: the bundle then leaves out the glue's exports nobody calls.
import initGlue, { __ccPanicForTests, Env, mount, setPanicHandler, stylesheet } from './glue.js';
import { wasmLoader } from './loader.js';

export { VERSION } from './loader.js';

// `new URL(…, import.meta.url)` written out here, where bundlers look for it.
const glue = { __ccPanicForTests, Env, mount, setPanicHandler, stylesheet };
const loader = wasmLoader(initGlue, glue, new URL('./container-compass.wasm', import.meta.url));

/**
 * Loads the widgets' wasm once; resolves when it is ready. Elements call it themselves; call
 * it early to start the download sooner, or with your own source (a URL, a Request carrying
 * an integrity hash, a Response, or the bytes).
 */
export const loadWasm = (source) => loader.load(source);

/** Bytes of wasm linear memory the widgets use (0 before the wasm loads). */
export const wasmMemoryBytes = () => loader.memoryBytes();
