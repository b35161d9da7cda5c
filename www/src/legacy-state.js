// Links made before URL state version 2 still restore. Version 1 (until 2026-12) was `1.`
// followed by the answers' JSON in unpadded base64url; version 2 is `2.` followed by the
// answers as the element's own attributes (`name=value` pairs joined by `;`), which the wasm
// reads without a JSON parser. Version 1 is frozen, so the table below never changes: a
// JSON field is the attribute of the same name in kebab case, except for these.
const V1_ATTRIBUTE_NAMES = {
  memoryGib: 'memory',
  ephemeralStorageGib: 'storage',
  peakHoursPerDay: 'peak-hours',
  agentGib: 'agent-memory',
  loadPattern: 'load',
  opsCapacity: 'ops',
  kubernetesExperience: 'kubernetes',
};
const attributeName = (field) =>
  V1_ATTRIBUTE_NAMES[field] ?? field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * The state as version 2: a version-1 state converted, anything else as it is (the wasm
 * refuses what it cannot read, with a warning, and the widget keeps its defaults).
 */
export function upgradeState(state) {
  if (!state.startsWith('1.')) return state;
  let answers;
  try {
    const binary = atob(state.slice(2).replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    answers = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return state;
  }
  if (typeof answers !== 'object' || answers === null) return state;
  const pairs = [];
  const add = (field, value) => {
    const name = attributeName(field);
    if (value === true) pairs.push(`${name}=`); // a boolean attribute, present
    else if (typeof value === 'number' || typeof value === 'string') pairs.push(`${name}=${value}`);
    else if (field === 'context' && typeof value === 'object' && value) {
      for (const [inner, innerValue] of Object.entries(value)) add(inner, innerValue);
    } else if (typeof value === 'object' && value) {
      // `needs` lists the flags that are on; `priorities` and `weights` are `name:value`.
      const entries = Object.entries(value);
      const list = entries.every(([, v]) => typeof v === 'boolean')
        ? entries.filter(([, v]) => v).map(([k]) => attributeName(k))
        : entries.map(([k, v]) => `${attributeName(k)}:${v}`);
      pairs.push(`${name}=${list.join(' ')}`);
    }
    // false and null: the attribute's absence, its default.
  };
  for (const [field, value] of Object.entries(answers)) add(field, value);
  return `2.${pairs.join(';')}`;
}
