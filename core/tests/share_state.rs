//! The URL state of the widgets: whatever answers a reader gives come back unchanged after a
//! round trip through the link, and nothing a URL holds can panic the reader.

use container_compass_core::attributes::ElementEnv;
use container_compass_core::compute::{
    LoadPattern, Need, OpsCapacity, Orchestrator, Priority, WorkloadProfile,
};
use container_compass_core::cost::{Commitment, PriceSettings, Region, INSTANCE_TYPES};
use container_compass_core::orchestrator::{Criterion, KubernetesExperience, OrchestratorInput};
use container_compass_core::share::{encode_chooser, encode_matrix, encode_profile};
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
        prop::option::of((1_u32..=24, 0_u32..=10_000)),
    )
        .prop_map(
            |(eks, vcpu, memory, replicas, storage, needs, load, startup, ops, weights, shape)| {
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
                if let Some((hours, off_peak)) = shape {
                    p.peak_hours_per_day = Some(f64::from(hours));
                    p.off_peak_replicas = Some(off_peak.min(replicas));
                }
                p
            },
        )
}

/// The price settings a link carries: Region, instance type, hours, commitment and
/// discount, in the steps a reader types.
fn price_settings() -> impl Strategy<Value = PriceSettings> {
    (
        prop::bool::ANY,
        prop::option::of(0_usize..INSTANCE_TYPES.len()),
        1_u32..=744_000,
        0_usize..5,
        prop::option::of(0_u32..=72),
    )
        .prop_map(
            |(seoul, instance, hours, commitment, discount)| PriceSettings {
                region: if seoul {
                    Region::ApNortheast2
                } else {
                    Region::UsEast1
                },
                instance_type: instance
                    .and_then(|at| INSTANCE_TYPES.get(at))
                    .map(|instance| instance.name.to_string()),
                hours_per_month: f64::from(hours) / 1000.0,
                commitment: Commitment::ALL[commitment],
                savings_plan_discount: discount.map(|d| f64::from(d) / 100.0),
                ..PriceSettings::default()
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

/// The answers a state gives a widget, and the warnings it raised.
fn restored<T>(
    state: String,
    read: impl Fn(&ElementEnv, &mut Vec<container_compass_core::attributes::AttributeWarning>) -> T,
) -> (T, usize) {
    let env = ElementEnv {
        shared_state: Some(state),
        ..ElementEnv::default()
    };
    let mut warnings = Vec::new();
    let answers = read(&env, &mut warnings);
    (answers, warnings.len())
}

proptest! {
    #[test]
    fn any_profile_survives_the_link(profile in profile()) {
        let (back, warnings) = restored(encode_profile(&profile), |env, w| env.chooser_settings(w).profile);
        prop_assert_eq!(warnings, 0);
        prop_assert_eq!(back, profile);
    }

    /// Links made before version 3 hold the same answers behind `2.`: they still restore.
    #[test]
    fn any_profile_survives_a_version_2_link(profile in profile()) {
        let state = encode_profile(&profile);
        let old = format!("2.{}", state.strip_prefix("3.").expect("version 3"));
        let (back, warnings) = restored(old, |env, w| env.chooser_settings(w).profile);
        prop_assert_eq!(warnings, 0);
        prop_assert_eq!(back, profile);
    }

    #[test]
    fn any_price_settings_survive_the_link(profile in profile(), price in price_settings()) {
        let (back, warnings) = restored(encode_chooser(&profile, &price), |env, w| {
            let settings = env.chooser_settings(w);
            (settings.profile, settings.cost.price)
        });
        prop_assert_eq!(warnings, 0);
        prop_assert_eq!(back, (profile, price));
    }

    #[test]
    fn any_matrix_input_survives_the_link(input in matrix_input()) {
        let (back, warnings) = restored(encode_matrix(&input), |env, w| env.matrix_settings(w).input);
        prop_assert_eq!(warnings, 0);
        prop_assert_eq!(back, input);
    }

    #[test]
    fn no_url_text_panics_the_reader(state in ".{0,300}") {
        let (profile, _) = restored(state.clone(), |env, w| env.chooser_settings(w).profile);
        prop_assert!(profile.validate().is_ok());
        let (input, _) = restored(state, |env, w| env.matrix_settings(w).input);
        prop_assert!(input.validate().is_ok());
    }

    #[test]
    fn a_state_with_a_changed_character_reads_or_warns_never_panics(
        profile in profile(), at in 0_usize..400, with in 0_u8..128
    ) {
        let mut state = encode_profile(&profile).into_bytes();
        let len = state.len();
        if let Some(byte) = state.get_mut(at % len) {
            *byte = with;
        }
        if let Ok(state) = String::from_utf8(state) {
            let (decoded, _) = restored(state, |env, w| env.chooser_settings(w).profile);
            prop_assert!(decoded.validate().is_ok());
        }
    }
}
