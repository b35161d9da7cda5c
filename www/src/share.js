// What the share bar's actions do on the host page: the answers kept in the page's URL, text
// copied to the clipboard, a JSON file downloaded. Nothing here throws into the host page.
import { upgradeState } from './legacy-state.js';

// URL state: each widget keeps its answers in the page's hash under its own key,
// `cc-<element id>` (the tag name for an element without an id), and only when the reader
// presses "Copy link". Everything else in the hash is left as it was.
const stateKey = (element) => `cc-${element.id || element.localName}=`;
const hashParts = () => location.hash.replace(/^#/, '').split('&').filter(Boolean);

export function sharedStateOf(element) {
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

export function storeSharedState(element, state) {
  const key = stateKey(element);
  const parts = hashParts().filter((p) => !p.startsWith(key));
  parts.push(key + encodeURIComponent(state));
  history.replaceState(history.state, '', `#${parts.join('&')}`);
  return location.href;
}

export function copyText(element, text) {
  const done = globalThis.navigator?.clipboard?.writeText(text);
  if (!done) {
    console.warn(`<${element.localName}>: no clipboard here; the text was:\n${text}`);
    return;
  }
  done.catch((error) => console.warn(`<${element.localName}>: could not copy:`, error));
}

export function download(element, answers) {
  const json = JSON.stringify(JSON.parse(answers), null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${element.id || element.localName}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
