//! Errors in outside input. Every check of a value the reader or the host page supplies
//! ends in an [`InputError`] that names the field, shows what was received and says what is
//! allowed, so the embedding layer can pass it on as it is.

use std::fmt;

/// A value that was refused.
///
/// Displays as `path: received X, allowed Y`, for example
/// `vcpu: received -2, allowed a number greater than 0 and at most 192`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct InputError {
    /// Where the value sits, as dotted field names (`vcpu`, `priorities.cost`,
    /// `attributes[0]`); empty when the whole input is at fault, which displays as `input`.
    pub path: String,
    /// The refused value, rendered as text.
    pub received: String,
    /// What would have been accepted, in words.
    pub allowed: String,
}

impl InputError {
    /// A refusal of the value at `path` (`""` for the whole input).
    pub fn new(
        path: impl Into<String>,
        received: impl Into<String>,
        allowed: impl Into<String>,
    ) -> Self {
        InputError {
            path: path.into(),
            received: received.into(),
            allowed: allowed.into(),
        }
    }
}

#[cfg(feature = "bench-std-quote")]
pub use crate::stand_ins::quoted;

/// `text` in double quotes, as a refused string is shown: `"m9.huge"`. Quotes and
/// backslashes inside are escaped; nothing else is, unlike `{:?}`, whose escaping tables cost
/// the widgets' bundle about 1 KB.
#[cfg(not(feature = "bench-std-quote"))]
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len().saturating_add(2));
    out.push('"');
    for c in text.chars() {
        if matches!(c, '"' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "input"
        } else {
            &self.path
        };
        write!(
            f,
            "{path}: received {}, allowed {}",
            self.received, self.allowed
        )
    }
}

impl std::error::Error for InputError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_escape_only_quotes_and_backslashes() {
        assert_eq!(quoted("m9.huge"), r#""m9.huge""#);
        assert_eq!(quoted(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(quoted("한글\n"), "\"한글\n\"");
    }

    #[test]
    fn displays_path_received_and_allowed() {
        let error = InputError::new("vcpu", "-2", "a number greater than 0 and at most 192");
        assert_eq!(
            error.to_string(),
            "vcpu: received -2, allowed a number greater than 0 and at most 192"
        );
        assert_eq!(
            InputError::new("", "a string", "an object").to_string(),
            "input: received a string, allowed an object"
        );
    }
}
