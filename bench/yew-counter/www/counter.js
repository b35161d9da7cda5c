// Loads the baseline counter the way the widgets' loader loads theirs.
import init, { mount } from './glue.js';

export const ready = init({ module_or_path: new URL('./yew-counter.wasm', import.meta.url) }).then(
  (exports) => {
    window.__wasmMemory = () => exports.memory.buffer.byteLength;
    mount(document.getElementById('app'));
    window.__interactiveAt = performance.now();
  },
);
