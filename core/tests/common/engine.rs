//! Helpers of the compute engine's case-by-case tests.

use container_compass_core::catalog::fact;
use container_compass_core::compute::{
    recommend_compute, Choice, ComputeRecommendation, LoadPattern, OpsCapacity, Orchestrator,
    Priorities, WorkloadProfile,
};
use container_compass_core::cost::PriceSettings;

/// The engine's answer with the default price settings (us-east-1, on demand, 730 hours).
pub fn recommend(profile: &WorkloadProfile) -> ComputeRecommendation {
    recommend_compute(profile, &PriceSettings::default())
}

/// A workload Fargate suits on every soft count: a bursty load, no one to run servers,
/// simplicity over control. Whatever keeps it off Fargate is a hard constraint; a need
/// Fargate cannot meet then sends it to the EC2 that AWS runs (EKS Auto Mode, ECS Managed
/// Instances), unless that cannot meet it either: then to EC2 you run.
pub fn lean(orchestrator: Orchestrator) -> WorkloadProfile {
    let mut profile = WorkloadProfile::new(orchestrator);
    profile.load_pattern = LoadPattern::Bursty;
    profile.ops_capacity = OpsCapacity::None;
    profile.priorities = Priorities {
        cost: 1,
        control: 0,
        simplicity: 3,
    };
    profile
}

pub fn cited(answer: &ComputeRecommendation) -> Vec<&'static str> {
    answer
        .blockers
        .iter()
        .map(|b| b.fact_id)
        .chain(answer.reasons.iter().map(|r| r.fact_id))
        .chain(answer.placements.iter().map(|p| p.fact_id))
        .chain(answer.caveats.iter().map(|c| c.fact_id))
        .collect()
}

/// Runs the engine and checks the answer is one of `allowed` and cites `fact_id`.
#[track_caller]
pub fn check(
    name: &str,
    profile: WorkloadProfile,
    allowed: &[Choice],
    fact_id: &str,
) -> ComputeRecommendation {
    assert!(
        fact(fact_id).is_some(),
        "{name}: {fact_id} is not in the catalog"
    );
    let answer = recommend(&profile);
    assert!(
        allowed.contains(&answer.choice),
        "{name}: got {:?}, expected one of {allowed:?}",
        answer.choice
    );
    assert!(
        cited(&answer).contains(&fact_id),
        "{name}: the answer does not cite {fact_id}: {:?}",
        cited(&answer)
    );
    answer
}

pub fn with(
    mut profile: WorkloadProfile,
    change: impl FnOnce(&mut WorkloadProfile),
) -> WorkloadProfile {
    change(&mut profile);
    profile
}

pub const EC2: &[Choice] = &[Choice::Ec2];
pub const MANAGED: &[Choice] = &[Choice::Managed];
pub const FARGATE: &[Choice] = &[Choice::Fargate];
