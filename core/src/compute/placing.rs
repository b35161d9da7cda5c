//! Which placements and caveats a workload gets with the capacity chosen for it: the
//! choosing, where `placements` holds the data.

use super::output::Choice;
use super::placements::{self as place, Caveat, Placement};
use super::profile::{LoadPattern, Orchestrator, WorkloadProfile};
use super::recommend::FARGATE_DEFAULT_EPHEMERAL_GIB;
use super::rules::Capacity;

/// Whether Fargate Spot can take the Fargate part: ECS, spot wanted, and Linux (x86, or
/// ARM64 on platform version 1.4.0 or later); Fargate Spot takes no Windows tasks.
fn fargate_spot_fits(profile: &WorkloadProfile) -> bool {
    let needs = profile.needs;
    profile.orchestrator == Orchestrator::Ecs && needs.spot && !needs.windows
}

pub(super) fn placements(profile: &WorkloadProfile, choice: Choice) -> Vec<Placement> {
    use place::*;
    let needs = profile.needs;
    let eks = profile.orchestrator == Orchestrator::Eks;
    // Static lists, one per case: smaller in the wasm than vectors built case by case.
    let list: &[Placement] = match (eks, choice) {
        (true, Choice::Ec2) if needs.spot => &[EKS_EC2_SPOT_ALL],
        (true, Choice::Ec2) => &[EKS_EC2_ALL],
        (true, Choice::Managed) if needs.spot => &[EKS_MANAGED_SPOT_ALL],
        (true, Choice::Managed) => &[EKS_MANAGED_ALL],
        (true, Choice::Fargate) => &[EKS_FARGATE_ALL],
        // A mix on EKS has node agents, pods with EBS volumes, or both.
        (true, Choice::Mixed) => match (needs.daemonsets, needs.block_storage) {
            (true, true) => &[EKS_EC2_AGENTS, EKS_EC2_EBS, EKS_FARGATE_REST_SIDECAR],
            (true, false) => &[EKS_EC2_AGENTS, EKS_FARGATE_REST_SIDECAR],
            (false, _) => &[EKS_EC2_EBS, EKS_FARGATE_REST],
        },
        (false, Choice::Ec2) if needs.spot => &[ECS_EC2_SPOT_ALL],
        (false, Choice::Ec2) => &[ECS_EC2_ALL],
        (false, Choice::Managed) => match (needs.spot, needs.daemonsets) {
            (true, true) => &[ECS_MANAGED_SPOT_ALL, ECS_MANAGED_DAEMONS],
            (true, false) => &[ECS_MANAGED_SPOT_ALL],
            (false, true) => &[ECS_MANAGED_ALL, ECS_MANAGED_DAEMONS],
            (false, false) => &[ECS_MANAGED_ALL],
        },
        (false, Choice::Fargate) if fargate_spot_fits(profile) => {
            &[ECS_FARGATE_BASE, ECS_FARGATE_SPOT_REST]
        }
        (false, Choice::Fargate) => &[ECS_FARGATE_ALL],
        (false, Choice::Mixed) if fargate_spot_fits(profile) => {
            &[ECS_EC2_DAEMONS, ECS_FARGATE_BASE, ECS_FARGATE_SPOT_REST]
        }
        (false, Choice::Mixed) => &[ECS_EC2_DAEMONS, ECS_FARGATE_REST_SIDECAR],
    };
    list.to_vec()
}

pub(super) fn caveats(profile: &WorkloadProfile, choice: Choice) -> Vec<Caveat> {
    let mut out = fargate_caveats(profile, choice);
    if choice.uses(Capacity::Managed) {
        match profile.orchestrator {
            Orchestrator::Eks => {
                out.extend([place::AUTO_MODE_NODES, place::AUTO_MODE_FROM_FARGATE])
            }
            Orchestrator::Ecs => out.push(place::MANAGED_INSTANCES_NODES),
        }
    }
    out
}

fn fargate_caveats(profile: &WorkloadProfile, choice: Choice) -> Vec<Caveat> {
    let needs = profile.needs;
    let mut out = Vec::new();
    if !choice.uses(Capacity::Fargate) {
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
