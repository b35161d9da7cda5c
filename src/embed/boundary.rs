//! Values across the JS boundary. The JS API's answers go out as plain JS objects through
//! serde-wasm-bindgen (with `null` for an absent value, as JSON has it), and its inputs come
//! in as JS objects, read by the core like any other outside input ([`read_value`]), unknown
//! fields refused and each error naming its field. The widgets' `change` details and
//! downloads go out as serde_json's text, which the loader parses: the same objects, for
//! 1.6 KB gzip less in dist/embed than serde-wasm-bindgen's serializer (BENCHMARKS.md).

use serde::Serialize;

#[cfg(feature = "engine")]
use crate::core::error::InputError;
#[cfg(feature = "engine")]
use crate::core::read::{read_value, Input};
#[cfg(feature = "engine")]
use wasm_bindgen::{JsError, JsValue};

#[cfg(feature = "embed")]
/// `value` as JSON text (compact, camelCase names), for the loader to parse; `None` only if
/// serde refuses the value, which the types here never make it do.
pub fn to_json_text<T: Serialize + ?Sized>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok()
}

#[cfg(feature = "engine")]
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
