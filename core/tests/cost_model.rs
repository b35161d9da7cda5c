//! The cost model, case by case: each case names the fact or price it rests on.

use container_compass_core::catalog::{fact, Status};
use container_compass_core::compute::{FargateSize, Orchestrator};
use container_compass_core::cost::{
    billed_size, break_even, estimate, instance_type, node_capacity, pack, Arch, Cheaper,
    CostInput, EksSupport, Family, LineItem, NodeOptions, Os, PodGroup, Region, Side, Unit,
    DEFAULT_FARGATE_SPOT_DISCOUNT, INSTANCE_TYPES,
};

use Orchestrator::{Ecs, Eks};

fn input(orchestrator: Orchestrator, vcpu: f64, memory_gib: f64, replicas: u32) -> CostInput {
    CostInput {
        vcpu,
        memory_gib,
        replicas,
        ..CostInput::new(orchestrator)
    }
}

fn cents(usd: f64) -> i64 {
    (usd * 100.0).round() as i64
}

/// Fargate us-east-1 x86: 0.04048 per vCPU-hour, 0.004445 per GB-hour (aws-facts, Prices).
#[test]
fn ten_ecs_tasks_of_one_vcpu_and_two_gb_cost_360_40_a_month() {
    let answer = estimate(&input(Ecs, 1.0, 2.0, 10));
    let fargate = answer.fargate.available().expect("Fargate runs it");
    // 10 × (0.04048 + 2 × 0.004445) × 730 = 360.40
    assert_eq!(cents(fargate.total_usd), 36_040);
    assert_eq!(
        fargate.billed_size,
        FargateSize {
            vcpu: 1.0,
            memory_gb: 2.0
        }
    );
    assert_eq!(fargate.breakdown.control_plane, 0.0, "ECS has no fee");
    assert!(fargate
        .lines
        .iter()
        .all(|line| line.price.status == Status::Verified));
}

/// Fact `fargate.eks.sizing`: EKS adds 256 MB, then rounds up; ECS rounds the task as asked.
#[test]
fn fargate_bills_the_smallest_valid_size_that_covers_the_request() {
    assert!(fact("fargate.eks.sizing").is_some());
    let cases = [
        (Eks, (1.0, 8.0), Some((2.0, 9.0))),
        (Ecs, (1.0, 8.0), Some((1.0, 8.0))),
        (Ecs, (0.3, 0.7), Some((0.5, 1.0))),
        (Ecs, (3.0, 5.0), Some((4.0, 8.0))),
        (Ecs, (9.0, 1.0), Some((16.0, 32.0))),
        (Ecs, (0.25, 0.5), Some((0.25, 0.5))),
        (Ecs, (8.0, 17.0), Some((8.0, 20.0))),
        (Ecs, (16.0, 121.0), None),
        (Eks, (16.0, 120.0), None),
    ];
    for (orchestrator, (vcpu, memory), expected) in cases {
        let got = billed_size(orchestrator, vcpu, memory).map(|s| (s.vcpu, s.memory_gb));
        assert_eq!(got, expected, "{orchestrator:?} {vcpu} vCPU {memory} GiB");
    }
}

/// Fargate ephemeral storage above 20 GB: 0.000111 per GB-hour in us-east-1.
#[test]
fn storage_above_twenty_gb_is_billed_per_gb_hour() {
    let mut workload = input(Ecs, 1.0, 2.0, 1);
    workload.ephemeral_storage_gib = 120.0;
    let answer = estimate(&workload);
    let fargate = answer.fargate.available().expect("Fargate runs it");
    // 100 GB × 730 h × 0.000111 = 8.103
    assert!((fargate.breakdown.storage - 8.103).abs() < 1e-9);
}

/// EKS control plane: 0.10 per cluster-hour standard, 0.60 extended; on both sides.
#[test]
fn eks_pays_its_control_plane_fee_on_both_sides() {
    for (support, monthly) in [(EksSupport::Standard, 73.0), (EksSupport::Extended, 438.0)] {
        let mut workload = input(Eks, 0.5, 1.0, 2);
        workload.pricing.eks_support = support;
        let answer = estimate(&workload);
        let fargate = answer.fargate.available().expect("Fargate runs it");
        let ec2 = answer.ec2.available().expect("EC2 runs it");
        for breakdown in [fargate.breakdown, ec2.breakdown] {
            assert!(
                (breakdown.control_plane - monthly).abs() < 1e-9,
                "{support:?}"
            );
        }
    }
}

/// Facts `fargate.ecs.spot`, `fargate.ecs.spot-arm`, `fargate.eks.spot`: Fargate Spot on
/// ECS for x86 and ARM64 (platform 1.4.0+), never on EKS; its discount is an assumption,
/// as is EC2 Spot's.
#[test]
fn fargate_spot_saves_on_ecs_for_x86_and_arm_and_is_an_assumption() {
    let cases = [
        (Ecs, Arch::X86, true),
        (Ecs, Arch::Arm, true),
        (Eks, Arch::X86, false),
    ];
    for (orchestrator, arch, saves) in cases {
        let mut workload = input(orchestrator, 1.0, 2.0, 4);
        workload.arch = arch;
        workload.spot = true;
        let answer = estimate(&workload);
        let fargate = answer.fargate.available().expect("Fargate runs it");
        let spot = fargate
            .lines
            .iter()
            .find(|line| line.item == LineItem::SpotSavings);
        assert_eq!(spot.is_some(), saves, "{orchestrator:?} {arch:?}");
        if let Some(line) = spot {
            assert_eq!(line.price.status, Status::Assumption);
            assert!(line.usd < 0.0);
        }
        let ec2 = answer.ec2.available().expect("EC2 runs it");
        assert!(ec2.breakdown.spot_savings < 0.0, "EC2 Spot on both");
        let ec2_spot = ec2.lines.iter().find(|l| l.item == LineItem::SpotSavings);
        assert_eq!(ec2_spot.map(|l| l.price.status), Some(Status::Assumption));
    }
}

/// The Fargate Spot saving is an assumption with a documented default (66% off, from
/// observed rates), never AWS's "up to 70%" ceiling, and the caller can set it.
#[test]
fn the_fargate_spot_discount_defaults_to_observed_rates_and_can_be_set() {
    assert_eq!(DEFAULT_FARGATE_SPOT_DISCOUNT, 0.66);
    for (discount, expected) in [(None, 0.66), (Some(0.5), 0.5), (Some(0.0), 0.0)] {
        let mut workload = input(Ecs, 1.0, 2.0, 4);
        workload.spot = true;
        if let Some(discount) = discount {
            workload.pricing.fargate_spot_discount = discount;
        }
        let answer = estimate(&workload);
        let fargate = answer.fargate.available().expect("Fargate runs it");
        let line = fargate
            .lines
            .iter()
            .find(|line| line.item == LineItem::SpotSavings)
            .expect("a Spot saving");
        assert_eq!(line.price.usd, expected);
        assert_eq!(line.price.status, Status::Assumption);
        assert!(
            (fargate.breakdown.spot_savings + fargate.breakdown.compute * expected).abs() < 1e-9
        );
    }
    // The catalog and the caveat quote the same default.
    let percent = format!("{}%", (DEFAULT_FARGATE_SPOT_DISCOUNT * 100.0).round());
    let spot = fact("pricing.fargate-spot").expect("the Spot fact");
    assert_eq!(spot.status, Status::Assumption);
    assert!(spot.text.en.contains(&percent) && spot.text.ko.contains(&percent));
    assert!(spot.text.en.contains("up to 70%"));
    let read = CostInput::from_json(r#"{"orchestrator": "ecs", "fargateSpotDiscount": 0.6}"#)
        .expect("a discount");
    assert_eq!(read.pricing.fargate_spot_discount, 0.6);
}

/// Fact `fargate.eks.arm`: no Arm on EKS Fargate; EC2 Graviton still prices.
#[test]
fn a_side_that_cannot_run_the_workload_says_why() {
    let mut arm = input(Eks, 1.0, 2.0, 2);
    arm.arch = Arch::Arm;
    let answer = estimate(&arm);
    assert!(matches!(answer.fargate, Side::Unavailable(u) if u.fact_id == "fargate.eks.arm"));
    let ec2 = answer.ec2.available().expect("Graviton nodes");
    assert_eq!(
        instance_type(ec2.instance_type).map(|i| i.arch),
        Some(Arch::Arm)
    );
    // EKS Auto Mode runs Graviton too, on the same nodes plus its fee: the nodes you run
    // are the cheaper of the two sides left.
    let managed = answer.managed.available().expect("Auto Mode runs Arm");
    assert_eq!(managed.nodes, ec2.nodes);
    assert!(managed.total_usd > ec2.total_usd);
    assert_eq!(answer.cheaper, Some(Cheaper::Ec2));

    // Windows: EKS Auto Mode runs Linux only; so do ECS Managed Instances.
    for orchestrator in [Eks, Ecs] {
        let mut windows = input(orchestrator, 1.0, 2.0, 2);
        windows.os = Os::Windows;
        let answer = estimate(&windows);
        assert!(
            matches!(answer.managed, Side::Unavailable(u) if u.constraint == "windows"
                && u.fact_id.ends_with(".capabilities")),
            "{orchestrator:?}"
        );
    }

    let huge = estimate(&input(Ecs, 32.0, 64.0, 1));
    assert!(
        matches!(huge.fargate, Side::Unavailable(u) if u.fact_id == "fargate.ecs.largest-task")
    );
    assert!(matches!(huge.ec2, Side::Unavailable(u) if u.constraint == "podSize"));
}

/// m5.large in us-east-1: 0.096 an hour (aws-facts). 29 max pods; 2 vCPU, 8 GiB.
#[test]
fn a_chosen_instance_type_is_packed_and_priced() {
    let mut workload = input(Eks, 0.5, 1.0, 10);
    workload.pricing.instance_type = Some("m5.large".to_string());
    let answer = estimate(&workload);
    let ec2 = answer.ec2.available().expect("EC2 runs it");
    // Allocatable CPU: 2 − 0.07 = 1.93, × 0.8 = 1.544: three 0.5-vCPU pods per node.
    assert_eq!(ec2.max_pods_per_node, 3);
    assert_eq!(ec2.nodes, 4);
    assert!((ec2.breakdown.compute - 4.0 * 0.096 * 730.0).abs() < 1e-9);
    assert!(!ec2.chosen);
    let compute = &ec2.lines[0];
    assert_eq!(
        (compute.unit, compute.price.status),
        (Unit::InstanceHour, Status::Verified)
    );
}

/// The cheapest type of the requested architecture is picked when none is named; burstable
/// types (t3) only when named, as their price buys CPU credits rather than a steady core.
#[test]
fn the_cheapest_fitting_type_is_chosen_when_none_is_named() {
    for region in Region::ALL {
        for arch in [Arch::X86, Arch::Arm] {
            let mut workload = input(Ecs, 1.0, 2.0, 12);
            workload.pricing.region = region;
            workload.arch = arch;
            let answer = estimate(&workload);
            let best = answer.ec2.available().expect("EC2 runs it");
            assert!(best.chosen);
            let chosen = instance_type(best.instance_type).expect("listed");
            assert_ne!(chosen.family, Family::Burstable);
            let candidates = INSTANCE_TYPES
                .iter()
                .filter(|i| i.arch == arch && i.family != Family::Burstable);
            for instance in candidates {
                let mut fixed = workload.clone();
                fixed.pricing.instance_type = Some(instance.name.to_string());
                if let Some(other) = estimate(&fixed).ec2.available() {
                    assert!(best.total_usd <= other.total_usd, "{}", instance.name);
                }
            }
        }
    }
}

/// Fargate us-east-1 x86 (0.04048 per vCPU, 0.004445 per GB) against m6i.2xlarge nodes
/// (8 vCPU, 32 GiB, 0.384 an hour, unverified) filled to the brim (headroom 1): a 1 vCPU /
/// 4 GiB task costs 42.53 a month on Fargate; an ECS node (0.5 GiB reserved) holds 7 of
/// them for 280.32. At 6 tasks Fargate is cheaper (255.18), at 7 EC2 (297.71 against
/// 280.32), at 8 Fargate again (a second node opens).
#[test]
fn the_break_even_series_finds_where_the_cheaper_side_changes() {
    let mut workload = input(Ecs, 1.0, 4.0, 1);
    workload.pricing.instance_type = Some("m6i.2xlarge".to_string());
    workload.pricing.headroom = 1.0;
    let series = break_even(&workload, 20);
    assert_eq!(series.points.len(), 20);
    assert_eq!(series.points[0].replicas, 1);
    let changes: Vec<(u32, Cheaper)> = series
        .crossovers
        .iter()
        .map(|c| (c.replicas, c.cheaper))
        .collect();
    assert_eq!(&changes[..2], &[(7, Cheaper::Ec2), (8, Cheaper::Fargate)]);
    assert_eq!(series.crossover, series.crossovers.first().copied());
    let seventh = series.points[6];
    assert_eq!(seventh.ec2_usd.map(cents), Some(28_032));
    assert_eq!(seventh.fargate_usd.map(cents), Some(29_771));
    assert_eq!(seventh.instance_type, Some("m6i.2xlarge"));
}

mod packing {
    use super::*;
    use proptest::prelude::*;

    fn groups() -> impl Strategy<Value = Vec<PodGroup>> {
        proptest::collection::vec(
            (0.05f64..4.0, 0.1f64..16.0, 0u32..40).prop_map(|(vcpu, gib, count)| PodGroup {
                vcpu,
                gib,
                count,
            }),
            1..6,
        )
    }

    proptest! {
        #[test]
        fn packing_respects_capacity_and_max_pods(
            groups in groups(),
            index in 0usize..INSTANCE_TYPES.len(),
            eks in any::<bool>(),
            daemonset_vcpu in 0.0f64..0.5,
            daemonset_gib in 0.0f64..1.0,
            headroom in 0.5f64..=1.0,
        ) {
            let instance = &INSTANCE_TYPES[index];
            let options = NodeOptions {
                orchestrator: if eks { Eks } else { Ecs },
                daemonset_vcpu,
                daemonset_gib,
                headroom,
            };
            let capacity = node_capacity(instance, &options);
            // Capacity is what is left after reserves and DaemonSets, times the headroom.
            prop_assert!(capacity.vcpu + capacity.reserved_vcpu + daemonset_vcpu <= f64::from(instance.vcpu) + 1e-9);
            prop_assert!(capacity.gib + capacity.reserved_gib + daemonset_gib <= instance.memory_gib + 1e-9);
            let replicas: u32 = groups.iter().map(|g| g.count).sum();
            let packed = pack(&groups, &capacity);
            let fits_empty = groups.iter().filter(|g| g.count > 0).all(|g| {
                g.vcpu <= capacity.vcpu + 1e-9 && g.gib <= capacity.gib + 1e-9
                    && capacity.pods.is_none_or(|p| p > 0)
            });
            prop_assert_eq!(packed.is_some(), fits_empty);
            if let Some(packing) = packed {
                prop_assert!(packing.nodes.len() <= replicas as usize);
                let placed: u32 = packing.nodes.iter().map(|n| n.pods).sum();
                prop_assert_eq!(placed, replicas);
                for node in &packing.nodes {
                    prop_assert!(node.pods > 0);
                    prop_assert!(node.vcpu <= capacity.vcpu + 1e-6);
                    prop_assert!(node.gib <= capacity.gib + 1e-6);
                    if let Some(max) = capacity.pods {
                        prop_assert!(node.pods <= max);
                        prop_assert!(max < instance.max_pods.pods);
                    }
                }
                prop_assert_eq!(Some(packing), pack(&groups, &capacity), "deterministic");
            }
        }
    }
}
