//! The compute engine: given a [`WorkloadProfile`], recommends one of three options — EC2
//! nodes you run, EC2 that AWS runs (EKS Auto Mode on EKS, ECS Managed Instances on ECS) or
//! Fargate — or a mix, and shows its work.
//!
//! How it decides:
//! 1. Hard constraints first ([`rules::BLOCK_RULES`]). A need Fargate cannot meet on the
//!    chosen orchestrator takes Fargate off the table for the pods it concerns, whatever
//!    the priorities: for the whole workload (a GPU, a pod larger than 16 vCPU) or for a
//!    part of it (node agents run as DaemonSets, pods with EBS volumes on EKS), in which
//!    case the rest can still go to Fargate. AWS-managed EC2 is ruled out by Windows (it
//!    runs Linux only) and by privileged containers (which AWS does not confirm it runs).
//!    Nothing rules out the EC2 nodes you run.
//! 2. Scored reasons ([`rules::REASON_RULES`]): each gives `points` to one option, weighted
//!    by the reader's priority it comes from (cost, control, simplicity: 0 to 3) or, for
//!    traits of the workload itself, by [`rules::WORKLOAD_WEIGHT`]. Cost's reasons come
//!    from the cost model ([`CostGap`]): the workload priced under the same settings the
//!    cost section uses; of the sides the blockers leave, each earns points by how much it
//!    saves against the dearest ([`cost_gap::POINT_STEPS`]), none inside
//!    [`cost_gap::EVEN_BAND`], the cheapest side's reason first.
//! 3. The answer: the best-scoring option the blockers leave; a tie goes to the one with
//!    less to operate (Fargate, then AWS-managed EC2, then a mix, then EC2 you run). Fargate
//!    ruled out for a part only means a mix (that part on EC2 you run, the rest on
//!    Fargate), unless AWS-managed EC2 can run the whole workload and scores at least as
//!    well as EC2 you run: then it runs everything, sparing a second kind of capacity.
//! 4. The flips: the engine re-runs with each blocker removed and each priority, load
//!    pattern and operations capacity changed, and reports every change that moves the
//!    answer; and from the break-even series, the nearest replica counts where it moves.
//!
//! Everything is deterministic and every blocker, reason, placement and caveat cites a
//! catalog fact ([`cited_fact_ids`]).

mod cost_drivers;
pub mod cost_gap;
mod flips;
mod needs;
mod output;
mod placements;
mod placing;
mod priorities;
mod profile;
mod recommend;
pub mod rules;
mod sizing;

pub use cost_gap::{cost_gaps, CostGap};
pub use needs::{Need, Needs};
pub use output::{Blocker, Choice, ComputeRecommendation, Flip, Reason, Scores, Weights};
pub use placements::{Caveat, Placement, Target};
pub use priorities::{Priorities, Priority};
pub use profile::{
    LoadPattern, OpsCapacity, Orchestrator, WorkloadProfile, EPHEMERAL_STORAGE_GIB, MEMORY_GIB,
    REPLICAS, VCPU, WEIGHT,
};
pub use recommend::{
    ECS_FARGATE_MAX_EPHEMERAL_GIB, ECS_FARGATE_MAX_WINDOWS_VCPU, EKS_FARGATE_MAX_EPHEMERAL_GIB,
    FARGATE_DEFAULT_EPHEMERAL_GIB, FARGATE_MAX_MEMORY_GB, FARGATE_MAX_VCPU,
};
pub use rules::{Basis, Capacity, Constraint, Scope, AUTO_MODE, MANAGED_INSTANCES};
pub use sizing::{
    eks_fargate_pod_size, fargate_task_size, windows_task_size, FargateSize, EKS_OVERHEAD_GB,
    EKS_SIZING_FACT,
};

use crate::cost::{PriceSettings, WorkloadCost};
use crate::error::InputError;

/// Recommends how to run the workload, priced with `settings` (the Region, instance type,
/// hours and the rest the cost section uses).
///
/// ```
/// use container_compass_core::compute::{recommend_compute, Choice, Orchestrator, WorkloadProfile};
/// use container_compass_core::cost::PriceSettings;
///
/// let mut profile = WorkloadProfile::new(Orchestrator::Ecs);
/// profile.needs.gpu = true;
/// let answer = recommend_compute(&profile, &PriceSettings::default());
/// assert_eq!(answer.choice, Choice::Ec2);
/// assert_eq!(answer.blockers[0].fact_id, "fargate.ecs.gpu");
/// ```
pub fn recommend_compute(
    profile: &WorkloadProfile,
    settings: &PriceSettings,
) -> ComputeRecommendation {
    recommend::recommend(profile, &WorkloadCost::new(profile, settings))
}

/// [`recommend_compute`] for a workload already priced: a widget prices it once for its
/// cost section and its recommendation. `cost` must be `WorkloadCost::new(profile, …)`.
pub fn recommend_priced(profile: &WorkloadProfile, cost: &WorkloadCost) -> ComputeRecommendation {
    recommend::recommend(profile, cost)
}

/// Reads and validates a profile from JSON text, reporting the first bad field with its
/// path; the same as [`WorkloadProfile::from_json`].
///
/// ```
/// use container_compass_core::compute::parse_profile;
///
/// let error = parse_profile(r#"{"orchestrator": "eks", "vcpu": -2}"#).unwrap_err();
/// assert_eq!(error.to_string(), "vcpu: received -2, allowed a number greater than 0 and at most 192");
/// ```
pub fn parse_profile(json: &str) -> Result<WorkloadProfile, InputError> {
    WorkloadProfile::from_json(json)
}

/// Every fact id the engine can cite, from its rule tables, without duplicates.
pub fn cited_fact_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = rules::BLOCK_RULES
        .iter()
        .map(|rule| rule.fact_id)
        .chain(rules::REASON_RULES.iter().map(|rule| rule.fact_id))
        .chain(
            placements::PLACEMENTS
                .iter()
                .map(|placement| placement.fact_id),
        )
        .chain(placements::CAVEATS.iter().map(|caveat| caveat.fact_id))
        .chain(crate::cost::CITED_FACTS)
        .chain([sizing::EKS_SIZING_FACT])
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}
