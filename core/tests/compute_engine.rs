//! The EC2-or-Fargate engine, case by case: each case names the documented fact it rests
//! on, and the answer must cite that fact.

use container_compass_core::compute::{
    cited_fact_ids, eks_fargate_pod_size, Basis, Capacity, Choice, ComputeRecommendation,
    FargateSize, LoadPattern, OpsCapacity, Orchestrator, Priorities, Target, WorkloadProfile,
};
use container_compass_core::cost::{estimate, PriceSettings};

use Orchestrator::{Ecs, Eks};

mod common;
use common::engine::*;
use common::Json;
use common::{at, text_at, written};

#[test]
fn a_small_bursty_stateless_service_with_a_tiny_team_gets_fargate() {
    for orchestrator in [Eks, Ecs] {
        let profile = with(WorkloadProfile::new(orchestrator), |p| {
            p.vcpu = 0.25;
            p.memory_gib = 0.5;
            p.replicas = 2;
            p.load_pattern = LoadPattern::Bursty;
            p.ops_capacity = OpsCapacity::None;
        });
        let answer = check(
            "tiny bursty service",
            profile,
            FARGATE,
            "compute.management",
        );
        assert!(answer.blockers.is_empty());
        assert!(answer.scores.fargate > answer.scores.ec2);
    }
}

#[test]
fn ecs_180_gib_of_ephemeral_storage_stays_possible_on_fargate() {
    let answer = recommend(&with(lean(Ecs), |p| p.ephemeral_storage_gib = 180.0));
    assert!(
        answer.blockers.is_empty(),
        "200 GiB is the ECS Fargate limit"
    );
}

#[test]
fn blockers_win_whatever_the_weights() {
    let profile = with(lean(Ecs), |p| {
        p.needs.gpu = true;
        p.priorities = Priorities {
            cost: 0,
            control: 0,
            simplicity: 3,
        };
    });
    let answer = recommend(&profile);
    assert_eq!(answer.choice, Choice::Managed);
    assert!(
        answer.scores.fargate > answer.scores.managed,
        "Fargate would win on points"
    );
}

/// With someone to look after servers now and then and the default priorities, the part
/// Fargate cannot run goes to EC2 nodes the team runs and the rest stays on Fargate.
#[test]
fn mixed_plans_say_which_part_goes_where() {
    let eks = recommend(&with(WorkloadProfile::new(Eks), |p| {
        p.needs.daemonsets = true;
        p.needs.block_storage = true;
    }));
    assert_eq!(eks.choice, Choice::Mixed);
    let targets: Vec<(Target, &str)> = eks
        .placements
        .iter()
        .map(|p| (p.target, p.fact_id))
        .collect();
    assert_eq!(
        targets,
        [
            (Target::Ec2, "fargate.eks.daemonsets"),
            (Target::Ec2, "fargate.eks.block-storage"),
            (Target::Fargate, "fargate.eks.daemonsets"),
        ]
    );

    let ecs = recommend(&with(WorkloadProfile::new(Ecs), |p| {
        p.needs.daemonsets = true;
        p.needs.spot = true;
    }));
    assert_eq!(ecs.choice, Choice::Mixed);
    let targets: Vec<Target> = ecs.placements.iter().map(|p| p.target).collect();
    assert_eq!(targets, [Target::Ec2, Target::Fargate, Target::FargateSpot]);
}

#[test]
fn spot_placements_follow_the_orchestrator() {
    // EKS has no Fargate Spot: Spot means EC2 Spot, which Auto Mode launches for a team
    // with no one to run servers, and a node group for one with a platform team.
    let eks = recommend(&with(lean(Eks), |p| p.needs.spot = true));
    assert_eq!(
        eks.placements.iter().map(|p| p.target).collect::<Vec<_>>(),
        [Target::ManagedSpot]
    );
    let platform = recommend(&with(lean(Eks), |p| {
        p.needs.spot = true;
        p.ops_capacity = OpsCapacity::Dedicated;
        p.priorities.control = 3;
    }));
    assert_eq!(
        platform
            .placements
            .iter()
            .map(|p| p.target)
            .collect::<Vec<_>>(),
        [Target::Ec2Spot]
    );

    let ecs = recommend(&with(lean(Ecs), |p| p.needs.spot = true));
    assert!(ecs
        .placements
        .iter()
        .any(|p| p.target == Target::FargateSpot));
    assert!(ecs
        .placements
        .iter()
        .any(|p| p.fact_id == "fargate.ecs.capacity-strategy"));

    let windows = recommend(&with(lean(Ecs), |p| {
        p.needs.spot = true;
        p.needs.windows = true;
        p.vcpu = 1.0;
        p.memory_gib = 2.0;
    }));
    assert!(
        windows
            .placements
            .iter()
            .all(|p| p.target != Target::FargateSpot),
        "Fargate Spot takes no Windows tasks"
    );
}

/// The audit of 2026-12-01, case by case: each correction reaches the answer, citing the
/// fact that settles it.
#[test]
fn the_audit_corrections_reach_the_answer() {
    let caveats = |answer: &ComputeRecommendation| -> Vec<&'static str> {
        answer.caveats.iter().map(|c| c.fact_id).collect()
    };
    // ARM64 on Fargate Spot (platform 1.4.0+): the Arm tasks go to FARGATE_SPOT, with the
    // platform caveat and the Spot saving.
    let arm_spot = recommend(&with(lean(Ecs), |p| {
        p.needs.spot = true;
        p.needs.arm = true;
    }));
    assert_eq!(arm_spot.choice, Choice::Fargate);
    assert!(arm_spot
        .placements
        .iter()
        .any(|p| p.target == Target::FargateSpot));
    assert!(caveats(&arm_spot).contains(&"fargate.ecs.spot-arm"));
    assert!(caveats(&arm_spot).contains(&"pricing.fargate-spot"));
    let arm_caveat = arm_spot
        .caveats
        .iter()
        .find(|c| c.fact_id == "fargate.ecs.spot-arm")
        .expect("the platform caveat");
    assert!(
        arm_caveat.text.en.contains("1.4.0"),
        "{}",
        arm_caveat.text.en
    );
    // ... and the cost section, from the same profile, takes the Spot saving off the Arm
    // Fargate rates.
    let arm_spot_profile = with(lean(Ecs), |p| {
        p.needs.spot = true;
        p.needs.arm = true;
    });
    let cost = estimate(&PriceSettings::default().input_for(&arm_spot_profile));
    let fargate = cost
        .fargate
        .available()
        .expect("Fargate prices the Arm tasks");
    assert!(
        fargate.breakdown.spot_savings < 0.0,
        "{:?}",
        fargate.breakdown
    );
    assert!(fargate
        .lines
        .iter()
        .any(|line| line.price.item == "fargate.arm.vcpu"));

    // Pods on EKS Fargate: IRSA, not Pod Identity.
    let eks = recommend(&lean(Eks));
    assert_eq!(eks.choice, Choice::Fargate);
    assert!(
        caveats(&eks).contains(&"fargate.eks.pod-identity"),
        "{:?}",
        caveats(&eks)
    );
    assert!(
        caveats(&eks).contains(&"fargate.eks.imds"),
        "IRSA: {:?}",
        caveats(&eks)
    );
    // ECS on Fargate takes Gateway Load Balancers too.
    let ecs = recommend(&lean(Ecs));
    let lb = ecs
        .caveats
        .iter()
        .find(|c| c.fact_id == "fargate.ecs.load-balancers")
        .expect("a load balancer caveat");
    assert!(
        lb.text.en.contains("Gateway Load Balancer"),
        "{}",
        lb.text.en
    );

    // Start-up: the AWS source is the image pull, not a user report.
    let startup = recommend(&with(lean(Ecs), |p| p.startup_sensitive = true));
    let reason = startup
        .reasons
        .iter()
        .find(|r| r.fact_id == "fargate.startup")
        .expect("a start-up reason");
    assert!(
        reason.text.en.contains("caches no images"),
        "{}",
        reason.text.en
    );
    assert!(!reason.text.en.contains("users report"));
    let batch = recommend(&with(lean(Eks), |p| {
        p.load_pattern = LoadPattern::Scheduled
    }));
    assert!(batch.reasons.iter().any(|r| r.fact_id == "batch.startup"));
}

#[test]
fn eks_rounding_is_shown_and_drives_the_cost() {
    assert_eq!(
        eks_fargate_pod_size(1.0, 8.0),
        Some(FargateSize {
            vcpu: 2.0,
            memory_gb: 9.0
        })
    );
    let answer = recommend(&with(WorkloadProfile::new(Eks), |p| {
        p.vcpu = 1.0;
        p.memory_gib = 8.0;
    }));
    assert_eq!(
        answer.fargate_size,
        Some(FargateSize {
            vcpu: 2.0,
            memory_gb: 9.0
        })
    );
    // Where the rounding makes Fargate dearer, the cost reason says so with the sizes.
    let small = recommend(
        &with(WorkloadProfile::new(Eks), |p| {
            p.vcpu = 0.25;
            p.memory_gib = 2.0;
        })
        .with_replicas(12),
    );
    let gap = small.reasons[0]
        .cost
        .as_ref()
        .expect("the cost reason first");
    assert!(
        gap.drivers.iter().any(|d| d.en
            == "Fargate bills each pod asking for 0.25 vCPU / 2 GiB as 0.5 vCPU / 3 GB."
            && d.ko == "Fargate는 0.25 vCPU / 2 GiB를 요청한 파드를 0.5 vCPU / 3 GB로 올려 과금합니다."),
        "{:?}",
        gap.drivers
    );
    assert_eq!(recommend(&WorkloadProfile::new(Ecs)).fargate_size, None);
}

#[test]
fn flips_name_the_need_that_decides() {
    let answer = recommend(&with(lean(Ecs), |p| p.needs.gpu = true));
    let flip = answer
        .flips
        .iter()
        .find(|f| f.choice == Choice::Fargate)
        .expect("without the GPU, Fargate");
    assert_eq!(
        flip.change.en,
        "Without the GPU need, the answer would be Fargate."
    );
    assert_eq!(flip.change.ko, "GPU 요구가 없다면 답은 Fargate입니다.");

    let two = recommend(&with(lean(Ecs), |p| {
        p.needs.gpu = true;
        p.needs.privileged = true;
    }));
    assert!(
        two.flips.iter().any(|f| f.change.en
            == "Without the GPU and privileged-container needs together, the answer would be Fargate."),
        "{:?}",
        two.flips
    );
}

#[test]
fn flips_name_the_weight_that_decides() {
    // Defaults on EKS: Fargate 5 (no servers 2, isolation 2, 14% cheaper 1), EC2 3. Raising
    // control to 2 gives EC2 6.
    let answer = recommend(&WorkloadProfile::new(Eks));
    assert_eq!(answer.choice, Choice::Fargate);
    assert_eq!((answer.scores.ec2, answer.scores.fargate), (3, 5));
    assert!(answer.flips.iter().any(|f| f.change.en
        == "With control weighted 2, the answer would be EC2."
        && f.change.ko == "제어 가중치가 2라면 답은 EC2입니다."));
}

#[test]
fn reasons_show_their_weights() {
    let answer = recommend(&with(WorkloadProfile::new(Ecs), |p| {
        p.priorities.cost = 3;
        p.startup_sensitive = true;
    }));
    for reason in &answer.reasons {
        assert_eq!(reason.score, reason.points * u32::from(reason.weight));
    }
    // Fargate $36.04 against EC2 $62.05 a month: 41% less, 2 points, weighted 3.
    let cost = answer
        .reasons
        .iter()
        .find(|r| r.basis == Basis::Cost)
        .expect("the cost reason");
    assert_eq!((cost.points, cost.weight, cost.score), (2, 3, 6));
    assert_eq!(cost.option, Capacity::Fargate);
    assert_eq!(cost.fact_id, "pricing.fargate-billing");
    let startup = answer
        .reasons
        .iter()
        .find(|r| r.fact_id == "fargate.startup")
        .expect("start-up reason");
    assert_eq!(startup.weight, 2, "workload reasons carry the fixed weight");
    assert_eq!(answer.weights.cost, 3);
}

#[test]
fn the_answer_serializes_in_camel_case() {
    let answer = recommend(&with(lean(Eks), |p| p.needs.daemonsets = true));
    let json = written(&answer);
    assert_eq!(text_at(&json, "choice"), Some("managed"));
    assert_eq!(text_at(&json, "placements.0.target"), Some("managed"));
    assert_eq!(text_at(&json, "blockers.0.constraint"), Some("daemonsets"));
    assert_eq!(text_at(&json, "blockers.0.option"), Some("fargate"));
    assert_eq!(text_at(&json, "blockers.0.scope"), Some("part"));
    assert!(matches!(at(&json, "scores.managed"), Json::Number(_)));
    assert_eq!(
        text_at(&json, "blockers.0.factId"),
        Some("fargate.eks.daemonsets")
    );
    assert!(text_at(&json, "reasons.0.text.ko").is_some());
    assert!(matches!(at(&json, "fargateSize.memoryGb"), Json::Number(_)));
    let size = recommend(&with(lean(Eks), |p| p.vcpu = 40.0));
    assert_eq!(
        text_at(&written(&size), "blockers.0.constraint"),
        Some("podSize")
    );
}

#[test]
fn the_engine_lists_what_it_can_cite() {
    let ids = cited_fact_ids();
    for id in [
        "fargate.eks.gpu",
        "fargate.ecs.spot-arm",
        "compute.management",
        "ec2.spot",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
}
