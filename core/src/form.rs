//! Reading what a reader types into a widget's number fields.

use crate::input::Bounds;
use crate::number::{format_number, parse_decimal};

/// The number typed in `text`, if it is one and inside `bounds`. A comma is taken as a
/// decimal point (`1,5`), as many keyboards type it.
pub fn read_number(text: &str, bounds: &Bounds) -> Option<f64> {
    parse_decimal(&text.trim().replace(',', ".")).filter(|number| bounds.admits(*number))
}

/// A number as a reader would type it back: `2`, `0.25`.
pub fn show_number(value: f64) -> String {
    format_number(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compute::{REPLICAS, VCPU};

    #[test]
    fn typed_numbers_are_read_within_bounds() {
        assert_eq!(read_number(" 2 ", &VCPU), Some(2.0));
        assert_eq!(read_number("0,5", &VCPU), Some(0.5));
        assert_eq!(read_number("0", &VCPU), None, "vCPU must be above 0");
        assert_eq!(read_number("abc", &VCPU), None);
        assert_eq!(read_number("", &VCPU), None);
        assert_eq!(read_number("1.5", &REPLICAS), None, "replicas are whole");
        assert_eq!(read_number("NaN", &VCPU), None);
    }

    #[test]
    fn numbers_show_as_typed() {
        assert_eq!(show_number(2.0), "2");
        assert_eq!(show_number(0.25), "0.25");
        assert_eq!(show_number(1.5), "1.5");
        assert_eq!(show_number(-3.0), "-3");
        assert_eq!(show_number(1536.0), "1536");
        assert_eq!(show_number(0.1 + 0.2), "0.3");
        assert_eq!(read_number("1e2", &VCPU), Some(100.0));
    }
}
