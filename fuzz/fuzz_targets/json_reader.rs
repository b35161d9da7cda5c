//! The core's reader of JSON inputs (`container_compass_core::read`, behind every input
//! type's `from_json` and the JS API's objects) on arbitrary text, as each input type the JS
//! API takes: a workload profile, price settings, the ECS-or-EKS engine's input and the cost
//! model's input. Reading never panics; a refusal says what it received and what is allowed,
//! and names a field only of an object; what is accepted validates, and written back with
//! serde reads back as the same value.

#![no_main]

use std::fmt::Debug;

use container_compass_core::compute::WorkloadProfile;
use container_compass_core::cost::{CostInput, PriceSettings};
use container_compass_core::orchestrator::OrchestratorInput;
use container_compass_core::read::{from_json, Input};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    reads_back::<WorkloadProfile>(text);
    reads_back::<PriceSettings>(text);
    reads_back::<OrchestratorInput>(text);
    reads_back::<CostInput>(text);
});

fn reads_back<T: Input + PartialEq + Debug>(text: &str) {
    match from_json::<T>(text) {
        Ok(value) => {
            assert_eq!(value.validate(), Ok(()), "{text:?}");
            let written = serde_json::to_string(&value)
                .unwrap_or_else(|err| panic!("{value:?} does not serialize: {err}"));
            match from_json::<T>(&written) {
                Ok(again) => assert_eq!(again, value, "{text:?} written as {written}"),
                Err(err) => panic!("{text:?} written as {written} does not read back: {err}"),
            }
        }
        Err(error) => {
            assert!(
                !error.received.is_empty() && !error.allowed.is_empty(),
                "{text:?}: {error}"
            );
            if !error.path.is_empty() {
                let value = serde_json::from_str::<serde_json::Value>(text);
                assert!(value.is_ok_and(|v| v.is_object()), "{text:?}: {error}");
            }
        }
    }
}
