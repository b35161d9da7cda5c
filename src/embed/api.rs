//! The headless engine's JS API: `recommendCompute`, `starterConfig`, `compareOrchestrators`,
//! `estimateCost`, `breakEven`, `catalog`. Each is a straight line: read the caller's plain object (the JS
//! wrapper `www/src/engine.js` passes it on), call the core, and hand the answer back as a
//! plain object. Bad input becomes a JS `Error` whose message is the core's `InputError`
//! (`path: received X, allowed Y`).

use wasm_bindgen::prelude::*;

use super::boundary::{from_js, input_error, to_js};
use crate::core::compute::WorkloadProfile;
use crate::core::cost::{CostInput, PriceSettings, MAX_SERIES_REPLICAS};
use crate::core::orchestrator::OrchestratorInput;
use crate::core::starter::{starter_config, Starter};
use crate::core::{catalog, compute, cost, i18n, orchestrator};

/// A workload profile and the price settings it is priced with, read and checked together:
/// an instance type of the other architecture than the images' is refused.
fn read_priced(
    profile: JsValue,
    settings: JsValue,
) -> Result<(WorkloadProfile, PriceSettings), JsError> {
    let profile: WorkloadProfile = from_js(profile)?;
    let settings: PriceSettings = from_js(settings)?;
    let arch_is = if profile.needs.arm {
        "needs.arm is true"
    } else {
        "needs.arm is false"
    };
    settings
        .check_arch(profile.arch(), arch_is)
        .map_err(input_error)?;
    Ok((profile, settings))
}

/// Recommends EC2 node groups, Fargate or a mix for a workload profile, priced with the
/// price settings (the same fields and defaults as `estimateCost`'s).
#[wasm_bindgen(js_name = recommendCompute)]
pub fn recommend_compute(profile: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let (profile, settings) = read_priced(profile, settings)?;
    to_js(&compute::recommend_compute(&profile, &settings))
}

/// The starter configuration for the plan `recommendCompute` gives the same arguments:
/// `{status: "ready", files, steps, …}` or `{status: "refused", field, reason}`.
#[wasm_bindgen(js_name = starterConfig)]
pub fn starter(profile: JsValue, settings: JsValue) -> Result<JsValue, JsError> {
    let (profile, settings) = read_priced(profile, settings)?;
    to_js(&Starter::from(starter_config(&profile, &settings)))
}

/// Compares ECS and EKS under the reader's weights and context.
#[wasm_bindgen(js_name = compareOrchestrators)]
pub fn compare_orchestrators(input: JsValue) -> Result<JsValue, JsError> {
    let input: OrchestratorInput = from_js(input)?;
    to_js(&orchestrator::compare_orchestrators(&input))
}

/// Prices a workload on Fargate and on packed EC2 nodes for a month.
#[wasm_bindgen(js_name = estimateCost)]
pub fn estimate_cost(input: JsValue) -> Result<JsValue, JsError> {
    let input: CostInput = from_js(input)?;
    to_js(&cost::estimate(&input))
}

/// Both sides' monthly cost from 1 to `up_to` replicas, and where the cheaper side changes.
#[wasm_bindgen(js_name = breakEven)]
pub fn break_even(input: JsValue, up_to: u32) -> Result<JsValue, JsError> {
    let input: CostInput = from_js(input)?;
    if up_to == 0 || up_to > MAX_SERIES_REPLICAS {
        return Err(JsError::new(&format!(
            "upTo: received {up_to}, allowed a whole number from 1 to {MAX_SERIES_REPLICAS}"
        )));
    }
    to_js(&cost::break_even(&input, up_to))
}

/// Every fact of the catalog in one language.
#[wasm_bindgen]
pub fn catalog(lang: Option<String>) -> Result<JsValue, JsError> {
    let lang = i18n::parse_lang(lang.as_deref()).map_err(input_error)?;
    to_js(&catalog::catalog_view(lang))
}
