//! The widgets' `change` event details (and their JSON downloads), as serde_json writes them,
//! against the snapshots in `tests/snapshots/change_details__<case>.snap`: the chooser's
//! answers, recommendation, cost settings and cost, and the matrix's input and comparison.
//! The matrix answers the core's named comparison inputs (`core/tests/cases`), so a detail
//! can be read against the engine's own snapshot.
//!
//! A missing or different snapshot fails the test; insta writes what it got beside it
//! (`.snap.new`, git-ignored). After a deliberate change, review and accept it with
//! `cargo insta review` (after `cargo test --test change_details`), or run
//! `INSTA_UPDATE=always cargo test --test change_details` and read
//! `git diff tests/snapshots` before committing.

#[path = "../core/tests/cases/mod.rs"]
mod cases;

use std::borrow::Cow;
use std::path::Path;

use container_compass::ui::{ChooserChange, MatrixChange};
use container_compass_core::compute::{recommend_priced, Orchestrator, WorkloadProfile};
use container_compass_core::cost::{
    CostSettings, Currency, ExchangeRate, PriceSettings, Region, WorkloadCost,
};
use container_compass_core::orchestrator::compare_orchestrators;

use cases::{comparisons, pretty, profile};
use Orchestrator::{Ecs, Eks};

/// The chooser's answers and cost settings: US dollars by default, won at a dated rate in
/// Seoul with a chosen instance type and hours.
fn chooser_changes() -> Vec<(&'static str, WorkloadProfile, CostSettings)> {
    let krw = CostSettings {
        price: PriceSettings {
            region: Region::ApNortheast2,
            instance_type: Some("m7g.large".to_string()),
            hours_per_month: 365.5,
            ..PriceSettings::default()
        },
        currency: Currency::Krw,
        exchange_rate: ExchangeRate {
            krw_per_usd: 1387.25,
            date: Cow::Owned("2026-12-01".to_string()),
            assumption: false,
        },
    };
    vec![
        (
            "default-usd",
            WorkloadProfile::new(Eks),
            CostSettings::default(),
        ),
        (
            "arm-krw-seoul",
            profile(Eks, |p| {
                p.needs.arm = true;
                p.replicas = 9;
            }),
            krw.clone(),
        ),
        (
            "ecs-windows-usd",
            profile(Ecs, |p| {
                p.needs.windows = true;
                p.vcpu = 1.0;
                p.memory_gib = 2.0;
                p.replicas = 4;
            }),
            CostSettings::default(),
        ),
        (
            "ecs-spot-krw",
            profile(Ecs, |p| {
                p.needs.spot = true;
                p.vcpu = 4.0;
                p.memory_gib = 8.0;
            }),
            CostSettings {
                price: PriceSettings {
                    hours_per_month: 365.5,
                    ..PriceSettings::default()
                },
                ..krw
            },
        ),
    ]
}

#[test]
fn chooser_changes_carry_answers_recommendation_and_cost() {
    for (name, profile, settings) in chooser_changes() {
        // Priced once for the cost section and the recommendation, as the widget does.
        let cost = WorkloadCost::new(&profile, &settings.price);
        let change = ChooserChange {
            recommendation: recommend_priced(&profile, &cost),
            cost: cost.estimate,
            profile,
            cost_settings: settings,
        };
        insta::assert_snapshot!(format!("chooser-change-{name}"), pretty(&change));
    }
}

#[test]
fn matrix_changes_carry_input_and_comparison() {
    for (name, input) in comparisons() {
        let change = MatrixChange {
            comparison: compare_orchestrators(&input),
            input,
        };
        insta::assert_snapshot!(format!("matrix-change-{name}"), pretty(&change));
    }
}

#[test]
fn every_snapshot_is_a_case() {
    let chooser = chooser_changes()
        .into_iter()
        .map(|(name, _, _)| format!("chooser-change-{name}"));
    let matrix = comparisons()
        .into_iter()
        .map(|(name, _)| format!("matrix-change-{name}"));
    let names: Vec<String> = chooser.chain(matrix).collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    cases::assert_snapshots_are_exactly(&dir, "change_details", &names);
}
