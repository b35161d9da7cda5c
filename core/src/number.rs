//! Numbers as text, as a person types and reads them: [`parse_decimal`] reads what a reader
//! types into a number field, [`format_number`] writes numbers into the widgets' text.
//!
//! Both are small and hand-written rather than the standard library's `str::parse` and float
//! `Display`, which each bring kilobytes of code into the wasm for last-bit precision that
//! numbers a person types and reads do not need (BENCHMARKS.md, "Hand-written stand-ins",
//! has the bytes each saves). Answers cross to JavaScript as numbers, not text, so nothing
//! else in the core writes or reads floats as text.

/// Exponents beyond this are clamped while read: `1e99999` is infinite either way.
const MAX_EXPONENT: i64 = 100_000;

#[cfg(feature = "bench-std-parse")]
pub use crate::stand_ins::parse_decimal;
#[cfg(feature = "bench-std-format")]
pub use crate::stand_ins::{format_number, format_usd};

/// The number written in `text`: an optional `-`, digits with an optional fraction, and an
/// optional exponent (`2`, `-0.25`, `1e3`), the grammar of a JSON number literal. `None` for
/// anything else, and for a number too large to be finite.
#[cfg(not(feature = "bench-std-parse"))]
pub fn parse_decimal(text: &str) -> Option<f64> {
    let mut bytes = text.bytes().peekable();
    let negative = bytes.next_if_eq(&b'-').is_some();
    let mut significand = 0u64;
    let mut exponent = 0i64;
    let mut digits = 0u32;
    let mut take = |digit: u8, fraction: bool, exponent: &mut i64| {
        if significand < 1_000_000_000_000_000_000 {
            significand = significand
                .saturating_mul(10)
                .saturating_add(u64::from(digit));
            if fraction {
                *exponent = exponent.saturating_sub(1);
            }
        } else if !fraction {
            // Digits past the nineteenth are dropped, each one a power of ten.
            *exponent = exponent.saturating_add(1);
        }
    };
    while let Some(digit) = bytes.next_if(u8::is_ascii_digit) {
        take(digit.wrapping_sub(b'0'), false, &mut exponent);
        digits = digits.saturating_add(1);
    }
    if digits == 0 {
        return None;
    }
    if bytes.next_if_eq(&b'.').is_some() {
        let mut fraction = 0u32;
        while let Some(digit) = bytes.next_if(u8::is_ascii_digit) {
            take(digit.wrapping_sub(b'0'), true, &mut exponent);
            fraction = fraction.saturating_add(1);
        }
        if fraction == 0 {
            return None;
        }
    }
    if bytes.next_if(|b| *b == b'e' || *b == b'E').is_some() {
        let negative_exponent = bytes.next_if_eq(&b'-').is_some();
        if !negative_exponent {
            bytes.next_if_eq(&b'+');
        }
        let mut written = 0i64;
        let mut any = false;
        while let Some(digit) = bytes.next_if(u8::is_ascii_digit) {
            written = written
                .saturating_mul(10)
                .saturating_add(i64::from(digit.wrapping_sub(b'0')))
                .min(MAX_EXPONENT);
            any = true;
        }
        if !any {
            return None;
        }
        exponent = if negative_exponent {
            exponent.saturating_sub(written)
        } else {
            exponent.saturating_add(written)
        };
    }
    if bytes.next().is_some() {
        return None;
    }
    let magnitude = decimal(significand, exponent);
    magnitude
        .is_finite()
        .then_some(if negative { -magnitude } else { magnitude })
}

/// The powers of ten that are exact as doubles.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The largest step [`POW10`] takes at once.
const MAX_STEP: i64 = 22;

/// `significand × 10^exponent` as a double. Exact when the significand is below 2^53 and the
/// exponent within ±22, which covers every number a person types into a form; otherwise
/// within a few units in the last place. Too large a value is infinite, too small a value 0.
pub fn decimal(significand: u64, exponent: i64) -> f64 {
    // Precision lost above 2^53 is accepted: see above.
    let mut value = significand as f64;
    let mut exponent = exponent;
    // Each loop stops as soon as the value cannot change any more, so a hostile exponent of
    // a billion costs a dozen steps.
    while exponent > 0 && value.is_finite() && value != 0.0 {
        let step = exponent.min(MAX_STEP);
        value *= power_of_ten(step);
        exponent = exponent.saturating_sub(step);
    }
    while exponent < 0 && value != 0.0 {
        let step = exponent.saturating_neg().min(MAX_STEP);
        value /= power_of_ten(step);
        exponent = exponent.saturating_add(step);
    }
    value
}

fn power_of_ten(exponent: i64) -> f64 {
    usize::try_from(exponent)
        .ok()
        .and_then(|index| POW10.get(index))
        .copied()
        .unwrap_or(1e22)
}

/// Writes a number the way a reader expects it: whole numbers exactly and without a
/// trailing `.0` (`3`, `-2`), other numbers with up to six significant decimals and no
/// trailing zeros (`0.5`, `1536.123457`, `0.000123457`), very large or very small ones with
/// an exponent (`1e300`, `1.5e-7`). Not-a-number and the infinities are written as
/// JavaScript writes them.
#[cfg(not(feature = "bench-std-format"))]
pub fn format_number(value: f64) -> String {
    if value.is_nan() {
        return "NaN".to_string();
    }
    if value.is_infinite() {
        let text = if value > 0.0 { "Infinity" } else { "-Infinity" };
        return text.to_string();
    }
    let mut out = String::new();
    // -0 is written as 0, as JavaScript does.
    if value < 0.0 {
        out.push('-');
    }
    let magnitude = value.abs();
    if magnitude == 0.0 || (1e-6..1e16).contains(&magnitude) {
        let (whole, fraction) = fixed(magnitude, decimal_places(magnitude));
        write_fixed(&mut out, whole, fraction, decimal_places(magnitude));
    } else {
        let (mantissa, exponent) = scientific(magnitude);
        let (mut whole, mut fraction) = fixed(mantissa, 5);
        let mut exponent = exponent;
        if whole >= 10 {
            // 9.999999 rounded up to 10.00000.
            (whole, fraction) = (1, 0);
            exponent = exponent.saturating_add(1);
        }
        write_fixed(&mut out, whole, fraction, 5);
        out.push('e');
        out.push_str(&exponent.to_string());
    }
    out
}

/// A non-negative dollar amount as a reader expects it in a sentence: `$73`, `$0.10`,
/// `$438`; whole dollars without cents, any other amount with two decimals.
#[cfg(not(feature = "bench-std-format"))]
pub fn format_usd(usd: f64) -> String {
    let (whole, cents) = fixed(usd.max(0.0), 2);
    if cents == 0 {
        format!("${whole}")
    } else {
        format!("${whole}.{cents:02}")
    }
}

/// Six decimals for numbers from 1 up; below 1, six after the leading zeros.
fn decimal_places(magnitude: f64) -> u32 {
    let mut places: u32 = 6;
    let mut scaled = magnitude * 10.0;
    while scaled < 1.0 && places < 12 && magnitude > 0.0 {
        scaled *= 10.0;
        places = places.saturating_add(1);
    }
    places
}

/// `magnitude` (at least 0, below 1e16) rounded to `places` decimals (at most 12), as its
/// whole part and its decimals read as a whole number.
fn fixed(magnitude: f64, places: u32) -> (u64, u64) {
    let scale = 10u64.checked_pow(places).unwrap_or(1);
    // Inside 0..1e16 both casts are exact for the whole part; `as` saturates regardless.
    let mut whole = magnitude.trunc() as u64;
    let rest = (magnitude - whole as f64) * scale as f64;
    let mut fraction = (rest + 0.5).floor() as u64;
    if fraction >= scale {
        whole = whole.saturating_add(1);
        fraction = fraction.saturating_sub(scale);
    }
    (whole, fraction)
}

fn write_fixed(out: &mut String, whole: u64, fraction: u64, places: u32) {
    out.push_str(&whole.to_string());
    if fraction == 0 {
        return;
    }
    let digits = fraction.to_string();
    let width = usize::try_from(places).unwrap_or(0);
    out.push('.');
    for _ in digits.len()..width {
        out.push('0');
    }
    out.push_str(digits.trim_end_matches('0'));
}

/// A positive, finite `magnitude` as a mantissa from 1 up to 10 and a power of ten.
fn scientific(magnitude: f64) -> (f64, i32) {
    let (mut mantissa, mut exponent) = (magnitude, 0i32);
    // At most about 330 steps each way: the exponents of a double.
    while mantissa >= 10.0 {
        mantissa /= 10.0;
        exponent = exponent.saturating_add(1);
    }
    while mantissa < 1.0 && mantissa > 0.0 {
        mantissa *= 10.0;
        exponent = exponent.saturating_sub(1);
    }
    (mantissa, exponent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_numbers_are_read_by_the_json_number_grammar() {
        let cases = [
            ("2", Some(2.0)),
            ("-0.25", Some(-0.25)),
            ("1e3", Some(1000.0)),
            ("1.5E-2", Some(0.015)),
            ("0", Some(0.0)),
            ("12345678901234567890123", Some(1.2345678901234568e22)),
            ("1e400", None),
            ("1.", None),
            (".5", None),
            ("1e", None),
            ("--1", None),
            ("1 ", None),
            ("", None),
            ("abc", None),
            ("NaN", None),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_decimal(text), expected, "{text:?}");
        }
    }

    #[test]
    fn dollars_are_whole_or_carry_cents() {
        let cases = [
            (73.0, "$73"),
            (0.1, "$0.10"),
            (438.0, "$438"),
            (0.046, "$0.05"),
            (72.999, "$73"),
            (1234.5, "$1234.50"),
            (-3.0, "$0"),
        ];
        for (usd, text) in cases {
            assert_eq!(format_usd(usd), text, "{usd}");
        }
    }

    #[test]
    fn numbers_are_written_for_a_reader() {
        let cases = [
            (0.0, "0"),
            (-0.0, "0"),
            (3.0, "3"),
            (-2.0, "-2"),
            (0.5, "0.5"),
            (1.5, "1.5"),
            (0.25, "0.25"),
            (192.0, "192"),
            (10_000.0, "10000"),
            (1_536.123_456_789, "1536.123457"),
            (0.1 + 0.2, "0.3"),
            (0.000_123_456_789, "0.000123457"),
            (0.999_999_9, "1"),
            (9_007_199_254_740_993.0, "9007199254740992"),
            (1e300, "1e300"),
            (1.5e-7, "1.5e-7"),
            (f64::MAX, "1.79769e308"),
            (5e-324, "4.94066e-324"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
        ];
        for (value, text) in cases {
            assert_eq!(format_number(value), text, "{value:?}");
        }
    }

    #[test]
    fn decimals_are_exact_where_people_type() {
        let cases = [
            (5, 0, 5.0),
            (15, -1, 1.5),
            (15, -3, 0.015),
            (1, 3, 1000.0),
            (123_456_789, -9, 0.123_456_789),
            (0, 400, 0.0),
            (1, -400, 0.0),
        ];
        for (significand, exponent, value) in cases {
            assert_eq!(
                decimal(significand, exponent),
                value,
                "{significand}e{exponent}"
            );
        }
        assert!(decimal(1, 400).is_infinite());
        assert!(decimal(1, i64::MAX).is_infinite());
        assert_eq!(decimal(1, i64::MIN), 0.0);
    }
}
