//! The URL state of the widgets: whatever answers a reader gives come back unchanged after a
//! round trip through the link's JSON, and no JSON a URL holds can panic the reader.

use container_compass_core::compute::{
    LoadPattern, Need, OpsCapacity, Orchestrator, Priority, WorkloadProfile,
};
use container_compass_core::orchestrator::{Criterion, KubernetesExperience, OrchestratorInput};
use container_compass_core::share::{decode_matrix, decode_profile, SharedState};
use serde_json::Value;
use proptest::prelude::*;

fn profile() -> impl Strategy<Value = WorkloadProfile> {
    (
        prop::bool::ANY,
        1_u32..=192_000,
        1_u32..=1_536_000,
        1_u32..=10_000,
        0_u32..=16_384,
        prop::collection::vec(prop::bool::ANY, 8),
        0_usize..3,
        prop::bool::ANY,
        0_usize..3,
        prop::collection::vec(0_u8..=3, 3),
    )
        .prop_map(
            |(eks, vcpu, memory, replicas, storage, needs, load, startup, ops, weights)| {
                let orchestrator = if eks {
                    Orchestrator::Eks
                } else {
                    Orchestrator::Ecs
                };
                let mut p = WorkloadProfile::new(orchestrator);
                // Thousandths: what a reader types, and exactly representable as text.
                p.vcpu = f64::from(vcpu) / 1000.0;
                p.memory_gib = f64::from(memory) / 1000.0;
                p.replicas = replicas;
                p.ephemeral_storage_gib = f64::from(storage);
                for (need, on) in Need::ALL.into_iter().zip(needs) {
                    p.needs = p.needs.with(need, on);
                }
                p.load_pattern = LoadPattern::ALL[load];
                p.startup_sensitive = startup;
                p.ops_capacity = OpsCapacity::ALL[ops];
                for (priority, weight) in Priority::ALL.into_iter().zip(weights) {
                    p.priorities = p.priorities.with(priority, weight);
                }
                p
            },
        )
}

fn matrix_input() -> impl Strategy<Value = OrchestratorInput> {
    (
        prop::collection::vec(0_u8..=3, 6),
        0_usize..3,
        0_usize..3,
        1_u32..=10_000,
    )
        .prop_map(|(weights, experience, plans, team)| {
            let mut input = OrchestratorInput::default();
            for (criterion, weight) in Criterion::ALL.into_iter().zip(weights) {
                input.weights = input.weights.with(criterion, weight);
            }
            input.context.kubernetes_experience = KubernetesExperience::ALL[experience];
            // Never aws-only together with plans beyond AWS: the reader refuses that pair.
            input.context.multi_cloud = plans == 1;
            input.context.on_premises = plans == 1;
            input.context.aws_only = plans == 2;
            input.context.team_size = team;
            input
        })
}

proptest! {
    #[test]
    fn any_profile_survives_the_link(profile in profile()) {
        // Through JSON text, as the loader carries it in the URL.
        let text = serde_json::to_string(&SharedState::of(&profile)).expect("serializes");
        let state: SharedState = serde_json::from_str(&text).expect("reads back");
        prop_assert_eq!(decode_profile(&state), Ok(profile));
    }

    #[test]
    fn any_matrix_input_survives_the_link(input in matrix_input()) {
        prop_assert_eq!(decode_matrix(&SharedState::of(&input)), Ok(input));
    }

    #[test]
    fn no_json_a_url_holds_panics_the_reader(text in ".{0,300}") {
        if let Ok(value) = serde_json::from_str::<Value>(&text) {
            let state = SharedState { version: "1".to_string(), value: Some(value) };
            let _ = decode_profile(&state);
            let _ = decode_matrix(&state);
        }
    }

    #[test]
    fn a_state_with_a_changed_character_reads_or_is_refused_never_panics(
        profile in profile(), at in 0_usize..400, with in 0_u8..128
    ) {
        let mut text = serde_json::to_vec(&profile).expect("serializes");
        let len = text.len();
        if let Some(byte) = text.get_mut(at % len) {
            *byte = with;
        }
        if let Ok(value) = serde_json::from_slice::<Value>(&text) {
            let state = SharedState { version: "1".to_string(), value: Some(value) };
            if let Ok(decoded) = decode_profile(&state) {
                prop_assert!(decoded.validate().is_ok());
            }
        }
    }
}
