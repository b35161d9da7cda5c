//! Reading outside input with serde: every input type derives `Deserialize` with its JSON
//! names and defaults, and [`read_value`] adds what serde alone does not give this product.
//!
//! - The field's path in every error, in the form `path: received X, allowed Y`
//!   ([`InputError`]), from `serde_path_to_error` and serde's own messages.
//! - Unknown fields refused. serde's `deny_unknown_fields` cannot be relied on: a JS object
//!   read by serde-wasm-bindgen only shows serde the fields a struct names
//!   (RReverser/serde-wasm-bindgen#39). So the value read is written back with the same
//!   derives, and any member of the input that did not come back is unknown; the members that
//!   did are the allowed ones. One check, from the types' own declarations, for JSON text and
//!   JS objects alike.
//! - The input's own [`Input::validate`]: bounds and rules across fields.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::InputError;
use crate::input::Bounds;
use crate::words;

/// A number of an input: its path, its bounds and how to find it.
pub struct NumberField<T: ?Sized> {
    pub path: &'static str,
    pub bounds: Bounds,
    /// `None` for an optional number left out.
    pub get: fn(&T) -> Option<f64>,
}

/// An input: read with serde, then checked against its bounds.
pub trait Input: Serialize + DeserializeOwned + 'static {
    /// Every number the input holds, with its bounds: [`Input::validate`] checks each, and
    /// a value of the wrong kind there is refused with the bounds' words.
    const NUMBERS: &'static [NumberField<Self>];

    /// The names a member with a fixed set of values allows (`orchestrator`: `eks`, `ecs`),
    /// for a wrong or missing value there.
    fn names_at(_path: &str) -> Option<Vec<String>> {
        None
    }

    /// Rules between members, checked after every number is within its bounds.
    fn check_rules(&self) -> Result<(), InputError> {
        Ok(())
    }

    /// Checks every number against its bounds, then the rules between members; the first
    /// bad one is the error.
    fn validate(&self) -> Result<(), InputError> {
        for field in Self::NUMBERS {
            if let Some(value) = (field.get)(self) {
                field.bounds.check(field.path, value)?;
            }
        }
        self.check_rules()
    }

    /// A check of parts serde reads where `serde_path_to_error` cannot follow (a flattened
    /// struct), run first so that their errors keep their path.
    fn check_parts(_value: &Value) -> Result<(), InputError> {
        Ok(())
    }

    /// What the member at `path` allows, in words.
    fn allowed_at(path: &str) -> Option<String> {
        Self::NUMBERS
            .iter()
            .find(|field| field.path == path)
            .map(|field| field.bounds.allowed.to_string())
            .or_else(|| Self::names_at(path).map(|names| one_of(&names)))
    }
}

/// Reads and validates an input from JSON text. A key repeated within an object takes its
/// last value, as `JSON.parse` does.
pub fn from_json<T: Input>(text: &str) -> Result<T, InputError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|error| InputError::new("", syntax_error(&error), "a JSON value"))?;
    read_value(&value)
}

/// Reads and validates an input from a JSON value (a JS object converts into one).
pub fn read_value<T: Input>(value: &Value) -> Result<T, InputError> {
    if !value.is_object() {
        return Err(InputError::new("", describe(value), "an object"));
    }
    // serde would read a struct from a list too (`[1, 2]` as its first two members); no
    // input holds a list, so a list anywhere is refused as what its place allows.
    if let Some((path, list)) = first_list(value, "") {
        let allowed = T::allowed_at(&path).unwrap_or_else(|| "an object".to_string());
        return Err(InputError::new(path, describe(list), allowed));
    }
    let value = &whole_numbers(value);
    T::check_parts(value)?;
    let read: T = read_typed::<T, T>(value)?;
    let written = serde_json::to_value(&read).unwrap_or(Value::Null);
    if let Some(error) = unknown_member(value, &written, "") {
        return Err(error);
    }
    read.validate()?;
    Ok(read)
}

/// `value` read as `T` by serde alone, its errors in the product's form.
pub fn read_typed<T: Input, U: DeserializeOwned>(value: &Value) -> Result<U, InputError> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        serde_error::<T>(&path, &error.into_inner().to_string())
    })
}

/// The first list in `value`, with its path.
fn first_list<'a>(value: &'a Value, path: &str) -> Option<(String, &'a Value)> {
    match value {
        Value::Array(_) => Some((path.to_string(), value)),
        Value::Object(members) => members
            .iter()
            .find_map(|(key, item)| first_list(item, &join(path, key))),
        _ => None,
    }
}

/// A value as an error message shows what was received: `null`, `true`, `3`, `"text"`,
/// `a list`, `an object`.
fn describe(value: &Value) -> String {
    match value {
        Value::Array(_) => "a list".to_string(),
        Value::Object(_) => "an object".to_string(),
        Value::Number(number) => match number.as_f64() {
            Some(float) => crate::number::format_number(float),
            None => number.to_string(),
        },
        other => other.to_string(),
    }
}

/// `value` with every whole float as an integer: JavaScript has only floats, and a caller's
/// `3.0` is the whole number 3 wherever one is allowed.
fn whole_numbers(value: &Value) -> Value {
    match value {
        Value::Number(number) => match number.as_f64() {
            Some(float) if !number.is_i64() && !number.is_u64() => {
                // Exactly representable as an i64 below 2^53, so the cast is exact.
                if float.fract() == 0.0 && float.abs() < 9_007_199_254_740_992.0 {
                    Value::from(float as i64)
                } else {
                    value.clone()
                }
            }
            _ => value.clone(),
        },
        Value::Array(items) => Value::Array(items.iter().map(whole_numbers).collect()),
        Value::Object(members) => Value::Object(
            members
                .iter()
                .map(|(key, item)| (key.clone(), whole_numbers(item)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The first member of `input` that `written` (the input read and written back) lacks.
fn unknown_member(input: &Value, written: &Value, path: &str) -> Option<InputError> {
    match (input, written) {
        (Value::Object(given), Value::Object(known)) => given.iter().find_map(|(key, value)| {
            let path = join(path, key);
            match known.get(key) {
                None => Some(InputError::new(
                    path,
                    "an unknown field",
                    allowed_keys(known),
                )),
                Some(written) => unknown_member(value, written, &path),
            }
        }),
        (Value::Array(given), Value::Array(known)) => {
            given
                .iter()
                .zip(known)
                .enumerate()
                .find_map(|(index, (value, written))| {
                    unknown_member(value, written, &format!("{path}[{index}]"))
                })
        }
        _ => None,
    }
}

fn allowed_keys(known: &Map<String, Value>) -> String {
    let names: Vec<&str> = known.keys().map(String::as_str).collect();
    one_of(&names)
}

/// `path.key`, or `key` at the top.
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Names as an error message lists them: `"a"`, `"a" or "b"`, `one of "a", "b", "c"`.
pub fn one_of<S: AsRef<str>>(names: &[S]) -> String {
    let quoted: Vec<String> = names
        .iter()
        .map(|name| format!("\"{}\"", name.as_ref()))
        .collect();
    match quoted.as_slice() {
        [] => "nothing".to_string(),
        [only] => only.clone(),
        [first, second] => format!("{first} or {second}"),
        all => format!("one of {}", words::join(all, ", ")),
    }
}

/// The JSON names of `values`, as serde writes them: `["eks", "ecs"]`.
pub fn names_of<T: Serialize>(values: &[T]) -> Vec<String> {
    values
        .iter()
        .filter_map(|value| match serde_json::to_value(value) {
            Ok(Value::String(name)) => Some(name),
            _ => None,
        })
        .collect()
}

/// Where text stops being JSON: the byte offset on a one-line text (counted from 0), else
/// the line and column.
fn syntax_error(error: &serde_json::Error) -> String {
    if error.line() <= 1 {
        format!("invalid JSON at byte {}", error.column().saturating_sub(1))
    } else {
        format!(
            "invalid JSON at line {}, column {}",
            error.line(),
            error.column()
        )
    }
}

/// serde's message for a value it could not read at `path`, as an [`InputError`].
///
/// serde words these the same way for every format: `invalid type: string "2", expected
/// f64`, `unknown variant `gke`, expected `eks` or `ecs``, `missing field `orchestrator``,
/// `invalid value: integer `-2`, expected u32`.
fn serde_error<T: Input>(path: &str, message: &str) -> InputError {
    let path = if path == "." { "" } else { path };
    if let Some(rest) = message.strip_prefix("missing field `") {
        let field = join(path, rest.trim_end_matches('`'));
        let allowed = T::allowed_at(&field).unwrap_or_else(|| "a value".to_string());
        return InputError::new(field, "nothing", allowed);
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        if let Some((name, expected)) = rest.split_once("`, expected ") {
            return InputError::new(path, format!("\"{name}\""), listed(expected));
        }
    }
    let rest = message
        .strip_prefix("invalid type: ")
        .or_else(|| message.strip_prefix("invalid value: "));
    if let Some((received, expected)) = rest.and_then(|rest| rest.rsplit_once(", expected ")) {
        let allowed = T::allowed_at(path).unwrap_or_else(|| wanted(expected));
        return InputError::new(path, shown(received), allowed);
    }
    InputError::new(path, "a value that cannot be read", message.to_string())
}

/// serde's list of names (`` `a` or `b` ``, `` one of `a`, `b`, `c` ``) with JSON quotes.
fn listed(expected: &str) -> String {
    expected.replace('`', "\"")
}

/// A received value as serde describes it, as the product writes it: `string "2"` → `"2"`,
/// ``integer `3` `` → `3`, `map` → `an object`.
fn shown(received: &str) -> String {
    if let Some(text) = received.strip_prefix("string ") {
        return text.to_string();
    }
    for prefix in ["integer ", "floating point ", "boolean "] {
        if let Some(value) = received.strip_prefix(prefix) {
            return value.trim_matches('`').to_string();
        }
    }
    match received {
        "unit value" | "null" => "null".to_string(),
        "map" => "an object".to_string(),
        "sequence" => "a list".to_string(),
        other => other.to_string(),
    }
}

/// What serde expected, in the product's words: `f64` → `a number`.
fn wanted(expected: &str) -> String {
    match expected {
        "f64" | "f32" => "a number".to_string(),
        "u8" | "u16" | "u32" | "u64" | "i32" | "i64" | "usize" => "a whole number".to_string(),
        "a boolean" => "true or false".to_string(),
        "a sequence" => "a list".to_string(),
        other if other.starts_with("struct ") || other == "a map" => "an object".to_string(),
        other if other.starts_with("enum ") || other == "variant identifier" => {
            "one of the documented names".to_string()
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_messages_become_the_products_form() {
        #[derive(serde::Serialize, serde::Deserialize)]
        struct Probe;
        impl Input for Probe {
            const NUMBERS: &'static [NumberField<Self>] = &[];
        }
        let cases = [
            (
                "invalid type: string \"2\", expected f64",
                "vcpu: received \"2\", allowed a number",
            ),
            (
                "unknown variant `gke`, expected `eks` or `ecs`",
                "vcpu: received \"gke\", allowed \"eks\" or \"ecs\"",
            ),
            (
                "invalid value: integer `-2`, expected u32",
                "vcpu: received -2, allowed a whole number",
            ),
            (
                "invalid type: unit value, expected f64",
                "vcpu: received null, allowed a number",
            ),
            (
                "invalid type: map, expected a boolean",
                "vcpu: received an object, allowed true or false",
            ),
            (
                "missing field `orchestrator`",
                "vcpu.orchestrator: received nothing, allowed a value",
            ),
        ];
        for (message, expected) in cases {
            assert_eq!(
                serde_error::<Probe>("vcpu", message).to_string(),
                expected,
                "{message}"
            );
        }
    }

    #[test]
    fn names_are_listed_as_the_messages_list_them() {
        assert_eq!(one_of(&["a"]), "\"a\"");
        assert_eq!(one_of(&["a", "b"]), "\"a\" or \"b\"");
        assert_eq!(one_of(&["a", "b", "c"]), "one of \"a\", \"b\", \"c\"");
    }
}
