//! Values across the JS boundary, through serde-wasm-bindgen: answers go out as plain JS
//! objects (with `null` for an absent value, as JSON has it), inputs come in as JS objects
//! and are read by the core like any other outside input ([`read_value`]), unknown fields
//! refused and each error naming its field.

use serde::Serialize;
use wasm_bindgen::{JsError, JsValue};

#[cfg(feature = "engine")]
use crate::core::error::InputError;
#[cfg(feature = "engine")]
use crate::core::read::{read_value, Input};

/// `value` as a plain JS object, as `JSON.parse` would give it.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|err| JsError::new(&format!("cannot pass the answer to JavaScript: {err}")))
}

#[cfg(feature = "engine")]
/// A JS value read as the input `T`, or an `Error` whose message is the core's
/// `path: received X, allowed Y`.
pub fn from_js<T: Input>(value: JsValue) -> Result<T, JsError> {
    let json: serde_json::Value = serde_wasm_bindgen::from_value(value)
        .map_err(|err| input_error(InputError::new("", err.to_string(), "a plain object")))?;
    read_value(&json).map_err(input_error)
}

#[cfg(feature = "engine")]
/// The core's refusal as a JS `Error`.
pub fn input_error(error: InputError) -> JsError {
    JsError::new(&error.to_string())
}
