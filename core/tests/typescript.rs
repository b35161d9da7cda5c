//! The `ts` feature's TypeScript declarations say what serde reads and writes: an input's
//! field is optional (`name?:`) exactly when serde reads the input without it, and a type
//! serialized by hand has the names its `ts` attributes declare. Run with
//! `cargo test -p container-compass-core --features ts`.
#![cfg(feature = "ts")]

use std::collections::BTreeSet;

use container_compass_core::compute::{
    Capacity, Choice, Constraint, Need, Needs, Orchestrator, Priorities, WorkloadProfile,
};
use container_compass_core::cost::{Commitment, CostInput, PriceSettings};
use container_compass_core::orchestrator::{Context, CriterionWeights, OrchestratorInput};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use ts_rs::{Config, TS};

/// Whether the declaration marks `field` optional; `None` when it does not name it.
fn optional_in(declaration: &str, field: &str) -> Option<bool> {
    let named = |mark: &str| [' ', '\n'].map(|before| format!("{before}{field}{mark}: "));
    if named("?").iter().any(|name| declaration.contains(name)) {
        Some(true)
    } else if named("").iter().any(|name| declaration.contains(name)) {
        Some(false)
    } else {
        None
    }
}

/// Checks each member of `example` as written: optional in TypeScript exactly when serde
/// reads the input without it.
fn assert_optional_as_serde_reads<T: TS + Serialize + DeserializeOwned + 'static>(example: T) {
    let declaration = T::decl(&Config::new());
    let Value::Object(members) = serde_json::to_value(&example).unwrap() else {
        panic!("{} is not written as an object", T::ident(&Config::new()));
    };
    for field in members.keys() {
        let mut without = members.clone();
        without.remove(field);
        let serde_optional = serde_json::from_value::<T>(Value::Object(without)).is_ok();
        assert_eq!(
            optional_in(&declaration, field),
            Some(serde_optional),
            "{field} in {declaration}"
        );
    }
}

#[test]
fn input_fields_are_optional_in_typescript_exactly_where_serde_has_a_default() {
    assert_optional_as_serde_reads(WorkloadProfile::new(Orchestrator::Ecs));
    assert_optional_as_serde_reads(Needs::default());
    assert_optional_as_serde_reads(Priorities::default());
    assert_optional_as_serde_reads(PriceSettings::default());
    assert_optional_as_serde_reads(CostInput::new(Orchestrator::Eks));
    assert_optional_as_serde_reads(OrchestratorInput::default());
    assert_optional_as_serde_reads(CriterionWeights::default());
    assert_optional_as_serde_reads(Context::default());
}

/// The string literals of a TypeScript union (`"a" | "b" | Other`).
fn literals(declaration: &str) -> BTreeSet<String> {
    declaration
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

#[test]
fn a_constraint_is_written_with_the_names_typescript_declares() {
    let config = Config::new();
    let declared: BTreeSet<String> = literals(&Constraint::decl(&config))
        .union(&literals(&Need::decl(&config)))
        .cloned()
        .collect();
    let constraints = Need::ALL
        .map(Constraint::Need)
        .into_iter()
        .chain([Constraint::PodSize, Constraint::EphemeralStorage]);
    let written: BTreeSet<String> = constraints
        .map(|constraint| serde_json::to_value(constraint).unwrap())
        .map(|name| name.as_str().unwrap().to_string())
        .collect();
    assert_eq!(declared, written);
    assert!(Constraint::decl(&config).contains("= Need | "));
}

/// The names serde writes for `values`.
fn written<T: Serialize>(values: impl IntoIterator<Item = T>) -> BTreeSet<String> {
    values
        .into_iter()
        .map(|value| serde_json::to_value(value).unwrap())
        .map(|name| name.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn the_commitment_and_the_third_option_are_declared_as_serde_writes_them() {
    let config = Config::new();
    assert_eq!(
        literals(&Commitment::decl(&config)),
        written(Commitment::ALL)
    );
    let options = [Capacity::Ec2, Capacity::Managed, Capacity::Fargate];
    assert_eq!(literals(&Capacity::decl(&config)), written(options));
    let choices = [Choice::Ec2, Choice::Managed, Choice::Mixed, Choice::Fargate];
    assert_eq!(literals(&Choice::decl(&config)), written(choices));
    let settings = PriceSettings::decl(&config);
    assert_eq!(optional_in(&settings, "commitment"), Some(true));
    assert!(
        settings.contains("savingsPlanDiscount?: number | null"),
        "{settings}"
    );
}

#[test]
fn the_check_reads_marks_and_missing_fields() {
    let declaration = "type X = { a: number, \nb?: string, c: D, };";
    assert_eq!(optional_in(declaration, "a"), Some(false));
    assert_eq!(optional_in(declaration, "b"), Some(true));
    assert_eq!(optional_in(declaration, "e"), None);
    // A field whose name ends another's is not mistaken for it.
    assert_eq!(
        optional_in("type Y = { agentVcpu?: number, };", "vcpu"),
        None
    );
}
