// Each widget's height at a range of widths, `{ "<tag>[.variant].<lang>": [width, height, …] }`,
// each pair as its difference from the pair before:
// `cargo xtask dist` measures them in headless Chromium and writes this file into the built
// packages. This committed copy is empty, so an unbuilt loader reserves no height.
export default {};
