//! Helpers shared by the integration tests that look inside an answer's JSON.

// Each test crate uses only some of them.
#![allow(dead_code)]

pub mod engine;

use serde::Serialize;
pub use serde_json::Value as Json;

/// `value` as the JS API hands it over: its JSON value, as serde writes it.
pub fn written(value: &(impl Serialize + ?Sized)) -> Json {
    serde_json::to_value(value).unwrap_or_else(|err| panic!("does not serialize: {err}"))
}

/// The value at `path` in `json`: member names and list indexes, dotted
/// (`blockers.0.constraint`); `Json::Null` when there is none.
pub fn at<'a>(json: &'a Json, path: &str) -> &'a Json {
    const MISSING: &Json = &Json::Null;
    path.split('.').fold(json, |value, step| match value {
        Json::Object(members) => members.get(step).unwrap_or(MISSING),
        Json::Array(items) => step
            .parse::<usize>()
            .ok()
            .and_then(|index| items.get(index))
            .unwrap_or(MISSING),
        _ => MISSING,
    })
}

/// The string at `path`, if there is one.
pub fn text_at<'a>(json: &'a Json, path: &str) -> Option<&'a str> {
    at(json, path).as_str()
}

/// The number at `path`, if there is one.
pub fn number_at(json: &Json, path: &str) -> Option<f64> {
    at(json, path).as_f64()
}
