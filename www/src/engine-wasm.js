// The headless engine's wasm: the core and the JS API, without Yew.
import initGlue, * as glue from './engine-glue.js';
import { wasmLoader } from './loader.js';

const loader = wasmLoader(
  initGlue,
  glue,
  new URL('./container-compass-engine.wasm', import.meta.url),
);

/**
 * Loads the engine's wasm once; resolves when it is ready. Every engine function calls it
 * itself; call it early, or with your own source (a URL, a Request, a Response, the bytes).
 */
export const loadEngine = (source) => loader.load(source);
