// Entry of dist/embed/container-compass.js: defines the elements on import. The engine API
// is a bundle of its own (dist/engine), so a page of widgets downloads no engine.
import { defineElements } from './elements.js';

defineElements();

export { loadWasm, VERSION, wasmMemoryBytes } from './wasm.js';
