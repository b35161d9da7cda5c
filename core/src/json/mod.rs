//! JSON in and out. Reading outside input: a small, strict JSON parser ([`parse`]) and typed
//! readers over the values it returns ([`ObjectReader`]), which check each field against
//! what it allows and name the field when it is wrong. Writing answers: [`ToJson`] and its
//! [`JsonWriter`].
//!
//! Hand-written rather than serde's derived deserializers and serializers: the types are few
//! and flat, and the derived visitors with serde_json cost the wasm about 30 KB gzip to read
//! and 11.6 KB to write (this writer: 4.9 KB).
//!
//! ```
//! use container_compass_core::input::Bounds;
//! use container_compass_core::json::{read_object, Keyword};
//!
//! #[derive(Clone, Copy, Debug, PartialEq)]
//! enum Size { Small, Large }
//!
//! impl Keyword for Size {
//!     const KEYWORDS: &'static [(&'static str, Self)] = &[("small", Size::Small), ("large", Size::Large)];
//! }
//!
//! const COUNT: Bounds = Bounds {
//!     min: 1.0, min_exclusive: false, max: 9.0, whole: true,
//!     allowed: "a whole number from 1 to 9",
//! };
//!
//! let read = |text: &str| read_object(text, |object| {
//!     let size: Size = object.required_enum("size")?;
//!     let count = object.optional_u32("count", &COUNT)?.unwrap_or(1);
//!     Ok((size, count))
//! });
//! assert_eq!(read(r#"{"size": "large", "count": 3}"#), Ok((Size::Large, 3)));
//! assert_eq!(read(r#"{"size": "small"}"#), Ok((Size::Small, 1)));
//!
//! let error = read(r#"{"size": "small", "count": "3"}"#).unwrap_err();
//! assert_eq!(error.to_string(), r#"count: received "3", allowed a whole number from 1 to 9"#);
//! let error = read(r#"{"count": 3}"#).unwrap_err();
//! assert_eq!(error.to_string(), r#"size: received nothing, allowed "small" or "large""#);
//! let error = read(r#"{"size": "small", "colour": "red"}"#).unwrap_err();
//! assert_eq!(error.to_string(), r#"colour: received an unknown field, allowed "size" or "count""#);
//! ```

mod float;
mod parse;
mod reader;
mod write;

pub use parse::{parse, MAX_DEPTH, MAX_MEMBERS};
pub use reader::{one_of, read_object, Keyword, ObjectReader};
pub use write::json_object;
pub use write::{JsonObject, JsonWriter, ToJson};

use crate::number::format_number;

/// A JSON value. An object keeps its members in the order written, each key at most once.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// Any number; JSON, like JavaScript, has only one kind.
    Number(f64),
    /// A string, its escapes resolved.
    String(String),
    /// `[…]`.
    Array(Vec<Json>),
    /// `{…}`, as `(key, value)` pairs in the order written.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The value as an error message shows what was received: `null`, `true`, numbers as
    /// [`format_number`] writes them, strings quoted as in JSON, and `a list` or
    /// `an object` for the containers.
    pub fn describe(&self) -> String {
        match self {
            Json::Null => "null".to_string(),
            Json::Bool(value) => value.to_string(),
            Json::Number(value) => format_number(*value),
            Json::String(text) => quote(text),
            Json::Array(_) => "a list".to_string(),
            Json::Object(_) => "an object".to_string(),
        }
    }
}

/// `text` as a JSON string literal: quoted, with quotes, backslashes and control characters
/// escaped, as the answers write their strings.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len().saturating_add(2));
    write::escape_into(&mut out, text);
    out
}
