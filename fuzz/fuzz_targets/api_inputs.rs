//! The JS API's inputs on arbitrary text: a workload profile, the ECS-or-EKS engine's input,
//! the cost model's input and the element loader's environment. Reading never panics; what is accepted validates,
//! the engines answer it without panicking, the answer is written as JSON that serde_json (a
//! reference reader) reads, and the input written back out (as the API writes its answers)
//! reads as the same input.

#![no_main]

use container_compass_core::attributes::ElementEnv;
use container_compass_core::compute::{parse_profile, recommend_compute, WorkloadProfile};
use container_compass_core::cost::{break_even, estimate, parse_cost_input};
use container_compass_core::json::ToJson;
use container_compass_core::orchestrator::{compare_orchestrators, parse_orchestrator_input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };

    match parse_profile(text) {
        Ok(profile) => {
            assert_eq!(profile.validate(), Ok(()), "{text:?}");
            let answer = recommend_compute(&profile, &Default::default());
            check_json(&answer.to_json());
            let written = profile.to_json();
            check_json(&written);
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
            check_json(&answer.to_json());
            let written = input.to_json();
            check_json(&written);
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
            check_json(&answer.to_json());
            check_json(&input.to_json());
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
            check_json(&series.to_json());
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
                chooser.cost.price.input_for(&chooser.profile).validate(),
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

/// Text the core's writer wrote is JSON, as a reference reader sees it.
fn check_json(text: &str) {
    if let Err(err) = serde_json::from_str::<serde_json::Value>(text) {
        panic!("{text} is not JSON: {err}");
    }
}

/// Equal but for the last bits of the three sizes, which the writer writes in full and the
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
