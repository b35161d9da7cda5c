//! Invariants of the EC2-or-Fargate engine over generated workloads.

use container_compass_core::catalog::fact;
use container_compass_core::compute::{
    cited_fact_ids, parse_profile, recommend_compute, Capacity, Choice, ComputeRecommendation,
    LoadPattern, Need, Needs, OpsCapacity, Orchestrator, Priorities, Scope, WorkloadProfile,
};
use container_compass_core::cost::PriceSettings;

use proptest::prelude::*;

/// The engine's answer with the default price settings (us-east-1, on demand, 730 hours).
fn recommend(profile: &WorkloadProfile) -> ComputeRecommendation {
    recommend_compute(profile, &PriceSettings::default())
}

fn needs() -> impl Strategy<Value = Needs> {
    proptest::collection::vec(any::<bool>(), 8).prop_map(|flags| {
        Need::ALL
            .into_iter()
            .zip(flags)
            .fold(Needs::default(), |needs, (need, on)| needs.with(need, on))
    })
}

fn priorities() -> impl Strategy<Value = Priorities> {
    (0u8..=3, 0u8..=3, 0u8..=3).prop_map(|(cost, control, simplicity)| Priorities {
        cost,
        control,
        simplicity,
    })
}

fn profile() -> impl Strategy<Value = WorkloadProfile> {
    (
        prop_oneof![Just(Orchestrator::Eks), Just(Orchestrator::Ecs)],
        prop_oneof![
            Just(0.25),
            Just(0.5),
            Just(1.0),
            Just(2.0),
            Just(4.0),
            0.1f64..40.0
        ],
        prop_oneof![Just(8.0), Just(119.75), Just(120.0), 0.5f64..200.0],
        1u32..60,
        prop_oneof![
            Just(20.0),
            Just(175.0),
            Just(180.0),
            Just(200.0),
            0.0f64..300.0
        ],
        needs(),
        prop_oneof![
            Just(LoadPattern::Steady),
            Just(LoadPattern::Bursty),
            Just(LoadPattern::Scheduled)
        ],
        any::<bool>(),
        prop_oneof![
            Just(OpsCapacity::None),
            Just(OpsCapacity::Some),
            Just(OpsCapacity::Dedicated)
        ],
        priorities(),
    )
        .prop_map(
            |(
                orchestrator,
                vcpu,
                memory_gib,
                replicas,
                storage,
                needs,
                load,
                startup,
                ops,
                priorities,
            )| {
                WorkloadProfile {
                    orchestrator,
                    vcpu,
                    memory_gib,
                    ephemeral_storage_gib: storage,
                    needs,
                    startup_sensitive: startup,
                    ops_capacity: ops,
                    priorities,
                    ..WorkloadProfile::new(orchestrator)
                        .with_replicas(replicas)
                        .with_load_pattern(load)
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn the_answer_is_deterministic(profile in profile()) {
        let first = recommend(&profile);
        let second = recommend(&profile.clone());
        prop_assert_eq!(&first, &second);
        prop_assert_eq!(
            first.to_json_text(),
            second.to_json_text()
        );
    }

    #[test]
    fn everything_stated_cites_a_listed_fact(profile in profile()) {
        let answer = recommend(&profile);
        prop_assert!(!answer.reasons.is_empty());
        prop_assert!(!answer.placements.is_empty());
        let listed = cited_fact_ids();
        let ids = answer.blockers.iter().map(|b| b.fact_id)
            .chain(answer.reasons.iter().map(|r| r.fact_id))
            .chain(answer.placements.iter().map(|p| p.fact_id))
            .chain(answer.caveats.iter().map(|c| c.fact_id));
        for id in ids {
            prop_assert!(fact(id).is_some(), "{} is not in the catalog", id);
            prop_assert!(listed.contains(&id), "{} is missing from cited_fact_ids", id);
        }
        for reason in &answer.reasons {
            prop_assert!(!reason.text.ko.is_empty() && !reason.text.en.is_empty());
        }
    }

    /// Needs that change nothing but what Fargate can run: Arm, Spot, Windows and node
    /// agents change the prices too, and so may rightly move the cost reason either way.
    #[test]
    fn adding_a_limiting_need_never_moves_the_answer_toward_fargate(
        profile in profile(),
        index in 0usize..4,
    ) {
        let need = [Need::Gpu, Need::Privileged, Need::HostNetworking, Need::BlockStorage][index];
        let before = recommend(&profile).choice;
        let mut more = profile.clone();
        more.needs = profile.needs.with(need, true);
        let after = recommend(&more).choice;
        prop_assert!(after <= before, "{:?} moved {:?} to {:?}", need, before, after);
    }

    #[test]
    fn blockers_never_depend_on_the_weights(profile in profile(), other in priorities()) {
        let mut reweighted = profile.clone();
        reweighted.priorities = other;
        prop_assert_eq!(
            recommend(&profile).blockers,
            recommend(&reweighted).blockers
        );
    }

    #[test]
    fn a_whole_workload_blocker_rules_its_option_out(profile in profile()) {
        let answer = recommend(&profile);
        let blocks = |option, scope| {
            answer.blockers.iter().any(|b| b.option == option && b.scope == scope)
        };
        for blocker in answer.blockers.iter().filter(|b| b.scope == Scope::Whole) {
            prop_assert!(!answer.choice.uses(blocker.option), "{:?}", blocker.constraint);
        }
        if blocks(Capacity::Fargate, Scope::Whole) && blocks(Capacity::Managed, Scope::Whole) {
            prop_assert_eq!(answer.choice, Choice::Ec2);
        }
        if answer.choice == Choice::Mixed {
            prop_assert!(blocks(Capacity::Fargate, Scope::Part));
        }
        if answer.choice == Choice::Fargate {
            prop_assert!(answer.blockers.iter().all(|b| b.option != Capacity::Fargate));
        }
        if answer.choice == Choice::Managed {
            prop_assert!(answer.blockers.iter().all(|b| b.option != Capacity::Managed));
        }
    }

    #[test]
    fn scores_add_up_and_flips_change_the_answer(profile in profile()) {
        let answer = recommend(&profile);
        let sum = |option| answer.reasons.iter()
            .filter(|r| r.option == option)
            .map(|r| r.score)
            .sum::<u32>();
        for option in Capacity::BY_LESS_TO_OPERATE {
            prop_assert_eq!(answer.scores.of(option), sum(option));
        }
        for flip in &answer.flips {
            prop_assert_ne!(flip.choice, answer.choice);
        }
    }

    #[test]
    fn a_profile_survives_json(mut profile in profile()) {
        // Quarter steps are exact in binary and short in decimal, so the float text
        // round-trips exactly. (The core's JSON reader is exact when the digits fit in 2^53
        // and the exponent within ±22; past that it may be a unit off in the last place.)
        let quarter = |value: f64| ((value * 4.0).round() / 4.0).max(0.25);
        profile.vcpu = quarter(profile.vcpu);
        profile.memory_gib = quarter(profile.memory_gib);
        profile.ephemeral_storage_gib = quarter(profile.ephemeral_storage_gib);
        let json = profile.to_json_text();
        let parsed = parse_profile(&json);
        prop_assert_eq!(parsed, Ok(profile));
    }
}

/// JSON text, as a Rust caller writes an answer with serde_json.
trait ToJsonText {
    fn to_json_text(&self) -> String;
}

impl<T: serde::Serialize> ToJsonText for T {
    fn to_json_text(&self) -> String {
        serde_json::to_string(self).expect("serializes")
    }
}
