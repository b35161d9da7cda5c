// The headless engine API: plain objects in and out, no DOM needed (browsers and Node >= 20).
// Each call waits for the engine's wasm once (a module of its own, without the widgets).
// Invalid input rejects with an Error whose message names the field, the value received and
// what is allowed; unknown fields are refused rather than ignored.
import { loadEngine } from './engine-wasm.js';

export { loadEngine } from './engine-wasm.js';
export { VERSION } from './loader.js';

// Inputs are read as JSON.stringify writes them: a field set to `undefined` is absent, and
// `undefined` for the whole input means "every default" where the API allows it.
const plain = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/**
 * Recommends EC2 node groups, Fargate or a mix for a workload profile, priced with
 * `settings` (Region, instance type, hours…: the same fields and defaults as estimateCost).
 */
export async function recommendCompute(profile, settings = {}) {
  return (await loadEngine()).recommendCompute(plain(profile), plain(settings));
}

/**
 * The starter configuration for the plan recommendCompute gives the same arguments: the
 * eksctl or ECS files, the getting-started steps with their commands, and the facts they
 * rest on; or, for a plan no file can express, the field in the way and why.
 */
export async function starterConfig(profile, settings = {}) {
  return (await loadEngine()).starterConfig(plain(profile), plain(settings));
}

/** Compares Amazon ECS and Amazon EKS under the given weights and context. */
export async function compareOrchestrators(input = {}) {
  return (await loadEngine()).compareOrchestrators(plain(input));
}

/** Prices a workload for a month on Fargate and on packed EC2 nodes, in USD. */
export async function estimateCost(input) {
  return (await loadEngine()).estimateCost(plain(input));
}

/**
 * Both sides' monthly cost from 1 to `upTo` replicas (default 100, at most 1000), and the
 * replica counts where the cheaper side changes.
 */
export async function breakEven(input, upTo = 100) {
  if (!Number.isInteger(upTo) || upTo < 1 || upTo > 1000) {
    throw new Error(`upTo: received ${JSON.stringify(upTo) ?? String(upTo)}, allowed a whole number from 1 to 1000`);
  }
  return (await loadEngine()).breakEven(plain(input), upTo);
}

/** Every fact of the catalog, in `lang` ('ko' or 'en'), with its source and date. */
export async function catalog(lang) {
  return (await loadEngine()).catalog(lang);
}
