//! The decision between EC2 you run, EC2 that AWS runs and Fargate. Hard constraints come
//! first and do not look at the priorities; the scored reasons only choose between what the
//! constraints leave.

use super::cost_gap::{cost_gaps, CostGap};
use super::needs::Need;
use super::output::{Blocker, Choice, ComputeRecommendation, Reason, Scores, Weights};
use super::placing::{caveats, placements};
use super::priorities::Priority;
use super::profile::{LoadPattern, OpsCapacity, Orchestrator, WorkloadProfile};
use super::rules::{self, Basis, BlockRule, Capacity, Constraint, ReasonRule, Scope};
use super::sizing::{eks_fargate_pod_size, windows_task_size};
use crate::cost::{estimate, CostEstimate, CostInput, WorkloadCost};
use crate::i18n::OwnedText;
/// The largest Fargate pod or task, vCPU.
pub const FARGATE_MAX_VCPU: f64 = 16.0;
/// The largest Fargate pod or task, GB of memory.
pub const FARGATE_MAX_MEMORY_GB: f64 = 120.0;
/// Ephemeral storage every Fargate pod or task gets without asking, GiB.
pub const FARGATE_DEFAULT_EPHEMERAL_GIB: f64 = 20.0;
/// Ephemeral storage a pod on EKS Fargate can have, GiB.
pub const EKS_FARGATE_MAX_EPHEMERAL_GIB: f64 = 175.0;
/// Ephemeral storage a task on ECS Fargate can have, GiB.
pub const ECS_FARGATE_MAX_EPHEMERAL_GIB: f64 = 200.0;
/// The largest Windows task on ECS Fargate, vCPU; smaller requests round up to 1, 2 or 4.
pub const ECS_FARGATE_MAX_WINDOWS_VCPU: f64 = 4.0;

/// The decision without its explanation, which the flips re-run cheaply.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Evaluation {
    pub choice: Choice,
    pub blockers: Vec<Blocker>,
    pub reasons: Vec<Reason>,
    pub scores: Scores,
}

/// A workload priced: the cost input and its estimate, which the cost reasons read.
#[derive(Clone, Copy)]
pub(crate) struct Priced<'a> {
    pub input: &'a CostInput,
    pub estimate: &'a CostEstimate,
}

/// Scores the reasons: each adds its score to its side.
fn tally(reasons: &[Reason]) -> Scores {
    reasons.iter().fold(Scores::default(), |sum, reason| {
        sum.plus(reason.option, reason.score)
    })
}

/// Whether no blocker takes `option` off the whole workload.
pub(crate) fn usable(blockers: &[Blocker], option: Capacity) -> bool {
    !blockers
        .iter()
        .any(|b| b.option == option && b.scope == Scope::Whole)
}

/// Whether a blocker takes `option` off a part of the workload.
fn part_blocked(blockers: &[Blocker], option: Capacity) -> bool {
    blockers
        .iter()
        .any(|b| b.option == option && b.scope == Scope::Part)
}

/// The answer, given the blockers and the scores: the best-scoring option the blockers
/// leave. A tie goes to the one with less to operate: Fargate running everything, then the
/// EC2 that AWS runs, then a mix (two kinds of capacity), then the EC2 you run. A Fargate
/// that cannot take the whole workload means a mix, its part on EC2 you run; unless the EC2
/// that AWS runs can take the workload and scores at least as well as the EC2 you run: then
/// it takes everything, which spares the mix's second kind of capacity and sidecars.
pub(crate) fn decide(blockers: &[Blocker], scores: Scores) -> Choice {
    let fargate = usable(blockers, Capacity::Fargate);
    let managed = usable(blockers, Capacity::Managed);
    let mixed = part_blocked(blockers, Capacity::Fargate);
    let candidates = [
        (fargate && !mixed, Capacity::Fargate),
        (managed, Capacity::Managed),
        (fargate && mixed, Capacity::Fargate),
        (true, Capacity::Ec2),
    ];
    let mut best = None;
    for (open, option) in candidates {
        if open && best.is_none_or(|best| scores.of(option) > scores.of(best)) {
            best = Some(option);
        }
    }
    match best {
        Some(Capacity::Fargate) if !mixed => Choice::Fargate,
        Some(Capacity::Fargate) if managed && scores.managed >= scores.ec2 => Choice::Managed,
        Some(Capacity::Fargate) => Choice::Mixed,
        Some(Capacity::Managed) => Choice::Managed,
        Some(Capacity::Ec2) | None => Choice::Ec2,
    }
}

/// Whether the need behind `rule` is present and beyond its option on the profile's
/// orchestrator.
fn applies(rule: &BlockRule, profile: &WorkloadProfile) -> bool {
    let orchestrator = profile.orchestrator;
    match rule.constraint {
        Constraint::Need(need) => {
            profile.needs.has(need)
                && match (rule.option, need, orchestrator) {
                    (Capacity::Fargate, Need::Windows, Orchestrator::Ecs) => {
                        windows_task_size(profile.vcpu, profile.memory_gib).is_none()
                    }
                    (Capacity::Fargate, Need::Spot, Orchestrator::Ecs) => profile.needs.windows,
                    _ => true,
                }
        }
        Constraint::PodSize => match orchestrator {
            Orchestrator::Eks => eks_fargate_pod_size(profile.vcpu, profile.memory_gib).is_none(),
            Orchestrator::Ecs => {
                profile.vcpu > FARGATE_MAX_VCPU || profile.memory_gib > FARGATE_MAX_MEMORY_GB
            }
        },
        Constraint::EphemeralStorage => {
            let limit = match orchestrator {
                Orchestrator::Eks => EKS_FARGATE_MAX_EPHEMERAL_GIB,
                Orchestrator::Ecs => ECS_FARGATE_MAX_EPHEMERAL_GIB,
            };
            profile.ephemeral_storage_gib > limit
        }
    }
}

pub(crate) fn weight_of(basis: Basis, profile: &WorkloadProfile) -> u8 {
    match basis {
        Basis::Cost => profile.priorities.get(Priority::Cost),
        Basis::Control => profile.priorities.get(Priority::Control),
        Basis::Simplicity => profile.priorities.get(Priority::Simplicity),
        Basis::Workload => rules::WORKLOAD_WEIGHT,
    }
}

fn scored(rule: &ReasonRule, profile: &WorkloadProfile) -> Reason {
    let weight = weight_of(rule.basis, profile);
    Reason {
        option: rule.option,
        basis: rule.basis,
        points: rule.points,
        weight,
        score: rule.points.saturating_mul(u32::from(weight)),
        text: OwnedText::from(rule.text),
        fact_id: rule.fact_id,
        cost: None,
    }
}

/// A cost reason: its side's points under the reader's cost weight, its text in dollars
/// (the widget rewrites the amounts in its own currency from `cost`).
pub(crate) fn cost_reason(gap: CostGap, profile: &WorkloadProfile) -> Reason {
    let weight = weight_of(Basis::Cost, profile);
    Reason {
        option: gap.cheaper,
        basis: Basis::Cost,
        points: gap.points,
        weight,
        score: gap.points.saturating_mul(u32::from(weight)),
        text: gap.usd_text(),
        fact_id: gap.fact_id(),
        cost: Some(gap),
    }
}

/// Every reason but cost's: none of them depends on the replica count or the prices. The
/// ones that Fargate leaves no servers to run count only where Fargate can run everything;
/// the ones for the EC2 that AWS runs only where it can run the workload.
fn reasons(profile: &WorkloadProfile, blockers: &[Blocker]) -> Vec<Reason> {
    let fargate_runs_all = !part_blocked(blockers, Capacity::Fargate);
    let managed = usable(blockers, Capacity::Managed);
    let eks = profile.orchestrator == Orchestrator::Eks;
    let mut out = Vec::new();
    let mut add = |rule: &ReasonRule| out.push(scored(rule, profile));
    if fargate_runs_all {
        add(&rules::FARGATE_NO_SERVERS);
    }
    add(&rules::EC2_CHOICE_OF_MACHINE);
    if managed {
        add(if eks {
            &rules::AUTO_MODE_RUNS_NODES
        } else {
            &rules::MANAGED_INSTANCES_RUN_NODES
        });
    }
    match profile.ops_capacity {
        OpsCapacity::None => {
            if fargate_runs_all {
                add(&rules::FARGATE_NO_OPS_TEAM);
            }
            if managed {
                add(if eks {
                    &rules::AUTO_MODE_NO_OPS_TEAM
                } else {
                    &rules::MANAGED_INSTANCES_NO_OPS_TEAM
                });
            }
        }
        OpsCapacity::Some => {}
        OpsCapacity::Dedicated => add(&rules::EC2_PLATFORM_TEAM),
    }
    if profile.load_pattern == LoadPattern::Scheduled {
        add(&rules::FARGATE_BATCH_START);
    }
    if profile.startup_sensitive {
        add(&rules::EC2_STARTUP);
        if managed {
            add(&rules::MANAGED_STARTUP);
        }
    }
    match profile.orchestrator {
        Orchestrator::Eks => {
            add(&rules::EC2_EKS_NODE_ACCESS);
            add(&rules::FARGATE_ISOLATION_EKS);
        }
        Orchestrator::Ecs => add(&rules::FARGATE_ISOLATION_ECS),
    }
    out
}

/// The blockers that apply, leaving out the constraints in `suppressed`.
pub(crate) fn blockers(profile: &WorkloadProfile, suppressed: &[Constraint]) -> Vec<Blocker> {
    rules::BLOCK_RULES
        .iter()
        .filter(|rule| rule.orchestrator == profile.orchestrator)
        .filter(|rule| !suppressed.contains(&rule.constraint))
        .filter(|rule| applies(rule, profile))
        .map(Blocker::from)
        .collect()
}

/// Decides, leaving out the constraints in `suppressed` (to ask what would happen without
/// them), with cost as `priced` says, over the sides the blockers leave.
pub(crate) fn evaluate(
    profile: &WorkloadProfile,
    suppressed: &[Constraint],
    priced: Priced,
) -> Evaluation {
    let blockers = blockers(profile, suppressed);
    // First: they are the reasons with numbers in them, the cheapest side's leading.
    let mut reasons = Vec::new();
    for gap in cost_gaps(priced.estimate, priced.input, |side| {
        usable(&blockers, side)
    }) {
        reasons.push(cost_reason(gap, profile));
    }
    reasons.extend(self::reasons(profile, &blockers));
    let scores = tally(&reasons);
    Evaluation {
        choice: decide(&blockers, scores),
        blockers,
        reasons,
        scores,
    }
}

/// `profile` priced as `cost` prices its own workload (the same Region, instance type,
/// hours and the rest).
pub(crate) fn reprice(profile: &WorkloadProfile, cost: &WorkloadCost) -> (CostInput, CostEstimate) {
    let input = cost.input.pricing.input_for(profile);
    let estimate = estimate(&input);
    (input, estimate)
}

fn weights(profile: &WorkloadProfile) -> Weights {
    Weights {
        cost: profile.priorities.cost,
        control: profile.priorities.control,
        simplicity: profile.priorities.simplicity,
        workload: rules::WORKLOAD_WEIGHT,
    }
}

/// Builds the full answer for a profile that passed [`WorkloadProfile::validate`], priced
/// as `cost` (built from the same profile). (An unvalidated profile still gets an answer;
/// out-of-range numbers are simply compared as they are.)
pub(crate) fn recommend(profile: &WorkloadProfile, cost: &WorkloadCost) -> ComputeRecommendation {
    let priced = Priced {
        input: &cost.input,
        estimate: &cost.estimate,
    };
    let evaluation = evaluate(profile, &[], priced);
    let flips = super::flips::flips(profile, &evaluation, cost);
    ComputeRecommendation {
        orchestrator: profile.orchestrator,
        choice: evaluation.choice,
        placements: placements(profile, evaluation.choice),
        caveats: caveats(profile, evaluation.choice),
        blockers: evaluation.blockers,
        reasons: evaluation.reasons,
        scores: evaluation.scores,
        weights: weights(profile),
        fargate_size: match profile.orchestrator {
            Orchestrator::Eks => eks_fargate_pod_size(profile.vcpu, profile.memory_gib),
            Orchestrator::Ecs => None,
        },
        flips,
    }
}
