//! The allocator of the two bundles (dist/embed, dist/engine): Talc instead of Rust's default
//! dlmalloc, for 2.8 KB less gzip in dist/embed (measured, BENCHMARKS.md) and faster
//! allocation. Set here, in the bundles' own layer, so that a Yew app using the components
//! from the crate keeps whichever allocator it chose.

#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
