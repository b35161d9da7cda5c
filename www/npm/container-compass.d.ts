// Types of container-compass.js, the single-file bundle a page loads with one
// <script type="module"> tag (from an npm CDN or its own host). Importing it defines the
// elements, like the package's main entry. It has no engine API: that is a wasm of its own
// (`container-compass/engine`), so a page of widgets does not download it.
export { loadWasm, VERSION } from './index.js';

/** Bytes of wasm linear memory in use by the bundle's copy of the module (0 before it loads). */
export declare function wasmMemoryBytes(): number;
