//! The only `wasm-bindgen` surface, in two bundles.
//!
//! - The custom elements (feature `embed`): the classes live in JS (`www/`), because
//!   wasm-bindgen cannot extend `HTMLElement`; they call [`mount`] with a node inside their
//!   shadow root and forward attribute changes to [`Widget::update`].
//! - The headless engine (feature `engine`): `recommendCompute`, `starterConfig`,
//!   `compareOrchestrators`, `estimateCost`, `breakEven` and `catalog`, in a wasm without Yew.
//!
//! Values cross as JS values through serde-wasm-bindgen ([`boundary`]).

mod boundary;

// The bundles' allocator; an app that uses the components (no `embed`) keeps its own.
#[cfg(target_family = "wasm")]
mod allocator;

#[cfg(feature = "engine")]
mod api;
#[cfg(feature = "embed")]
mod mount;
#[cfg(feature = "embed")]
mod panic;

#[cfg(feature = "engine")]
pub use api::{break_even, catalog, compare_orchestrators, estimate_cost, recommend_compute};
#[cfg(feature = "embed")]
pub use mount::{mount, stylesheet, Env, Widget};
#[cfg(feature = "embed")]
pub use panic::{panic_for_tests, set_panic_handler};
