// The npm package's elements entry: importing it defines the custom elements. The engine
// API is here too (its own wasm, loaded on the first call); `container-compass/engine`
// offers it without the elements.
import { defineElements } from './elements.js';

defineElements();

export { TAGS } from './elements.js';
export { breakEven, catalog, compareOrchestrators, estimateCost, loadEngine, recommendCompute, starterConfig } from './engine.js';
export { loadWasm, VERSION } from './wasm.js';
