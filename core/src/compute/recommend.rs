//! The EC2-or-Fargate decision. Hard constraints come first and do not look at the
//! priorities; the scored reasons only choose between what the constraints leave.

use super::cost_gap::{cost_gap, CostGap};
use super::output::{Blocker, Choice, ComputeRecommendation, Reason, Scores, Weights};
use super::placements::{self as place, Caveat, Placement};
use super::profile::{LoadPattern, Need, OpsCapacity, Orchestrator, Priority, WorkloadProfile};
use super::rules::{self, Basis, Constraint, ReasonRule, Scope};
use super::sizing::{eks_fargate_pod_size, windows_task_size};
use crate::cost::{estimate, WorkloadCost};
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

/// Scores the reasons: each adds its score to its side.
fn tally(reasons: &[Reason]) -> Scores {
    reasons.iter().fold(Scores::default(), |sum, reason| {
        sum.plus(reason.option, reason.score)
    })
}

/// The answer, given the blockers and the scores. Ties go to Fargate: with nothing else to
/// choose between them, less to operate wins.
pub(crate) fn decide(blockers: &[Blocker], scores: Scores) -> Choice {
    let fargate_leads = scores.fargate >= scores.ec2;
    if blockers.iter().any(|b| b.scope == Scope::Whole) || !fargate_leads {
        Choice::Ec2
    } else if blockers.iter().any(|b| b.scope == Scope::Part) {
        Choice::Mixed
    } else {
        Choice::Fargate
    }
}

/// Whether the need behind `constraint` is present and beyond Fargate on `orchestrator`.
fn applies(constraint: Constraint, profile: &WorkloadProfile) -> bool {
    let orchestrator = profile.orchestrator;
    match constraint {
        Constraint::Need(need) => {
            profile.needs.has(need)
                && match (need, orchestrator) {
                    (Need::Windows, Orchestrator::Ecs) => {
                        windows_task_size(profile.vcpu, profile.memory_gib).is_none()
                    }
                    (Need::Spot, Orchestrator::Ecs) => profile.needs.windows,
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

/// The cost reason: the cheaper side's points under the reader's cost weight, its text in
/// dollars (the widget rewrites the amounts in its own currency from `cost`).
pub(crate) fn cost_reason(gap: &CostGap, profile: &WorkloadProfile) -> Reason {
    let weight = weight_of(Basis::Cost, profile);
    Reason {
        option: gap.cheaper,
        basis: Basis::Cost,
        points: gap.points,
        weight,
        score: gap.points.saturating_mul(u32::from(weight)),
        text: gap.usd_text(),
        fact_id: gap.fact_id(),
        cost: Some(gap.clone()),
    }
}

/// Every reason but cost's: none of them depends on the replica count or the prices.
fn reasons(profile: &WorkloadProfile) -> Vec<Reason> {
    let mut out = Vec::new();
    let mut add = |rule: &ReasonRule| out.push(scored(rule, profile));
    add(&rules::FARGATE_NO_SERVERS);
    add(&rules::EC2_CHOICE_OF_MACHINE);
    match profile.ops_capacity {
        OpsCapacity::None => add(&rules::FARGATE_NO_OPS_TEAM),
        OpsCapacity::Some => {}
        OpsCapacity::Dedicated => add(&rules::EC2_PLATFORM_TEAM),
    }
    if profile.load_pattern == LoadPattern::Scheduled {
        add(&rules::FARGATE_BATCH_START);
    }
    if profile.startup_sensitive {
        add(&rules::EC2_STARTUP);
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
        .filter(|rule| applies(rule.constraint, profile))
        .map(Blocker::from)
        .collect()
}

/// Decides, leaving out the constraints in `suppressed` (to ask what would happen without
/// them), with cost as `gap` says (none when a side cannot run the workload).
pub(crate) fn evaluate(
    profile: &WorkloadProfile,
    suppressed: &[Constraint],
    gap: Option<&CostGap>,
) -> Evaluation {
    let blockers = blockers(profile, suppressed);
    let mut reasons = reasons(profile);
    if let Some(gap) = gap {
        // First: it is the one reason with numbers in it.
        reasons.insert(0, cost_reason(gap, profile));
    }
    let scores = tally(&reasons);
    Evaluation {
        choice: decide(&blockers, scores),
        blockers,
        reasons,
        scores,
    }
}

/// The cost gap of `profile` priced as `cost` prices its own workload (the same Region,
/// instance type, hours and the rest).
pub(crate) fn reprice(profile: &WorkloadProfile, cost: &WorkloadCost) -> Option<CostGap> {
    let input = cost.input.pricing.input_for(profile);
    cost_gap(&estimate(&input), &input)
}

/// Whether Fargate Spot can take the Fargate part: ECS, spot wanted, and Linux (x86, or
/// ARM64 on platform version 1.4.0 or later); Fargate Spot takes no Windows tasks.
fn fargate_spot_fits(profile: &WorkloadProfile) -> bool {
    let needs = profile.needs;
    profile.orchestrator == Orchestrator::Ecs && needs.spot && !needs.windows
}

fn placements(profile: &WorkloadProfile, choice: Choice) -> Vec<Placement> {
    let needs = profile.needs;
    let spot_rest = || {
        if fargate_spot_fits(profile) {
            vec![place::ECS_FARGATE_BASE, place::ECS_FARGATE_SPOT_REST]
        } else {
            vec![place::ECS_FARGATE_ALL]
        }
    };
    match (profile.orchestrator, choice) {
        (Orchestrator::Eks, Choice::Ec2) if needs.spot => vec![place::EKS_EC2_SPOT_ALL],
        (Orchestrator::Eks, Choice::Ec2) => vec![place::EKS_EC2_ALL],
        (Orchestrator::Eks, Choice::Fargate) => vec![place::EKS_FARGATE_ALL],
        (Orchestrator::Eks, Choice::Mixed) => {
            let mut out = Vec::new();
            if needs.daemonsets {
                out.push(place::EKS_EC2_AGENTS);
            }
            if needs.block_storage {
                out.push(place::EKS_EC2_EBS);
            }
            out.push(if needs.daemonsets {
                place::EKS_FARGATE_REST_SIDECAR
            } else {
                place::EKS_FARGATE_REST
            });
            out
        }
        (Orchestrator::Ecs, Choice::Ec2) if needs.spot => vec![place::ECS_EC2_SPOT_ALL],
        (Orchestrator::Ecs, Choice::Ec2) => vec![place::ECS_EC2_ALL],
        (Orchestrator::Ecs, Choice::Fargate) => spot_rest(),
        (Orchestrator::Ecs, Choice::Mixed) => {
            let mut out = vec![place::ECS_EC2_DAEMONS];
            if fargate_spot_fits(profile) {
                out.extend(spot_rest());
            } else {
                out.push(place::ECS_FARGATE_REST_SIDECAR);
            }
            out
        }
    }
}

fn caveats(profile: &WorkloadProfile, choice: Choice) -> Vec<Caveat> {
    let needs = profile.needs;
    let mut out = Vec::new();
    if choice == Choice::Ec2 {
        return out;
    }
    let extra_storage = profile.ephemeral_storage_gib > FARGATE_DEFAULT_EPHEMERAL_GIB;
    match profile.orchestrator {
        Orchestrator::Eks => {
            if extra_storage {
                out.push(place::EKS_EPHEMERAL);
            }
            out.push(place::EKS_LOAD_BALANCERS);
            out.push(place::EKS_IMDS);
            out.push(place::EKS_POD_IDENTITY);
            if profile.load_pattern == LoadPattern::Scheduled {
                out.push(place::EKS_JOBS);
            }
            if needs.block_storage {
                out.push(place::EKS_EFS);
            }
        }
        Orchestrator::Ecs => {
            if extra_storage {
                out.push(place::ECS_EPHEMERAL);
            }
            out.push(place::ECS_LOAD_BALANCERS);
            if needs.block_storage {
                out.push(place::ECS_EBS);
            }
            if needs.windows {
                out.push(place::ECS_WINDOWS);
            }
            if profile.vcpu > 4.0 {
                out.push(place::ECS_LARGE_TASK);
            }
            if needs.arm {
                out.push(place::ECS_ARM);
            }
            if fargate_spot_fits(profile) {
                if needs.arm {
                    out.push(place::ECS_ARM_SPOT);
                }
                out.push(place::ECS_SPOT_SAVING);
            }
        }
    }
    out
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
    let gap = cost_gap(&cost.estimate, &cost.input);
    let evaluation = evaluate(profile, &[], gap.as_ref());
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
