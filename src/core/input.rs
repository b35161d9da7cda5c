//! Numbers from outside. A JavaScript caller hands every number over as a float, so each
//! numeric field is read from any number, checked against its [`Bounds`] and only then
//! narrowed; the same bounds serve validation of values built in Rust.

use crate::core::error::InputError;
use crate::core::number::format_number;

/// The accepted range of a numeric field and how it is described to the reader.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// The smallest value accepted (or, with `min_exclusive`, the largest refused).
    pub min: f64,
    /// Whether `min` itself is refused.
    pub min_exclusive: bool,
    /// The largest value accepted.
    pub max: f64,
    /// Whether only whole numbers are accepted.
    pub whole: bool,
    /// The range in words, for error messages.
    pub allowed: &'static str,
}

impl Bounds {
    /// Whether `value` is inside the bounds (never for NaN or infinities).
    pub fn admits(&self, value: f64) -> bool {
        let above_min = if self.min_exclusive {
            value > self.min
        } else {
            value >= self.min
        };
        value.is_finite() && above_min && value <= self.max && (!self.whole || value.fract() == 0.0)
    }

    /// Checks a value built in Rust, naming `path` on failure.
    pub fn check(&self, path: &str, value: f64) -> Result<(), InputError> {
        if self.admits(value) {
            Ok(())
        } else {
            Err(InputError::new(path, format_number(value), self.allowed))
        }
    }
}
