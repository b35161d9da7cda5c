//! The named inputs the snapshot tests answer, and what those tests share: the text a
//! snapshot holds, and the check that the snapshot directory holds exactly the cases.
//!
//! Used by `core/tests/answer_snapshots.rs` and, through `#[path]`, by the root crate's
//! `tests/change_details.rs`, so a widget's `change` detail answers the same inputs as the
//! engine it wraps.

// Each test crate uses only some of the cases.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::Path;

use container_compass_core::compute::{LoadPattern, OpsCapacity, Orchestrator, WorkloadProfile};
use container_compass_core::cost::{Arch, CostInput, EksSupport, Os, Region};
use container_compass_core::orchestrator::{
    Criterion, CriterionWeights, KubernetesExperience, OrchestratorInput,
};
use serde::Serialize;

use Orchestrator::{Ecs, Eks};

/// The text a JSON snapshot holds: the value as serde_json writes it for a Rust caller,
/// indented. (Not insta's `assert_json_snapshot!`: its own writer prints floats with Rust's
/// `Display`, `1e-7` as `0.0000001` and `f64::MIN_POSITIVE` as 300-odd digits.)
pub fn pretty(value: &(impl Serialize + ?Sized)) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|err| panic!("does not serialize: {err}"))
}

/// Fails unless `dir` holds a `<prefix>__<name>.snap` for each of `names` and no other
/// snapshot with that prefix, so a renamed or dropped case leaves nothing stale behind.
pub fn assert_snapshots_are_exactly(dir: &Path, prefix: &str, names: &[String]) {
    let expected: BTreeSet<String> = names
        .iter()
        .map(|name| format!("{prefix}__{name}.snap"))
        .collect();
    assert_eq!(expected.len(), names.len(), "a case name is used twice");
    let on_disk: BTreeSet<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|file| file.starts_with(&format!("{prefix}__")) && file.ends_with(".snap"))
        .collect();
    let stale: Vec<_> = on_disk.difference(&expected).collect();
    let missing: Vec<_> = expected.difference(&on_disk).collect();
    assert!(
        stale.is_empty() && missing.is_empty(),
        "{}: snapshots of no case {stale:?}, cases without a snapshot {missing:?}",
        dir.display()
    );
}

pub fn profile(
    orchestrator: Orchestrator,
    edit: impl FnOnce(&mut WorkloadProfile),
) -> WorkloadProfile {
    let mut profile = WorkloadProfile::new(orchestrator);
    edit(&mut profile);
    profile
}

pub fn cost(orchestrator: Orchestrator, edit: impl FnOnce(&mut CostInput)) -> CostInput {
    let mut input = CostInput::new(orchestrator);
    edit(&mut input);
    input
}

/// The chooser's answers: the defaults, each hard constraint, and sizes and priorities
/// near where the answer turns.
pub fn recommendations() -> Vec<(&'static str, WorkloadProfile)> {
    vec![
        ("default-eks", WorkloadProfile::new(Eks)),
        ("default-ecs", WorkloadProfile::new(Ecs)),
        (
            "eks-daemonsets",
            profile(Eks, |p| p.needs.daemonsets = true),
        ),
        ("ecs-gpu", profile(Ecs, |p| p.needs.gpu = true)),
        (
            "eks-arm-spot",
            profile(Eks, |p| {
                p.needs.arm = true;
                p.needs.spot = true;
            }),
        ),
        ("ecs-spot", profile(Ecs, |p| p.needs.spot = true)),
        (
            "ecs-arm-spot",
            profile(Ecs, |p| {
                p.needs.arm = true;
                p.needs.spot = true;
            }),
        ),
        ("eks-pod-too-large", profile(Eks, |p| p.vcpu = 40.0)),
        (
            "eks-mixed-storage",
            profile(Eks, |p| {
                p.needs.block_storage = true;
                p.needs.daemonsets = true;
                p.startup_sensitive = true;
                p.load_pattern = LoadPattern::Bursty;
                p.ops_capacity = OpsCapacity::None;
                p.priorities.cost = 3;
                p.priorities.control = 0;
                p.priorities.simplicity = 2;
            }),
        ),
        (
            "ecs-windows-privileged",
            profile(Ecs, |p| {
                p.needs.windows = true;
                p.needs.privileged = true;
                p.needs.host_networking = true;
                p.ephemeral_storage_gib = 300.0;
                p.replicas = 40;
            }),
        ),
        (
            "eks-odd-sizes",
            profile(Eks, |p| {
                p.vcpu = 0.1;
                p.memory_gib = 0.3;
                p.ephemeral_storage_gib = 21.5;
                p.load_pattern = LoadPattern::Scheduled;
                p.ops_capacity = OpsCapacity::Dedicated;
            }),
        ),
        (
            "ecs-large-fargate",
            profile(Ecs, |p| {
                p.vcpu = 16.0;
                p.memory_gib = 120.0;
                p.replicas = 10_000;
                p.priorities.cost = 0;
            }),
        ),
        (
            "eks-priorities-flip",
            profile(Eks, |p| {
                p.priorities.cost = 3;
                p.priorities.control = 3;
                p.priorities.simplicity = 0;
            }),
        ),
    ]
}

/// The matrix's weights and context: the defaults, each context, and weights at the ends.
pub fn comparisons() -> Vec<(&'static str, OrchestratorInput)> {
    let with = |edit: fn(&mut OrchestratorInput)| {
        let mut input = OrchestratorInput::default();
        edit(&mut input);
        input
    };
    vec![
        ("default", OrchestratorInput::default()),
        (
            "strong-multi-cloud",
            with(|i| {
                i.context.kubernetes_experience = KubernetesExperience::Strong;
                i.context.multi_cloud = true;
            }),
        ),
        (
            "some-on-premises-large-team",
            with(|i| {
                i.context.kubernetes_experience = KubernetesExperience::Some;
                i.context.on_premises = true;
                i.context.team_size = 10_000;
            }),
        ),
        (
            "aws-only-pricing",
            with(|i| {
                i.context.aws_only = true;
                i.weights = CriterionWeights::default()
                    .with(Criterion::Pricing, 3)
                    .with(Criterion::Flexibility, 0);
            }),
        ),
        (
            "portability-heavy",
            with(|i| {
                i.context.multi_cloud = true;
                i.weights = CriterionWeights::default()
                    .with(Criterion::Portability, 3)
                    .with(Criterion::Ecosystem, 3)
                    .with(Criterion::LearningCurve, 0);
            }),
        ),
        (
            "all-zero",
            with(|i| {
                i.weights = Criterion::ALL
                    .into_iter()
                    .fold(CriterionWeights::default(), |w, c| w.with(c, 0));
            }),
        ),
    ]
}

/// The cost model's inputs: both Regions, Arm, Spot, Windows, a chosen instance type, a pod
/// no node holds, extended support, and sizes and hours no one types.
pub fn estimates() -> Vec<(&'static str, CostInput)> {
    vec![
        ("eks-us-east-1-default", CostInput::new(Eks)),
        (
            "ecs-seoul-ten",
            cost(Ecs, |c| {
                c.pricing.region = Region::ApNortheast2;
                c.vcpu = 1.0;
                c.memory_gib = 2.0;
                c.replicas = 10;
            }),
        ),
        (
            "eks-arm",
            cost(Eks, |c| {
                c.arch = Arch::Arm;
                c.replicas = 6;
            }),
        ),
        (
            "ecs-arm-spot-seoul",
            cost(Ecs, |c| {
                c.arch = Arch::Arm;
                c.spot = true;
                c.pricing.region = Region::ApNortheast2;
            }),
        ),
        (
            "ecs-spot",
            cost(Ecs, |c| {
                c.spot = true;
                c.replicas = 12;
                c.pricing.ec2_spot_discount = 0.55;
            }),
        ),
        (
            "eks-m5-large",
            cost(Eks, |c| {
                c.pricing.instance_type = Some("m5.large".to_string());
                c.vcpu = 1.0;
                c.memory_gib = 2.0;
                c.replicas = 3;
            }),
        ),
        (
            "eks-pod-too-large",
            cost(Eks, |c| {
                c.vcpu = 64.0;
                c.memory_gib = 256.0;
            }),
        ),
        (
            "eks-extended-storage",
            cost(Eks, |c| {
                c.pricing.eks_support = EksSupport::Extended;
                c.pricing.clusters = 2;
                c.ephemeral_storage_gib = 100.0;
                c.daemonset_vcpu = 0.25;
                c.daemonset_gib = 0.5;
                c.pricing.headroom = 0.65;
                c.pricing.hours_per_month = 100.0;
                c.spot = true;
                c.pricing.region = Region::ApNortheast2;
            }),
        ),
        (
            "ecs-odd-sizes",
            cost(Ecs, |c| {
                c.vcpu = 0.3;
                c.memory_gib = 0.7;
                c.replicas = 7;
                c.pricing.hours_per_month = 123.456;
                c.ephemeral_storage_gib = 33.3;
            }),
        ),
        (
            "ecs-windows-spot",
            cost(Ecs, |c| {
                c.os = Os::Windows;
                c.vcpu = 0.5;
                c.memory_gib = 3.0;
                c.replicas = 6;
                c.spot = true;
            }),
        ),
        (
            "eks-windows-seoul",
            cost(Eks, |c| {
                c.os = Os::Windows;
                c.pricing.region = Region::ApNortheast2;
                c.pricing.instance_type = Some("m5.xlarge".to_string());
            }),
        ),
        (
            "ecs-tiny-hours",
            cost(Ecs, |c| {
                c.pricing.hours_per_month = f64::MIN_POSITIVE;
                c.vcpu = 1e-6;
                c.memory_gib = 1e-7;
            }),
        ),
    ]
}

/// Break-even series: a cost input and the replica count the chart runs up to.
pub fn series() -> Vec<(&'static str, CostInput, u32)> {
    vec![
        ("eks-us-east-1", CostInput::new(Eks), 20),
        (
            "ecs-seoul-spot",
            cost(Ecs, |c| {
                c.pricing.region = Region::ApNortheast2;
                c.spot = true;
                c.vcpu = 2.0;
                c.memory_gib = 4.0;
            }),
            40,
        ),
        ("eks-arm", cost(Eks, |c| c.arch = Arch::Arm), 5),
        (
            "ecs-c6i",
            cost(Ecs, |c| {
                c.pricing.instance_type = Some("c6i.xlarge".to_string());
                c.vcpu = 0.75;
                c.memory_gib = 1.5;
            }),
            60,
        ),
    ]
}
