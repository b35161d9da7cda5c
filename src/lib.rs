//! container-compass: widgets that help readers choose how to run containers on AWS.
//!
//! Three layers, each depending only on the one before it:
//! - [`core`]: the crate `container-compass-core`, re-exported: the fact catalog, the engines,
//!   the cost model and the reading of outside input; pure Rust.
//! - `ui` (the default `ui` feature): Yew components over the core, usable directly in a Yew
//!   app.
//! - `embed` (wasm32 only): the one `wasm-bindgen` surface: the custom elements' side (the
//!   `embed` feature), which the JS element loader calls to mount the components into shadow
//!   roots, and the headless engine's JS API (the `engine` feature, without Yew).

// A panic inside a Yew render freezes every widget on the page, so the code that runs in the
// browser takes no panicking shortcuts: no unwrap or expect, no indexing that can go out of
// bounds, no explicit panic, no arithmetic that can overflow. Tests may.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        clippy::arithmetic_side_effects
    )
)]

/// The crate version; the JS loader carries it too, to warn when two versions meet on a page.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The pure core ([`container_compass_core`]), re-exported so a Yew app needs one
/// dependency: `container_compass::core::compute::recommend_compute` and the rest.
pub use container_compass_core as core;
#[cfg(feature = "ui")]
pub mod ui;

/// The JS surface, only in the bundles built for it: the custom elements (the `embed`
/// feature) and the headless engine's API (the `engine` feature).
#[cfg(all(target_arch = "wasm32", any(feature = "embed", feature = "engine")))]
pub mod embed;
