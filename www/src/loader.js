// Loads a wasm module once per copy of this file, however many elements or API calls ask.
// The widgets and the headless engine are two wasm modules, each with its own glue; both
// load through here.

// `cargo xtask dist` defines these when it bundles dist/embed or dist/engine (each bundle
// holds one wasm); unbundled (npm) they are absent.
/* global __CC_WASM_INTEGRITY__, __CC_VERSION__ */
const WASM_INTEGRITY =
  typeof __CC_WASM_INTEGRITY__ === 'string' ? __CC_WASM_INTEGRITY__ : undefined;
export const VERSION = typeof __CC_VERSION__ === 'string' ? __CC_VERSION__ : 'dev';

// Node (a static-site generator at build time) cannot fetch a file: URL; read the bytes.
// The specifier is a variable so that browser bundlers leave the import alone.
const NODE_FS = 'node:fs/promises';

/**
 * A loader for the wasm `url` (beside the module that asks) with wasm-bindgen's `initGlue`
 * and `glue` exports: `load(source)` resolves to the exports once the module is
 * instantiated; `source` overrides where the wasm comes from (a URL, a Request, a Response
 * or the bytes). By default the wasm is fetched with its Subresource Integrity hash when the
 * build recorded one, so a host's `integrity` on the script tag covers the wasm too.
 */
export function wasmLoader(initGlue, glue, url) {
  let ready = null;
  let instance = null;
  return {
    load(source) {
      if (!ready) {
        ready = defaultSource(source, url)
          .then((module_or_path) => initGlue({ module_or_path }))
          .then(
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
    },
    /** Bytes of wasm linear memory in use by this copy of the module (0 before it loads). */
    memoryBytes() {
      return instance?.memory?.buffer.byteLength ?? 0;
    },
  };
}

async function defaultSource(source, url) {
  if (source) return source;
  if (url.protocol === 'file:') {
    const { readFile } = await import(/* @vite-ignore */ NODE_FS);
    return readFile(url);
  }
  return WASM_INTEGRITY ? new Request(url, { integrity: WASM_INTEGRITY }) : url;
}
