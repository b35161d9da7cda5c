//! Writing answers as JSON text: [`ToJson`] for each output type, and the [`JsonWriter`]
//! that builds the text.
//!
//! Hand-written rather than serde's derived serializers with serde_json, which cost the wasm
//! about 11.6 KB gzip; this writer costs 4.9. A type's impl is only the list of its
//! members (`json_object!`): the writer takes their names as one static string and each
//! value as `&dyn ToJson`, so one copy of the writer serves every type, and each member
//! costs its type one call. The text is what serde_json wrote for the same types (compact,
//! members in declaration order, strings and numbers escaped and formatted alike);
//! `tests/json_output.rs` holds it to that, byte for byte.

use std::borrow::Cow;

use super::float::write_f64;
use super::Keyword;

/// A value that can be written as JSON.
///
/// ```
/// use container_compass_core::compute::{recommend_compute, Orchestrator, WorkloadProfile};
/// use container_compass_core::json::ToJson;
///
/// let profile = WorkloadProfile::new(Orchestrator::Ecs);
/// assert!(profile.to_json().starts_with(r#"{"orchestrator":"ecs","vcpu":0.5,"memoryGib":1.0,"#));
/// let answer = recommend_compute(&profile, &Default::default()).to_json();
/// assert!(answer.contains(r#""choice":"fargate""#));
/// ```
pub trait ToJson {
    /// Writes the value to `out`.
    fn write_json(&self, out: &mut JsonWriter);

    /// The value as compact JSON text; [`JsonWriter::text`] for trait objects.
    //
    // `Self: Sized` keeps it out of the vtables: every type written through `&dyn ToJson`
    // would otherwise carry its own copy into the wasm, used or not.
    fn to_json(&self) -> String
    where
        Self: Sized,
    {
        JsonWriter::text(self)
    }
}

/// A value written as a JSON object (`json_object!` implements it with [`ToJson`]), so it
/// can take a tag first: see [`JsonWriter::tagged`].
pub trait JsonObject: ToJson {}

/// Builds JSON text, compact as serde_json writes it.
#[derive(Debug, Default)]
pub struct JsonWriter {
    text: String,
    /// Whether a value was just written inside the current array or object, so the next one
    /// needs a comma first.
    comma: bool,
    /// The names of the object's members still to come, each followed by a comma.
    keys: &'static str,
    /// For each object this one is nested in, innermost last: the names it has left, and
    /// whether this one's members join it (see [`JsonWriter::tagged`]).
    outer: Vec<(&'static str, bool)>,
    /// Whether the next object begun joins the one being written.
    join: bool,
}

impl JsonWriter {
    /// `value` as compact JSON text.
    pub fn text(value: &dyn ToJson) -> String {
        let mut out = JsonWriter::default();
        value.write_json(&mut out);
        out.into_string()
    }

    /// The text written.
    pub fn into_string(self) -> String {
        self.text
    }

    /// Starts a value: a comma if one came before it at this level.
    fn start(&mut self) {
        if self.comma {
            self.text.push(',');
        }
        self.comma = true;
    }

    /// `null`.
    pub fn null(&mut self) {
        self.start();
        self.text.push_str("null");
    }

    /// `true` or `false`.
    pub fn bool(&mut self, value: bool) {
        self.start();
        self.text.push_str(if value { "true" } else { "false" });
    }

    /// A whole number, in plain digits.
    pub fn unsigned(&mut self, value: u64) {
        self.start();
        self.text.push_str(&value.to_string());
    }

    /// A double, as serde_json writes one (see `json/float.rs`): the shortest digits that
    /// read back as it, a whole one with its `.0`, a very large or small one with an
    /// exponent (`1e+16`, `1e-7`), a non-finite one as `null`.
    pub fn number(&mut self, value: f64) {
        self.start();
        write_f64(&mut self.text, value);
    }

    /// A string, quoted and escaped.
    pub fn string(&mut self, value: &str) {
        self.start();
        escape_into(&mut self.text, value);
    }

    /// Starts an object whose members are named by `keys`, in order, each followed by a
    /// comma (`"id,text,"`); [`JsonWriter::member`] writes each, and
    /// [`JsonWriter::end_object`] ends it.
    pub fn begin_object(&mut self, keys: &'static str) {
        let join = std::mem::take(&mut self.join);
        if !join {
            self.open('{');
        }
        // A member's value may be an object with names of its own: the outer ones resume
        // after it.
        let outer = std::mem::replace(&mut self.keys, keys);
        self.outer.push((outer, join));
    }

    /// Continues the object being written with members named by `keys`, as if they were its
    /// own (serde's `flatten`); [`JsonWriter::end_members`] ends them.
    pub fn begin_members(&mut self, keys: &'static str) {
        self.join = true;
        self.begin_object(keys);
    }

    /// Ends the members [`JsonWriter::begin_members`] began.
    pub fn end_members(&mut self) {
        self.end_object();
    }

    /// Ends the object [`JsonWriter::begin_object`] began.
    pub fn end_object(&mut self) {
        let (outer, joined) = self.outer.pop().unwrap_or_default();
        self.keys = outer;
        if !joined {
            self.close('}');
        }
    }

    /// The next member of the object being written: its name, the first of its keys left,
    /// and `value`.
    pub fn member(&mut self, value: &dyn ToJson) {
        let (key, rest) = self.keys.split_once(',').unwrap_or((self.keys, ""));
        self.keys = rest;
        self.start();
        escape_into(&mut self.text, key);
        self.text.push(':');
        self.comma = false;
        value.write_json(self);
    }

    fn open(&mut self, bracket: char) {
        self.start();
        self.text.push(bracket);
        self.comma = false;
    }

    fn close(&mut self, bracket: char) {
        self.text.push(bracket);
        self.comma = true;
    }

    /// `value` with `"key": "tag"` as its first member: how serde writes an internally
    /// tagged enum (`{"status": "available", …}`).
    pub fn tagged(&mut self, key: &'static str, tag: &str, value: &dyn JsonObject) {
        self.begin_object(key);
        self.member(&tag);
        // `value` is an object: its members follow the tag in this one.
        self.join = true;
        value.write_json(self);
        self.end_object();
    }
}

/// Writes `text` as a JSON string literal, escaped as serde_json escapes it: quotes,
/// backslashes and control characters (`\n`, `\t`, `\r`, `\b`, `\f`, the others as
/// `\u00XX`); everything else, `/` and non-ASCII included, as it is.
pub(super) fn escape_into(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                out.push_str("\\u00");
                for nibble in [u32::from(c) >> 4, u32::from(c) & 0xf] {
                    out.push(char::from_digit(nibble, 16).unwrap_or('0'));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Implements [`ToJson`] and [`JsonObject`] for a struct, written as an object with the
/// members listed, in that order: `json_object!(Scores { "ec2": ec2, "fargate": fargate });`.
#[macro_export]
#[doc(hidden)]
macro_rules! json_object {
    ($type:ty { $($key:literal: $field:ident),* $(,)? }) => {
        impl $crate::json::ToJson for $type {
            fn write_json(&self, out: &mut $crate::json::JsonWriter) {
                out.begin_object(concat!($($key, ","),*));
                $(out.member(&self.$field);)*
                out.end_object();
            }
        }

        impl $crate::json::JsonObject for $type {}
    };
}
pub use json_object;

/// An enum read from its keywords is written as its keyword, from the same table, so the
/// names read and the names written cannot drift apart.
impl<T: Keyword + PartialEq> ToJson for T {
    fn write_json(&self, out: &mut JsonWriter) {
        match T::KEYWORDS.iter().find(|(_, value)| value == self) {
            Some((name, _)) => out.string(name),
            // Unreachable while each table lists every value, as the tests check.
            None => out.null(),
        }
    }
}

impl ToJson for bool {
    fn write_json(&self, out: &mut JsonWriter) {
        out.bool(*self);
    }
}

impl ToJson for u8 {
    fn write_json(&self, out: &mut JsonWriter) {
        out.unsigned(u64::from(*self));
    }
}

impl ToJson for u32 {
    fn write_json(&self, out: &mut JsonWriter) {
        out.unsigned(u64::from(*self));
    }
}

impl ToJson for u64 {
    fn write_json(&self, out: &mut JsonWriter) {
        out.unsigned(*self);
    }
}

impl ToJson for usize {
    fn write_json(&self, out: &mut JsonWriter) {
        out.unsigned(*self as u64);
    }
}

impl ToJson for f64 {
    fn write_json(&self, out: &mut JsonWriter) {
        out.number(*self);
    }
}

impl ToJson for &str {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self);
    }
}

impl ToJson for Cow<'_, str> {
    fn write_json(&self, out: &mut JsonWriter) {
        out.string(self);
    }
}

/// `None` is `null`; `Some` is the value itself.
impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, out: &mut JsonWriter) {
        match self {
            Some(value) => value.write_json(out),
            None => out.null(),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, out: &mut JsonWriter) {
        out.open('[');
        for item in self {
            item.write_json(out);
        }
        out.close(']');
    }
}

impl<T: ToJson, const N: usize> ToJson for [T; N] {
    fn write_json(&self, out: &mut JsonWriter) {
        self.as_slice().write_json(out);
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, out: &mut JsonWriter) {
        self.as_slice().write_json(out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Pair {
        name: &'static str,
        items: Vec<Option<u32>>,
    }

    json_object!(Pair { "name": name, "items": items });

    #[test]
    fn values_nest_with_commas_between_members_and_items() {
        let pair = Pair {
            name: "a\"b",
            items: vec![Some(1), None, Some(3)],
        };
        assert_eq!(pair.to_json(), r#"{"name":"a\"b","items":[1,null,3]}"#);
        let pairs = [
            Pair {
                name: "",
                items: Vec::new(),
            },
            Pair {
                name: "x",
                items: vec![None],
            },
        ];
        assert_eq!(
            pairs.to_json(),
            r#"[{"name":"","items":[]},{"name":"x","items":[null]}]"#
        );
        assert_eq!(Vec::<bool>::new().to_json(), "[]");
        assert_eq!((true, 2.5f64).0.to_json(), "true");
        assert_eq!(u64::MAX.to_json(), "18446744073709551615");
        assert_eq!(2.0f64.to_json(), "2.0");
    }

    struct Outer {
        inner: Pair,
        after: u8,
    }

    json_object!(Outer { "inner": inner, "after": after });

    #[test]
    fn nested_objects_keep_their_own_member_names() {
        let outer = Outer {
            inner: Pair {
                name: "n",
                items: vec![Some(2)],
            },
            after: 7,
        };
        assert_eq!(
            outer.to_json(),
            r#"{"inner":{"name":"n","items":[2]},"after":7}"#
        );
        let mut out = JsonWriter::default();
        out.tagged("status", "ok", &outer);
        assert_eq!(
            out.into_string(),
            r#"{"status":"ok","inner":{"name":"n","items":[2]},"after":7}"#
        );
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let text = "\"\\/\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}é😀";
        assert_eq!(
            text.to_json(),
            r#""\"\\/\n\r\t\b\f\u0000\u001f"#.to_string() + "\u{7f}é😀\""
        );
    }
}
