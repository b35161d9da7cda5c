// Entry of dist/embed/container-compass.js: defines the elements on import, and offers the
// engine API to a page's own scripts.
import { defineElements } from './elements.js';

defineElements();

export { breakEven, catalog, compareOrchestrators, estimateCost, recommendCompute } from './engine.js';
export { loadWasm, VERSION, wasmMemoryBytes } from './wasm.js';
