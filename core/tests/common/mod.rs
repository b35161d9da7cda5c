//! Helpers shared by the integration tests that look inside an answer's JSON text.

// Each test crate uses only some of them.
#![allow(dead_code)]

use container_compass_core::json::{parse, Json, JsonWriter, ToJson};

/// `value` written as the JS API writes it, and read back by the core's JSON reader.
pub fn written(value: &(impl ToJson + ?Sized)) -> Json {
    let mut out = JsonWriter::default();
    value.write_json(&mut out);
    let text = out.into_string();
    parse(&text).unwrap_or_else(|err| panic!("{text} does not read back: {err}"))
}

/// The value at `path` in `json`: member names and list indexes, dotted
/// (`blockers.0.constraint`); `Json::Null` when there is none.
pub fn at<'a>(json: &'a Json, path: &str) -> &'a Json {
    const MISSING: &Json = &Json::Null;
    path.split('.').fold(json, |value, step| match value {
        Json::Object(members) => members
            .iter()
            .find(|(key, _)| key == step)
            .map_or(MISSING, |(_, member)| member),
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
    match at(json, path) {
        Json::String(text) => Some(text),
        _ => None,
    }
}

/// The number at `path`, if there is one.
pub fn number_at(json: &Json, path: &str) -> Option<f64> {
    match at(json, path) {
        Json::Number(number) => Some(*number),
        _ => None,
    }
}
