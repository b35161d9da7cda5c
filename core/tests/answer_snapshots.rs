//! The engines' answers to named inputs, as serde_json writes them, against the snapshots in
//! `core/tests/snapshots/answer_snapshots__<case>.snap`: the recommendation and its "Copy
//! link" state, the ECS-or-EKS comparison and its state, the cost estimate with its input,
//! the break-even series and an input error. A change to any answer fails here until someone
//! reviews it. (`table_snapshots.rs` does the same for the reference tables.)
//!
//! A missing or different snapshot fails the test: insta writes what it got beside the
//! snapshot (`.snap.new`, git-ignored) and changes nothing (with `CI` set it writes nothing
//! at all). After a deliberate change, review and accept it with either
//!
//! - `cargo insta review` (`cargo install cargo-insta`), which shows each change, after
//!   `cargo test -p container-compass-core --test answer_snapshots`; or
//! - `INSTA_UPDATE=always cargo test -p container-compass-core --test answer_snapshots`,
//!   which overwrites the snapshots; then read `git diff core/tests/snapshots` before
//!   committing.
//!
//! Never set `INSTA_FORCE_PASS`: it turns every failure here into a pass.

mod cases;

use std::path::Path;

use container_compass_core::compute::recommend_compute;
use container_compass_core::cost::{break_even, estimate, PriceSettings};
use container_compass_core::error::InputError;
use container_compass_core::orchestrator::compare_orchestrators;
use container_compass_core::share;
use serde::Serialize;

use cases::{comparisons, estimates, pretty, recommendations, series};

/// `value`'s JSON text against the snapshot of case `name`.
fn check(name: &str, value: &(impl Serialize + ?Sized)) {
    insta::assert_snapshot!(name, pretty(value));
}

#[test]
fn recommendations_and_their_links() {
    for (name, profile) in recommendations() {
        // The default price settings: us-east-1, on demand, 730 hours.
        let answer = recommend_compute(&profile, &PriceSettings::default());
        check(&format!("recommend-{name}"), &answer);
        insta::assert_snapshot!(
            format!("share-profile-{name}"),
            share::encode_profile(&profile)
        );
    }
}

#[test]
fn comparisons_and_their_links() {
    for (name, input) in comparisons() {
        check(&format!("compare-{name}"), &compare_orchestrators(&input));
        insta::assert_snapshot!(format!("share-matrix-{name}"), share::encode_matrix(&input));
    }
}

#[test]
fn estimates_and_their_inputs() {
    for (name, input) in estimates() {
        check(&format!("estimate-{name}"), &estimate(&input));
        check(&format!("cost-input-{name}"), &input);
    }
}

#[test]
fn break_even_series() {
    for (name, input, up_to) in series() {
        check(&format!("break-even-{name}"), &break_even(&input, up_to));
    }
}

#[test]
fn an_input_error() {
    // The shape of every error the JS API gives: the field, what it received, what it allows.
    check(
        "error",
        &InputError::new("vcpu", "500", "a number greater than 0"),
    );
}

#[test]
fn every_snapshot_is_a_case() {
    let mut names = vec!["error".to_string()];
    for (name, _) in recommendations() {
        names.push(format!("recommend-{name}"));
        names.push(format!("share-profile-{name}"));
    }
    for (name, _) in comparisons() {
        names.push(format!("compare-{name}"));
        names.push(format!("share-matrix-{name}"));
    }
    for (name, _) in estimates() {
        names.push(format!("estimate-{name}"));
        names.push(format!("cost-input-{name}"));
    }
    for (name, _, _) in series() {
        names.push(format!("break-even-{name}"));
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    cases::assert_snapshots_are_exactly(&dir, "answer_snapshots", &names);
}
