//! Invariants of the cost model over generated inputs: sizes up to 8 vCPU and 40 GiB, both
//! Regions, Arm and Windows, and any hours, reserves, headroom, Spot discount, support tier,
//! cluster count and Savings Plan the JS API accepts. (The named answers are pinned in `answer_snapshots.rs`; this covers
//! the space between them, each run with new inputs.)

use container_compass_core::compute::Orchestrator;
use container_compass_core::cost::{
    break_even, estimate, estimate_for, Arch, Breakdown, Cheaper, Commitment, CostEstimate,
    CostInput, EksSupport, Os, Region, SAVINGS_PLAN_DISCOUNT,
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
            (
                0_usize..5,
                proptest::option::of(0.0f64..=SAVINGS_PLAN_DISCOUNT.max),
            ),
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
                    (commitment, savings_plan_discount),
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
                input.pricing.commitment = Commitment::ALL[commitment];
                input.pricing.savings_plan_discount = savings_plan_discount;
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
    let nodes = [answer.ec2.available(), answer.managed.available()];
    let nodes = nodes
        .into_iter()
        .flatten()
        .map(|side| (side.total_usd, side.breakdown, Breakdown::of(&side.lines)));
    fargate.into_iter().chain(nodes).collect()
}

/// The cheapest available side, a tie going to the one with less to operate (Fargate, then
/// the EC2 that AWS runs, then the EC2 you run); `None` with fewer than two available.
fn cheapest(answer: &CostEstimate) -> Option<Cheaper> {
    let totals = [
        (
            Cheaper::Fargate,
            answer.fargate.available().map(|s| s.total_usd),
        ),
        (
            Cheaper::Managed,
            answer.managed.available().map(|s| s.total_usd),
        ),
        (Cheaper::Ec2, answer.ec2.available().map(|s| s.total_usd)),
    ];
    let available: Vec<(Cheaper, f64)> = totals
        .into_iter()
        .filter_map(|(side, usd)| usd.map(|usd| (side, usd)))
        .collect();
    if available.len() < 2 {
        return None;
    }
    let mut best = available[0];
    for side in &available[1..] {
        if side.1 < best.1 {
            best = *side;
        }
    }
    Some(best.0)
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
            prop_assert!(breakdown.savings_plan <= 0.0);
            // No Savings Plan covers Spot usage: a side takes one saving or the other.
            prop_assert!(breakdown.spot_savings == 0.0 || breakdown.savings_plan == 0.0);
            prop_assert!(breakdown.management_fee >= 0.0);
            // A part with no line is +0: JSON readers would get -0 from an empty float sum.
            let parts = [breakdown.compute, breakdown.storage, breakdown.control_plane,
                breakdown.spot_savings, breakdown.license, breakdown.savings_plan,
                breakdown.management_fee];
            prop_assert!(parts.iter().all(|part| *part != 0.0 || part.is_sign_positive()),
                "{:?}", breakdown);
        }
        // The EC2 that AWS runs is the nodes you run plus the fee, on the same nodes.
        if let (Some(ec2), Some(managed)) = (answer.ec2.available(), answer.managed.available()) {
            prop_assert_eq!(managed.nodes, ec2.nodes);
            prop_assert!(managed.breakdown.management_fee > 0.0);
            let without_fee = managed.total_usd - managed.breakdown.management_fee;
            prop_assert!((without_fee - ec2.total_usd).abs() <= 1e-9 * ec2.total_usd.max(1.0));
        }
        if let Some(ec2) = answer.ec2.available() {
            prop_assert_eq!(ec2.breakdown.management_fee, 0.0);
        }
        // An EC2 Instance Savings Plan leaves Fargate as it is.
        if matches!(
            input.pricing.commitment,
            Commitment::None | Commitment::Ec2InstanceSavingsPlan1y | Commitment::Ec2InstanceSavingsPlan3y
        ) {
            if let Some(fargate) = answer.fargate.available() {
                prop_assert_eq!(fargate.breakdown.savings_plan, 0.0);
            }
        }
        prop_assert_eq!(answer.cheaper, cheapest(&answer));
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
            prop_assert_eq!(point.managed_usd, at.managed.available().map(|s| s.total_usd));
            // The chart's table names the side the estimate names.
            prop_assert_eq!(point.cheapest(), at.cheaper);
        }
        // A crossover is where the estimate's cheapest side changes, and nowhere else.
        let mut before = None;
        let mut changes = Vec::new();
        for replicas in 1..=up_to {
            let now = estimate_for(&input, replicas).cheaper;
            if let (Some(was), Some(now)) = (before, now) {
                if was != now {
                    changes.push((replicas, now));
                }
            }
            before = now;
        }
        let crossovers: Vec<(u32, Cheaper)> =
            series.crossovers.iter().map(|c| (c.replicas, c.cheaper)).collect();
        prop_assert_eq!(crossovers, changes);
        prop_assert_eq!(series.crossover, series.crossovers.first().copied());
    }
}
