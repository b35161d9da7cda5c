//! The pure core: data, decisions and parsing of outside input.
//!
//! Invariant: nothing here knows about the browser. No module under `core` names a browser
//! crate (`tests/core_is_pure.rs` lists them and fails if one appears), so the core builds
//! and is tested natively, and cannot fail on the DOM.

pub mod attributes;
pub mod catalog;
pub mod comparison;
pub mod compute;
pub mod cost;
pub mod error;
pub mod form;
pub mod i18n;
pub mod input;
pub mod json;
pub mod number;
pub mod orchestrator;
pub mod presets;
pub mod quadrants;
pub mod share;
