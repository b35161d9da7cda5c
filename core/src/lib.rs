//! container-compass-core: the pure core of container-compass — the fact catalog, the
//! EC2-or-Fargate and ECS-or-EKS engines, the cost model, and the reading of every outside
//! input, with no browser in sight.
//!
//! The entry points are [`compute::recommend_compute`], [`orchestrator::compare_orchestrators`],
//! [`cost::estimate()`], [`cost::break_even()`] and [`catalog::facts`]. A static-site generator
//! or any Rust program can call them without compiling Yew; the widgets (crate
//! `container-compass`) call the same functions.
//!
//! ```
//! use container_compass_core::compute::{recommend_compute, Choice, Orchestrator, WorkloadProfile};
//! use container_compass_core::cost::{estimate, CostInput, PriceSettings};
//! use container_compass_core::read::from_json;
//!
//! // A GPU workload on ECS: Fargate cannot run it, so EC2, with the fact that says why.
//! let mut profile = WorkloadProfile::new(Orchestrator::Ecs);
//! profile.needs.gpu = true;
//! let answer = recommend_compute(&profile, &PriceSettings::default());
//! assert_eq!(answer.choice, Choice::Ec2);
//! assert_eq!(answer.blockers[0].fact_id, "fargate.ecs.gpu");
//!
//! // Answers serialize with serde, as the JS API gives them (camelCase names).
//! let json = serde_json::to_string(&answer).unwrap();
//! assert!(json.contains(r#""choice":"ec2""#));
//!
//! // Outside input is read with the JS API's checks: defaults, bounds, unknown fields refused.
//! let input: CostInput = from_json(r#"{"orchestrator":"ecs","vcpu":1,"memoryGib":2,"replicas":10}"#).unwrap();
//! let fargate = estimate(&input).fargate.available().map(|side| side.total_usd);
//! // 10 tasks × (1 vCPU × 0.04048 + 2 GB × 0.004445) USD an hour × 730 hours.
//! assert_eq!(fargate.map(|usd| format!("{usd:.2}")).as_deref(), Some("360.40"));
//! let refused = from_json::<CostInput>(r#"{"orchestrator":"ecs","vcpus":1}"#).unwrap_err();
//! assert_eq!(refused.path, "vcpus");
//! ```
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
#[cfg(any(
    feature = "bench-std-parse",
    feature = "bench-std-format",
    feature = "bench-std-quote",
    feature = "bench-json-state",
    feature = "bench-std-join"
))]
mod stand_ins;
pub mod starter;
pub mod words;
