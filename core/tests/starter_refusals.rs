//! The plans a starter file cannot express get no files but a refusal naming the field, with
//! the reason in both languages; and the JS API's answer carries its status.

use std::collections::BTreeSet;

use container_compass_core::compute::{recommend_priced, Choice, Orchestrator, WorkloadProfile};
use container_compass_core::cost::{PriceSettings, WorkloadCost};
use container_compass_core::i18n::Lang;
use container_compass_core::read::from_json;
use container_compass_core::starter::{starter_config, starter_for, Starter};
use serde_json::Value;

fn keys(value: &Value) -> BTreeSet<&str> {
    value
        .as_object()
        .map(|members| members.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

/// (profile, settings, the field refused, the reason in English).
const REFUSALS: [(&str, &str, &str, &str); 4] = [
    (
        r#"{"orchestrator":"eks","needs":{"gpu":true}}"#,
        "{}",
        "needs.gpu",
        "The price list has no GPU type, so the nodes priced could not run it: write a GPU node group (g5, g6, …) by hand.",
    ),
    (
        r#"{"orchestrator":"eks","needs":{"windows":true}}"#,
        "{}",
        "needs.windows",
        "The starter writes Linux nodes only; Windows nodes need their own AMI.",
    ),
    (
        r#"{"orchestrator":"ecs","needs":{"windows":true,"privileged":true}}"#,
        "{}",
        "needs.windows",
        "The starter writes Linux nodes only; Windows nodes need their own AMI.",
    ),
    (
        r#"{"orchestrator":"ecs","vcpu":100,"memoryGib":200}"#,
        "{}",
        "instanceType",
        "No instance type in this Region fits the pod or task.",
    ),
];

#[test]
fn plans_a_file_cannot_express_are_refused_with_the_field_and_why() {
    for (profile, settings, field, reason) in REFUSALS {
        let profile: WorkloadProfile = from_json(profile).expect("a valid profile");
        let settings: PriceSettings = from_json(settings).expect("valid settings");
        let refusal = starter_config(&profile, &settings).expect_err(field);
        assert_eq!(
            (refusal.field, refusal.reason.get(Lang::En)),
            (field, reason)
        );
        assert!(refusal
            .reason
            .get(Lang::Ko)
            .chars()
            .any(|c| ('가'..='힣').contains(&c)));
    }
}

/// A plan that puts on Fargate a task no Fargate size holds (no engine answer does: its
/// blockers rule that out, so the answer is edited here) is refused naming the size.
#[test]
fn a_size_fargate_cannot_run_is_refused() {
    let profile: WorkloadProfile =
        from_json(r#"{"orchestrator":"ecs","vcpu":32,"memoryGib":64}"#).expect("a valid profile");
    let cost = WorkloadCost::new(&profile, &PriceSettings::default());
    let mut answer = recommend_priced(&profile, &cost);
    assert_ne!(answer.choice, Choice::Fargate);
    answer.choice = Choice::Fargate;
    let refusal = starter_for(&profile, &answer, &cost).expect_err("no Fargate size");
    assert_eq!(refusal.field, "vcpu");
    assert_eq!(
        refusal.reason.get(Lang::En),
        "Fargate cannot run this pod or task (size, storage, OS or architecture)."
    );
}

#[test]
fn the_answer_serializes_with_its_status() {
    let profile = WorkloadProfile::new(Orchestrator::Ecs);
    let ready = Starter::from(starter_config(&profile, &PriceSettings::default()));
    let value = serde_json::to_value(&ready).expect("serializes");
    assert_eq!(
        keys(&value),
        BTreeSet::from([
            "status",
            "orchestrator",
            "choice",
            "clusterName",
            "region",
            "kubernetesVersion",
            "files",
            "steps",
            "factIds"
        ])
    );
    assert_eq!(value["status"], "ready");
    assert_eq!(value["files"][0]["format"], "json");
    let mut gpu = WorkloadProfile::new(Orchestrator::Eks);
    gpu.needs.gpu = true;
    let refused = serde_json::to_value(Starter::from(starter_config(
        &gpu,
        &PriceSettings::default(),
    )))
    .expect("serializes");
    assert_eq!(
        keys(&refused),
        BTreeSet::from(["status", "field", "reason"])
    );
    assert_eq!(refused["field"], "needs.gpu");
}
