//! The core's JSON reader on arbitrary text: it never panics, what it accepts is a JSON
//! value within its documented limits, and it agrees with serde_json, a reference reader of
//! the same RFC, except where the core is documented to be stricter (nesting depth,
//! repeated keys) or less precise (the last bits of a number).

#![no_main]

use container_compass_core::json::{parse, Json, MAX_DEPTH};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = parse(text);
    let reference = serde_json::from_str::<Value>(text);
    match (ours, reference) {
        (Ok(value), Ok(expected)) => {
            check_limits(&value, 1);
            assert!(
                same(&value, &expected),
                "{text:?}: read as {value:?}, serde_json reads {expected:?}"
            );
        }
        (Ok(value), Err(err)) => {
            panic!("{text:?}: read as {value:?}, but serde_json refuses it: {err}")
        }
        (Err(error), Ok(expected)) => {
            let stricter = error.received.starts_with("JSON nested deeper")
                || error.received == "a second value"
                || (error.received.starts_with("a number out of range")
                    && has_number_near_max(&expected));
            assert!(
                stricter,
                "{text:?}: refused ({error}), but serde_json reads {expected:?}"
            );
        }
        (Err(error), Err(_)) => {
            // The message is built from parts; building it must not panic either.
            let _ = error.to_string();
        }
    }
});

/// Depth at most [`MAX_DEPTH`], finite numbers, each key once per object; and every value
/// can be described for an error message.
fn check_limits(value: &Json, depth: usize) {
    let _ = value.describe();
    match value {
        Json::Number(number) => assert!(number.is_finite(), "{number}"),
        Json::Array(items) => {
            assert!(depth <= MAX_DEPTH, "nested {depth} deep");
            for item in items {
                check_limits(item, depth + 1);
            }
        }
        Json::Object(members) => {
            assert!(depth <= MAX_DEPTH, "nested {depth} deep");
            let mut keys: Vec<&str> = members.iter().map(|(key, _)| key.as_str()).collect();
            keys.sort_unstable();
            let count = keys.len();
            keys.dedup();
            assert_eq!(keys.len(), count, "a key repeated in {members:?}");
            for (_, item) in members {
                check_limits(item, depth + 1);
            }
        }
        Json::Null | Json::Bool(_) | Json::String(_) => {}
    }
}

/// The same value, numbers within a few units in the last place (or both all but zero).
fn same(ours: &Json, theirs: &Value) -> bool {
    match (ours, theirs) {
        (Json::Null, Value::Null) => true,
        (Json::Bool(a), Value::Bool(b)) => a == b,
        (Json::Number(a), Value::Number(b)) => b.as_f64().is_some_and(|b| close(*a, b)),
        (Json::String(a), Value::String(b)) => a == b,
        (Json::Array(a), Value::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| same(a, b))
        }
        (Json::Object(a), Value::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .all(|(key, value)| b.get(key).is_some_and(|other| same(value, other)))
        }
        _ => false,
    }
}

fn close(a: f64, b: f64) -> bool {
    // Below the normal range a double has few bits left; the core may round those away.
    let tiny = f64::MIN_POSITIVE;
    a == b || (a.abs() < tiny && b.abs() < tiny) || ((a - b) / b).abs() < 1e-14
}

/// Whether a number in `value` is close enough to the largest double that the core's
/// inexact reading may step past it.
fn has_number_near_max(value: &Value) -> bool {
    match value {
        Value::Number(number) => number.as_f64().is_some_and(|n| n.abs() > 1.79e308),
        Value::Array(items) => items.iter().any(has_number_near_max),
        Value::Object(members) => members.values().any(has_number_near_max),
        _ => false,
    }
}
