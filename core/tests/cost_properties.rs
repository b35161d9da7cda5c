//! Invariants of the cost model over generated inputs: sizes up to 8 vCPU and 40 GiB, both
//! Regions, Arm and Windows, and any hours, reserves, headroom, Spot discount, support tier
//! and cluster count the JS API accepts. (The named answers are pinned in `answer_snapshots.rs`; this covers
//! the space between them, each run with new inputs.)

use container_compass_core::compute::Orchestrator;
use container_compass_core::cost::{
    break_even, estimate, estimate_for, Arch, Breakdown, Cheaper, CostEstimate, CostInput,
    EksSupport, Os, Region,
};
use proptest::prelude::*;

fn cost_input() -> impl Strategy<Value = CostInput> {
    (
        (
            prop_oneof![Just(Orchestrator::Eks), Just(Orchestrator::Ecs)],
            prop_oneof![Just(Region::UsEast1), Just(Region::ApNortheast2)],
            // Arm, x86 on Linux, or x86 on Windows.
            0_u8..3,
            0.05f64..8.0,
            0.1f64..40.0,
            1_u32..=120,
            0.0f64..150.0,
        ),
        (
            1.0f64..=744.0,
            0.0f64..0.5,
            0.0f64..1.0,
            0.5f64..=1.0,
            any::<bool>(),
            0.0f64..=0.9,
            any::<bool>(),
            1_u32..=3,
        ),
    )
        .prop_map(
            |(
                (orchestrator, region, platform, vcpu, memory_gib, replicas, storage),
                (
                    hours,
                    daemonset_vcpu,
                    daemonset_gib,
                    headroom,
                    spot,
                    discount,
                    extended,
                    clusters,
                ),
            )| {
                let mut input = CostInput::new(orchestrator);
                input.pricing.region = region;
                (input.arch, input.os) = match platform {
                    0 => (Arch::Arm, Os::Linux),
                    1 => (Arch::X86, Os::Linux),
                    _ => (Arch::X86, Os::Windows),
                };
                input.vcpu = vcpu;
                input.memory_gib = memory_gib;
                input.replicas = replicas;
                input.ephemeral_storage_gib = storage;
                input.pricing.hours_per_month = hours;
                input.daemonset_vcpu = daemonset_vcpu;
                input.daemonset_gib = daemonset_gib;
                input.pricing.headroom = headroom;
                input.spot = spot;
                input.pricing.ec2_spot_discount = discount;
                input.pricing.eks_support = if extended {
                    EksSupport::Extended
                } else {
                    EksSupport::Standard
                };
                input.pricing.clusters = clusters;
                input
            },
        )
}

/// Each available side's total and breakdown, for the checks every side shares.
fn sides(answer: &CostEstimate) -> Vec<(f64, Breakdown, Breakdown)> {
    let fargate = answer
        .fargate
        .available()
        .map(|side| (side.total_usd, side.breakdown, Breakdown::of(&side.lines)));
    let ec2 = answer
        .ec2
        .available()
        .map(|side| (side.total_usd, side.breakdown, Breakdown::of(&side.lines)));
    fargate.into_iter().chain(ec2).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn totals_are_finite_and_add_up_to_their_lines(input in cost_input()) {
        prop_assert_eq!(input.validate(), Ok(()));
        let answer = estimate(&input);
        for (total, breakdown, from_lines) in sides(&answer) {
            prop_assert!(total.is_finite() && total >= 0.0, "{:?}: {}", input, total);
            prop_assert_eq!(breakdown, from_lines);
            prop_assert!((total - breakdown.total()).abs() <= 1e-9 * total.max(1.0));
            prop_assert!(breakdown.spot_savings <= 0.0);
        }
        let expected = match (answer.fargate.available(), answer.ec2.available()) {
            (Some(f), Some(e)) if f.total_usd <= e.total_usd => Some(Cheaper::Fargate),
            (Some(_), Some(_)) => Some(Cheaper::Ec2),
            _ => None,
        };
        prop_assert_eq!(answer.cheaper, expected);
        prop_assert_eq!(&answer, &estimate(&input), "deterministic");
    }

    #[test]
    fn a_series_point_is_the_estimate_at_its_count(input in cost_input(), up_to in 1_u32..8) {
        let series = break_even(&input, up_to);
        prop_assert_eq!(series.points.len(), up_to as usize);
        for (point, replicas) in series.points.iter().zip(1..) {
            let at = estimate_for(&input, replicas);
            prop_assert_eq!(point.replicas, replicas);
            prop_assert_eq!(point.fargate_usd, at.fargate.available().map(|s| s.total_usd));
            prop_assert_eq!(point.ec2_usd, at.ec2.available().map(|s| s.total_usd));
        }
        prop_assert_eq!(series.crossover, series.crossovers.first().copied());
    }
}
