//! The JS API's calls on arbitrary text, each input read with serde as the API reads a JS
//! object (`from_json`: the same reader, from text): `recommendCompute` (a profile, then price
//! settings), `compareOrchestrators`, `estimateCost` and `breakEven`. What is accepted, the
//! engines answer without panicking; every total is finite and not negative; a series has a
//! point per replica count; and every answer serializes, as the API hands it over.
//! (Reading itself, and reading back what is written, is the `json_reader` target's.)

#![no_main]

use container_compass_core::compute::{recommend_compute, Orchestrator, WorkloadProfile};
use container_compass_core::cost::{break_even, estimate, CostInput, PriceSettings};
use container_compass_core::orchestrator::{compare_orchestrators, OrchestratorInput};
use libfuzzer_sys::fuzz_target;
use serde::Serialize;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };

    if let Ok(profile) = WorkloadProfile::from_json(text) {
        serializes(&recommend_compute(&profile, &PriceSettings::default()));
    }

    if let Ok(settings) = PriceSettings::from_json(text) {
        // As `recommendCompute` takes them: refused for a profile of the other architecture.
        let profile = WorkloadProfile::new(Orchestrator::Eks);
        if settings
            .check_arch(profile.arch(), "needs.arm is false")
            .is_ok()
        {
            serializes(&recommend_compute(&profile, &settings));
        }
    }

    if let Ok(input) = OrchestratorInput::from_json(text) {
        serializes(&compare_orchestrators(&input));
    }

    if let Ok(input) = CostInput::from_json(text) {
        let answer = estimate(&input);
        let totals = [
            answer.fargate.available().map(|side| side.total_usd),
            answer.ec2.available().map(|side| side.total_usd),
        ];
        for total in totals.into_iter().flatten() {
            assert!(total.is_finite() && total >= 0.0, "{input:?}: {total}");
        }
        serializes(&answer);
        // A short series: the break-even chart's input.
        let series = break_even(&input, 8);
        assert_eq!(series.points.len(), 8, "{input:?}");
        serializes(&series);
    }
});

/// The answer as JSON, as the JS API hands it over (serde, to a JS value).
fn serializes(answer: &impl Serialize) {
    if let Err(err) = serde_json::to_value(answer) {
        panic!("the answer does not serialize: {err}");
    }
}
