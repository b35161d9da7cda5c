//! container-compass-core: the pure core of container-compass — the fact catalog, the
//! EC2-or-Fargate and ECS-or-EKS engines, the cost model, and the reading of every outside
//! input, with no browser in sight.
//!
//! The entry points are [`compute::recommend_compute`], [`orchestrator::compare_orchestrators`],
//! [`cost::estimate`], [`cost::break_even`] and [`catalog::facts`]. A static-site generator
//! or any Rust program can call them without compiling Yew; the widgets (crate
//! `container-compass`) call the same functions.
//!
//! Invariant: nothing here knows about the browser. The crate's manifest names no browser
//! crate (`tests/core_is_pure.rs` checks it), so the compiler keeps it pure: it builds and is
//! tested natively, and cannot fail on the DOM.

// A panic inside a Yew render freezes every widget on the page, and the widgets run this
// code in their renders: no panicking shortcuts (no unwrap or expect, no indexing that can go
// out of bounds, no explicit panic, no arithmetic that can overflow). Tests may.
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

pub mod attributes;
pub mod catalog;
pub mod comparison;
pub mod compute;
pub mod cost;
pub mod error;
pub mod form;
pub mod i18n;
pub mod input;
pub mod number;
pub mod orchestrator;
pub mod presets;
pub mod quadrants;
pub mod read;
pub mod share;
