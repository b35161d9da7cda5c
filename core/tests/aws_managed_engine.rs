//! The third option, EC2 that AWS runs (EKS Auto Mode, ECS Managed Instances), case by
//! case: where it wins, where it cannot, and what the engine cites for it.

use container_compass_core::catalog::{fact, Status};
use container_compass_core::compute::rules::BLOCK_RULES;
use container_compass_core::compute::{
    recommend_compute, Basis, Capacity, Choice, ComputeRecommendation, Constraint, Need,
    OpsCapacity, Orchestrator, Scope, Target, WorkloadProfile, AUTO_MODE, MANAGED_INSTANCES,
};
use container_compass_core::cost::PriceSettings;

use Orchestrator::{Ecs, Eks};

fn recommend(profile: &WorkloadProfile) -> ComputeRecommendation {
    recommend_compute(profile, &PriceSettings::default())
}

/// The default workload (one bursty-free service, default priorities) with `ops` and `need`.
fn profile(orchestrator: Orchestrator, ops: OpsCapacity, need: Need) -> WorkloadProfile {
    let mut profile = WorkloadProfile::new(orchestrator);
    profile.ops_capacity = ops;
    profile.needs = profile.needs.with(need, true);
    profile
}

/// The case: a need Fargate cannot meet, in a team with nobody to run servers.
#[test]
fn a_gpu_with_no_one_to_run_servers_goes_to_aws_managed_ec2_on_both_orchestrators() {
    for (orchestrator, name, fact_id) in [
        (Eks, AUTO_MODE, "auto-mode.capabilities"),
        (Ecs, MANAGED_INSTANCES, "managed-instances.capabilities"),
    ] {
        let answer = recommend(&profile(orchestrator, OpsCapacity::None, Need::Gpu));
        assert_eq!(answer.choice, Choice::Managed, "{orchestrator:?}");
        assert_eq!(answer.choice.name(orchestrator), name);
        let targets: Vec<Target> = answer.placements.iter().map(|p| p.target).collect();
        assert_eq!(targets, [Target::Managed], "{orchestrator:?}");
        // Fargate is out for the GPU; nothing rules the managed option out.
        assert!(answer
            .blockers
            .iter()
            .all(|b| b.option == Capacity::Fargate && b.constraint == Constraint::Need(Need::Gpu)));
        // Its reasons: AWS runs the instances, and no one on the team has to.
        let managed: Vec<&str> = answer
            .reasons
            .iter()
            .filter(|r| r.option == Capacity::Managed && r.basis == Basis::Simplicity)
            .map(|r| r.fact_id)
            .collect();
        assert_eq!(managed, [fact_id, fact_id], "{orchestrator:?}");
        assert!(
            answer.scores.managed > answer.scores.ec2,
            "{orchestrator:?}"
        );
        // "Without the GPU, Fargate would": the flip says so.
        assert!(
            answer
                .flips
                .iter()
                .any(|f| f.choice == Choice::Fargate
                    && f.change.en.starts_with("Without the GPU need")),
            "{orchestrator:?}: {:?}",
            answer.flips
        );
    }
}

/// The other needs Fargate cannot meet on EKS send a team with no one to run servers to
/// Auto Mode too: node agents, EBS volumes, Arm, Spot.
#[test]
fn what_eks_fargate_cannot_run_goes_to_auto_mode_without_an_ops_team() {
    for need in [Need::Daemonsets, Need::BlockStorage, Need::Arm, Need::Spot] {
        let answer = recommend(&profile(Eks, OpsCapacity::None, need));
        assert_eq!(answer.choice, Choice::Managed, "{need:?}");
        let expected = if need == Need::Spot {
            Target::ManagedSpot
        } else {
            Target::Managed
        };
        let targets: Vec<Target> = answer.placements.iter().map(|p| p.target).collect();
        assert_eq!(targets, [expected], "{need:?}");
        // The migration note: AWS's path from EKS Fargate to Auto Mode.
        let caveats: Vec<&str> = answer.caveats.iter().map(|c| c.fact_id).collect();
        assert_eq!(
            caveats,
            ["auto-mode.nodes", "auto-mode.from-fargate"],
            "{need:?}"
        );
    }
}

/// The case: with a platform team, node agents on EKS go to EC2 node groups, and
/// the flip names Auto Mode for a team with no one to run servers.
#[test]
fn daemonsets_on_eks_with_a_platform_team_go_to_ec2_nodes() {
    let answer = recommend(&profile(Eks, OpsCapacity::Dedicated, Need::Daemonsets));
    assert_eq!(answer.choice, Choice::Ec2);
    assert!(answer.scores.ec2 > answer.scores.managed);
    assert!(answer
        .reasons
        .iter()
        .any(|r| r.option == Capacity::Ec2 && r.fact_id == "compute.control"));
    let flip = answer
        .flips
        .iter()
        .find(|f| f.change.en.starts_with("With no one to run servers"))
        .expect("the operations flip");
    assert_eq!(flip.choice, Choice::Managed);
    assert!(flip
        .change
        .en
        .ends_with("the answer would be EKS Auto Mode."));
}

/// The case: ECS Managed Instances run Linux containers only, so Windows never
/// goes there, whatever the team; the blocker cites the fact that says Linux.
#[test]
fn windows_on_ecs_is_never_managed_instances() {
    for ops in OpsCapacity::ALL {
        // 1 vCPU fits Fargate's Windows sizes; 8 does not.
        for vcpu in [1.0, 8.0] {
            let mut windows = profile(Ecs, ops, Need::Windows);
            windows.vcpu = vcpu;
            windows.memory_gib = 2.0 * vcpu;
            let answer = recommend(&windows);
            assert_ne!(answer.choice, Choice::Managed, "{ops:?} {vcpu}");
            let blocker = answer
                .blockers
                .iter()
                .find(|b| b.option == Capacity::Managed)
                .expect("Managed Instances are ruled out");
            assert_eq!(blocker.fact_id, "managed-instances.capabilities");
            assert_eq!(blocker.scope, Scope::Whole);
            let fact = fact(blocker.fact_id).expect("in the catalog");
            assert!(fact.text.en.contains("Linux"), "{}", fact.text.en);
            assert_eq!(fact.status, Status::Verified);
            if vcpu > 4.0 {
                assert_eq!(answer.choice, Choice::Ec2, "{ops:?}: Fargate is out too");
            }
        }
    }
    // EKS Auto Mode too: Linux only, so Windows goes to Windows node groups.
    let answer = recommend(&profile(Eks, OpsCapacity::None, Need::Windows));
    assert_eq!(answer.choice, Choice::Ec2);
    assert!(answer
        .blockers
        .iter()
        .any(|b| b.option == Capacity::Managed && b.fact_id == "auto-mode.capabilities"));
}

/// The profile that triggers `constraint` on `orchestrator`: the need itself, with what its
/// rule also asks (a Windows task too large for Fargate; Windows with Spot on ECS).
fn triggering(orchestrator: Orchestrator, constraint: Constraint) -> WorkloadProfile {
    let mut profile = WorkloadProfile::new(orchestrator);
    match constraint {
        Constraint::Need(need) => {
            profile.needs = profile.needs.with(need, true);
            if orchestrator == Ecs && need == Need::Windows {
                profile.vcpu = 8.0;
                profile.memory_gib = 16.0;
            }
            if orchestrator == Ecs && need == Need::Spot {
                profile.needs.windows = true;
            }
        }
        Constraint::PodSize => {
            profile.vcpu = 32.0;
            profile.memory_gib = 64.0;
        }
        Constraint::EphemeralStorage => profile.ephemeral_storage_gib = 250.0,
    }
    profile
}

/// Every blocker rule fires on the profile that triggers it, and the blocker the answer
/// carries names its option and cites a fact of the catalog; a rule on the EC2 that AWS runs
/// cites that option's own facts.
#[test]
fn every_blocker_cites_its_fact() {
    for rule in BLOCK_RULES {
        let answer = recommend(&triggering(rule.orchestrator, rule.constraint));
        let blocker = answer
            .blockers
            .iter()
            .find(|b| b.constraint == rule.constraint && b.option == rule.option)
            .unwrap_or_else(|| panic!("{:?} on {:?}", rule.constraint, rule.orchestrator));
        assert_eq!(blocker.fact_id, rule.fact_id);
        assert!(fact(blocker.fact_id).is_some(), "{}", blocker.fact_id);
        assert!(!answer.choice.uses(rule.option) || rule.scope == Scope::Part);
        if rule.option == Capacity::Managed {
            let own = match rule.orchestrator {
                Eks => "auto-mode.",
                Ecs => "managed-instances.",
            };
            assert!(
                blocker.fact_id.starts_with(own) || blocker.fact_id.starts_with("aws-managed."),
                "{}",
                blocker.fact_id
            );
        }
    }
}

/// Privileged containers: Fargate runs none, and AWS does not say its managed EC2 does (an
/// unverified fact, and said so), so they stay on the EC2 you run.
#[test]
fn privileged_containers_stay_on_ec2_you_run() {
    for orchestrator in [Eks, Ecs] {
        let answer = recommend(&profile(orchestrator, OpsCapacity::None, Need::Privileged));
        assert_eq!(answer.choice, Choice::Ec2, "{orchestrator:?}");
        let blocker = answer
            .blockers
            .iter()
            .find(|b| b.option == Capacity::Managed)
            .expect("managed is out");
        assert_eq!(
            fact(blocker.fact_id).map(|f| f.status),
            Some(Status::Unverified)
        );
    }
}

/// The cost reasons come from the three-way estimate: with Fargate ruled out, the EC2 you
/// run and the EC2 AWS runs are compared, and the same nodes plus the 12 % fee make the
/// managed side the dearer one.
#[test]
fn with_fargate_out_cost_compares_the_two_kinds_of_ec2() {
    let answer = recommend(&profile(Eks, OpsCapacity::None, Need::Gpu));
    let cost: Vec<_> = answer
        .reasons
        .iter()
        .filter_map(|r| r.cost.as_ref())
        .collect();
    let first = cost.first().expect("a cost reason");
    assert_eq!(
        (first.cheaper, first.than),
        (Capacity::Ec2, Capacity::Managed)
    );
    assert_eq!(first.fargate_usd, None, "Fargate cannot run it");
    let (ec2, managed) = (
        first.ec2_usd.expect("EC2"),
        first.managed_usd.expect("Auto Mode"),
    );
    // The fee is 12 % of the instances; the control plane is on both sides, so the
    // saving is a little under 12/112.
    assert!(managed > ec2);
    assert!(first.saving > 0.0 && first.saving < 0.12 / 1.12);
    assert!(first
        .text(container_compass_core::i18n::Lang::En, &|usd| format!(
            "${usd:.0}"
        ))
        .contains("EKS Auto Mode"));
}
