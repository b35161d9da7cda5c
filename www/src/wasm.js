// Loads the wasm module once per copy of this file, however many elements or API calls ask.
import initGlue, * as glue from './glue.js';

// `cargo xtask dist` defines these when it bundles dist/embed; unbundled (npm) they are absent.
/* global __CC_WASM_INTEGRITY__, __CC_VERSION__ */
const WASM_INTEGRITY =
  typeof __CC_WASM_INTEGRITY__ === 'string' ? __CC_WASM_INTEGRITY__ : undefined;
export const VERSION = typeof __CC_VERSION__ === 'string' ? __CC_VERSION__ : 'dev';

let ready = null;
let instance = null;

/**
 * Resolves to the wasm exports once the module is instantiated. `source` overrides where the
 * wasm comes from (a URL, a Request, a Response or the bytes); by default it is the
 * `container-compass.wasm` beside this file, fetched with its Subresource Integrity hash when
 * the build recorded one, so a host's `integrity` on the script tag covers the wasm too.
 */
export function loadWasm(source) {
  if (!ready) {
    ready = defaultSource(source).then((module_or_path) => initGlue({ module_or_path })).then(
      (exports) => {
        instance = exports;
        return glue;
      },
      (error) => {
        ready = null; // a later call may try again, e.g. once the network is back
        throw error;
      },
    );
  }
  return ready;
}

// Node (a static-site generator at build time) cannot fetch a file: URL; read the bytes.
// The specifier is a variable so that browser bundlers leave the import alone.
const NODE_FS = 'node:fs/promises';

async function defaultSource(source) {
  if (source) return source;
  const url = new URL('./container-compass.wasm', import.meta.url);
  if (url.protocol === 'file:') {
    const { readFile } = await import(/* @vite-ignore */ NODE_FS);
    return readFile(url);
  }
  return WASM_INTEGRITY ? new Request(url, { integrity: WASM_INTEGRITY }) : url;
}

/** Bytes of wasm linear memory in use by this copy of the module (0 before it loads). */
export function wasmMemoryBytes() {
  return instance?.memory?.buffer.byteLength ?? 0;
}
