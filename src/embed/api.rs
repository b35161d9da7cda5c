//! The JS API: `recommendCompute`, `compareOrchestrators`, `estimateCost`, `breakEven`,
//! `catalog`. Each is a straight
//! line: parse the JSON text the JS wrapper (`www/src/engine.js`) made of the caller's plain
//! object, call the core, and return the answer as JSON text for the wrapper to parse. Bad
//! input becomes a JS `Error` whose message is the core's `InputError`
//! (`path: received X, allowed Y`).
//!
//! JSON rather than serde-wasm-bindgen: the latter reads only the fields a struct knows, so
//! unknown fields would pass silently; the core's JSON readers (`core::json`) refuse them,
//! exactly as the native tests of the core check. Answers are written with the core's own
//! JSON writer ([`ToJson`]).

use wasm_bindgen::prelude::*;

use crate::core::error::InputError;
use crate::core::json::ToJson;
use crate::core::{catalog, compute, cost, i18n, orchestrator};

/// Recommends EC2 node groups, Fargate or a mix for a workload profile (JSON), priced with
/// the price settings (JSON: the same fields and defaults as `estimateCost`'s).
#[wasm_bindgen(js_name = recommendCompute)]
pub fn recommend_compute(profile_json: &str, settings_json: &str) -> Result<String, JsError> {
    let profile = compute::parse_profile(profile_json).map_err(input_error)?;
    let settings = cost::PriceSettings::from_json(settings_json).map_err(input_error)?;
    let arch_is = if profile.needs.arm {
        "needs.arm is true"
    } else {
        "needs.arm is false"
    };
    settings
        .check_arch(profile.arch(), arch_is)
        .map_err(input_error)?;
    Ok(compute::recommend_compute(&profile, &settings).to_json())
}

/// Compares ECS and EKS under the reader's weights and context (JSON).
#[wasm_bindgen(js_name = compareOrchestrators)]
pub fn compare_orchestrators(input_json: &str) -> Result<String, JsError> {
    let input = orchestrator::parse_orchestrator_input(input_json).map_err(input_error)?;
    Ok(orchestrator::compare_orchestrators(&input).to_json())
}

/// Prices a workload (JSON) on Fargate and on packed EC2 nodes for a month.
#[wasm_bindgen(js_name = estimateCost)]
pub fn estimate_cost(input_json: &str) -> Result<String, JsError> {
    let input = cost::parse_cost_input(input_json).map_err(input_error)?;
    Ok(cost::estimate(&input).to_json())
}

/// Both sides' monthly cost from 1 to `up_to` replicas, and where the cheaper side changes.
#[wasm_bindgen(js_name = breakEven)]
pub fn break_even(input_json: &str, up_to: u32) -> Result<String, JsError> {
    let input = cost::parse_cost_input(input_json).map_err(input_error)?;
    if up_to == 0 || up_to > cost::MAX_SERIES_REPLICAS {
        return Err(JsError::new(&format!(
            "upTo: received {up_to}, allowed a whole number from 1 to {}",
            cost::MAX_SERIES_REPLICAS
        )));
    }
    Ok(cost::break_even(&input, up_to).to_json())
}

/// Every fact of the catalog in one language (JSON).
#[wasm_bindgen]
pub fn catalog(lang: Option<String>) -> Result<String, JsError> {
    let lang = i18n::parse_lang(lang.as_deref()).map_err(input_error)?;
    Ok(catalog::catalog_view(lang).to_json())
}

fn input_error(error: InputError) -> JsError {
    JsError::new(&error.to_string())
}
