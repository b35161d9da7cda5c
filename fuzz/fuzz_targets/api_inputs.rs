//! The JS API's inputs on arbitrary text: a workload profile, the ECS-or-EKS engine's input,
//! the cost model's input and the element loader's environment. Reading never panics; what is accepted validates,
//! the engines answer it without panicking, the answer serializes, and the input written back
//! out by serde_json (as the API returns it) reads as the same input.

#![no_main]

use container_compass::core::attributes::ElementEnv;
use container_compass::core::compute::{parse_profile, recommend_compute, WorkloadProfile};
use container_compass::core::cost::{break_even, estimate, parse_cost_input};
use container_compass::core::orchestrator::{compare_orchestrators, parse_orchestrator_input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };

    match parse_profile(text) {
        Ok(profile) => {
            assert_eq!(profile.validate(), Ok(()), "{text:?}");
            let answer = recommend_compute(&profile);
            serde_json::to_string(&answer).expect("the recommendation serializes");
            let written = serde_json::to_string(&profile).expect("the profile serializes");
            let again = parse_profile(&written)
                .unwrap_or_else(|err| panic!("{written} does not read back: {err}"));
            assert!(
                same_profile(&profile, &again),
                "{profile:?} became {again:?}"
            );
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }

    match parse_orchestrator_input(text) {
        Ok(input) => {
            assert_eq!(input.validate(), Ok(()), "{text:?}");
            let answer = compare_orchestrators(&input);
            serde_json::to_string(&answer).expect("the comparison serializes");
            let written = serde_json::to_string(&input).expect("the input serializes");
            assert_eq!(parse_orchestrator_input(&written), Ok(input), "{written}");
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }

    match parse_cost_input(text) {
        Ok(input) => {
            assert_eq!(input.validate(), Ok(()), "{text:?}");
            let answer = estimate(&input);
            serde_json::to_string(&answer).expect("the estimate serializes");
            let totals = [
                answer.fargate.available().map(|c| c.total_usd),
                answer.ec2.available().map(|c| c.total_usd),
            ];
            for side in totals.into_iter().flatten() {
                assert!(side.is_finite() && side >= 0.0, "{input:?}: {side}");
            }
            // A short series: the break-even chart's input with the same invariants.
            let series = break_even(&input, 8);
            assert_eq!(series.points.len(), 8);
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }

    match ElementEnv::from_json(text) {
        Ok(env) => {
            // An environment the loader sends is then read for settings; see the attributes
            // target for their invariants.
            let (_, mut warnings) = env.common_settings();
            let chooser = env.chooser_settings(&mut warnings);
            let matrix = env.matrix_settings(&mut warnings);
            assert_eq!(chooser.profile.validate(), Ok(()), "{env:?}");
            assert_eq!(
                chooser.cost.input_for(&chooser.profile).validate(),
                Ok(()),
                "{env:?}"
            );
            assert_eq!(matrix.input.validate(), Ok(()), "{env:?}");
        }
        Err(error) => {
            let _ = error.to_string();
        }
    }
});

/// Equal but for the last bits of the three sizes, which serde_json writes in full and the
/// core reads back within a few units in the last place.
fn same_profile(a: &WorkloadProfile, b: &WorkloadProfile) -> bool {
    let close = |x: f64, y: f64| x == y || ((x - y) / x).abs() < 1e-14;
    close(a.vcpu, b.vcpu)
        && close(a.memory_gib, b.memory_gib)
        && close(a.ephemeral_storage_gib, b.ephemeral_storage_gib)
        && WorkloadProfile {
            vcpu: a.vcpu,
            memory_gib: a.memory_gib,
            ephemeral_storage_gib: a.ephemeral_storage_gib,
            ..b.clone()
        } == *a
}
