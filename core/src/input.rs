//! Numbers from outside. A JavaScript caller hands every number over as a float, so each
//! numeric field is read from any number, checked against its [`Bounds`] and only then
//! narrowed; the same bounds serve validation of values built in Rust.

use crate::error::InputError;
use crate::number::format_number;

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

/// The other values of a `0..=max` weight scale, nearest to `current` first (of two equally
/// near, the higher first): the order the engines try them in when looking for the change
/// that flips an answer. Built in order rather than sorted, because each std sort
/// instantiation costs the wasm kilobytes.
pub fn other_weights(current: u8, max: u8) -> Vec<u8> {
    let mut weights = Vec::with_capacity(usize::from(max));
    for distance in 1..=max {
        if let Some(higher) = current.checked_add(distance).filter(|w| *w <= max) {
            weights.push(higher);
        }
        if let Some(lower) = current.checked_sub(distance) {
            weights.push(lower);
        }
    }
    weights
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearer_weights_are_tried_first_then_higher() {
        assert_eq!(other_weights(1, 3), vec![2, 0, 3]);
        assert_eq!(other_weights(3, 3), vec![2, 1, 0]);
        assert_eq!(other_weights(0, 3), vec![1, 2, 3]);
        assert_eq!(other_weights(2, 5), vec![3, 1, 4, 0, 5]);
        assert_eq!(other_weights(0, 0), Vec::<u8>::new());
    }
}
