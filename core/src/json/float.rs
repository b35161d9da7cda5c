//! Doubles as JSON numbers, written as serde_json 1 writes them (through its float writer,
//! `zmij`), so the answers read the same as before the core had its own writer:
//!
//! - the shortest digits that read back as the same double and, among those, the closest to
//!   it; an exact tie goes to the even digit;
//! - plain notation while the first digit's power of ten is from -5 to 15, with `.0` after
//!   a whole number (`12.0`, `0.00001`, `1000000000000000.0`), an exponent otherwise
//!   (`1e+16`, `1.5e-7`, `5e-324`);
//! - `-0.0` for negative zero, `null` for NaN and the infinities (JSON has no word for them).
//!
//! Exact for every double: the digits come from exact integer arithmetic (the Steele-White
//! and Burger-Dybvig method) on a small big-integer type, with no tables. Before it replaced
//! serde_json it was compared with `zmij` on over a hundred million random doubles and on
//! every power of two and its neighbours, without a difference; the tests below compare it
//! with the standard library's shortest digits. It is slower than a table-driven writer
//! (microseconds a number, not nanoseconds), which answers of at most a few thousand numbers
//! do not notice, and it costs the wasm about 600 bytes gzip less than `zmij` as a direct
//! dependency would: the reason it exists.

use std::cmp::Ordering;

/// Writes `value` as serde_json writes an `f64`.
pub(super) fn write_f64(out: &mut String, value: f64) {
    if !value.is_finite() {
        out.push_str("null");
        return;
    }
    if value.is_sign_negative() {
        out.push('-');
    }
    if value == 0.0 {
        out.push_str("0.0");
        return;
    }
    let (digits, point) = shortest(value.abs());
    layout(out, &digits, point);
}

/// Places the decimal point in `digits` (ASCII, no trailing zeros), whose value is
/// `0.digits × 10^point`: `12.34`, `0.001234`, `12340000000.0`, `1.234e+33`.
fn layout(out: &mut String, digits: &[u8], point: i32) {
    let len = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let mut text: Vec<u8> = Vec::with_capacity(32);
    // The digits from `from` to `to` (0 is the first), zeros outside them.
    let put = |text: &mut Vec<u8>, from: i32, to: i32| {
        for index in from..to {
            let digit = usize::try_from(index).ok().and_then(|i| digits.get(i));
            text.push(digit.copied().unwrap_or(b'0'));
        }
    };
    let exponent = point.saturating_sub(1);
    if (-5..=15).contains(&exponent) {
        // The whole part (a 0 if there is none), then at least one decimal.
        put(&mut text, exponent.min(0), point);
        text.push(b'.');
        put(&mut text, point, len.max(point.saturating_add(1)));
    } else {
        put(&mut text, 0, 1);
        if len > 1 {
            text.push(b'.');
            put(&mut text, 1, len);
        }
        text.push(b'e');
        text.push(if exponent < 0 { b'-' } else { b'+' });
        text.extend_from_slice(exponent.unsigned_abs().to_string().as_bytes());
    }
    out.push_str(std::str::from_utf8(&text).unwrap_or_default());
}

/// The shortest digits of a positive, finite `value` that read back as `value`, and where
/// the decimal point goes: `value ≈ 0.digits × 10^point`.
fn shortest(value: f64) -> (Vec<u8>, i32) {
    let bits = value.to_bits();
    let fraction = bits & ((1u64 << 52) - 1);
    let biased = ((bits >> 52) & 0x7ff) as i32;
    // value = mantissa × 2^exponent.
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased.saturating_sub(1075))
    };
    // The neighbours of a power of two are closer below than above.
    let lower_closer = fraction == 0 && biased > 1;
    // Round-half-even reading takes the interval's ends when the mantissa is even.
    let inclusive = mantissa & 1 == 0;

    // value = r / s; the doubles next to it are (r ± 2·m±) / s, so anything within
    // (r - m-, r + m+) / s reads back as value.
    let mut r = Big::new(mantissa);
    let mut s = Big::new(1);
    let mut m_plus = Big::new(1);
    let mut m_minus = Big::new(1);
    let shift = if lower_closer { 2 } else { 1 };
    r.mul_pow2(shift);
    if lower_closer {
        m_plus.mul_pow2(1);
    }
    if exponent >= 0 {
        let up = exponent.unsigned_abs();
        r.mul_pow2(up);
        m_plus.mul_pow2(up);
        m_minus.mul_pow2(up);
    } else {
        s.mul_pow2(exponent.unsigned_abs());
    }
    s.mul_pow2(shift);

    // The decimal exponent k, the smallest with r + m+ below s·10^k: first floor(top·log10 2)
    // from the binary exponent, which is never above it (1233 / 4096 is just under
    // log10 2), then counted up.
    let top = exponent.saturating_add(63_i32.saturating_sub(mantissa.leading_zeros() as i32));
    let mut k = top.saturating_mul(1233) >> 12;
    if k >= 0 {
        s.mul_pow10(k.unsigned_abs());
    } else {
        let up = k.unsigned_abs();
        r.mul_pow10(up);
        m_plus.mul_pow10(up);
        m_minus.mul_pow10(up);
    }
    let reaches_high = |r: &Big, m_plus: &Big, s: &Big| match r.plus(m_plus).cmp(s) {
        Ordering::Greater => true,
        Ordering::Equal => inclusive,
        Ordering::Less => false,
    };
    while reaches_high(&r, &m_plus, &s) {
        s.mul_small(10);
        k = k.saturating_add(1);
    }

    // One digit at a time, until the digits so far, or the next one up, read back as value.
    // Neither a carry nor a trailing zero can come out: r + m+ stays below s between
    // digits, so a 9 never reaches the high end, and a 0 that reached the low end would
    // have let the digits before it stop.
    let mut digits = Vec::with_capacity(17);
    loop {
        r.mul_small(10);
        m_plus.mul_small(10);
        m_minus.mul_small(10);
        let mut digit = b'0';
        while r.cmp(&s) != Ordering::Less {
            r.sub(&s);
            digit = digit.saturating_add(1);
        }
        let low = match r.cmp(&m_minus) {
            Ordering::Less => true,
            Ordering::Equal => inclusive,
            Ordering::Greater => false,
        };
        let high = reaches_high(&r, &m_plus, &s);
        let up = match (low, high) {
            (false, false) => {
                digits.push(digit);
                continue;
            }
            (true, true) => match r.plus(&r).cmp(&s) {
                Ordering::Less => false,
                Ordering::Greater => true,
                // Exactly halfway between two shortest candidates: the even one.
                Ordering::Equal => digit % 2 == 1,
            },
            (_, high) => high,
        };
        digits.push(digit.saturating_add(u8::from(up)));
        return (digits, k);
    }
}

/// The most 32-bit limbs a [`Big`] needs: its values stay below about 2^1090 (the
/// smallest subnormal scaled by 10^324, the largest double by 10), 35 limbs.
const LIMBS: usize = 40;

/// A non-negative integer, with just what [`shortest`] needs: little-endian 32-bit limbs,
/// `len` of them in use. A fixed array rather than a `Vec`: less code in the wasm.
#[derive(Clone, Copy, Debug)]
struct Big {
    limbs: [u32; LIMBS],
    len: usize,
}

impl Big {
    fn new(value: u64) -> Big {
        let mut big = Big {
            limbs: [0; LIMBS],
            len: 1,
        };
        if let Some(low) = big.limbs.first_mut() {
            *low = value as u32;
        }
        big.grow((value >> 32) as u32);
        big
    }

    /// Appends `carry` as a new top limb, unless it is 0.
    fn grow(&mut self, carry: u32) {
        if let Some(top) = self.limbs.get_mut(self.len).filter(|_| carry > 0) {
            *top = carry;
            self.len = self.len.saturating_add(1);
        }
    }

    fn mul_small(&mut self, factor: u32) {
        let mut carry = 0u64;
        for limb in self.limbs.iter_mut().take(self.len) {
            // At most (2^32 - 1)^2 + 2^32 - 1 < 2^64: cannot wrap.
            let product = u64::from(*limb)
                .wrapping_mul(u64::from(factor))
                .wrapping_add(carry);
            *limb = product as u32;
            carry = product >> 32;
        }
        self.grow(carry as u32);
    }

    fn mul_pow2(&mut self, mut bits: u32) {
        while bits > 0 {
            let step = bits.min(31);
            self.mul_small(1 << step);
            bits = bits.saturating_sub(step);
        }
    }

    fn mul_pow10(&mut self, mut power: u32) {
        while power > 0 {
            let step = power.min(9);
            self.mul_small(10u32.pow(step));
            power = power.saturating_sub(step);
        }
    }

    fn plus(&self, other: &Big) -> Big {
        let mut sum = *self;
        sum.len = self.len.max(other.len);
        let mut carry = 0u64;
        for (limb, addend) in sum.limbs.iter_mut().zip(other.limbs).take(sum.len) {
            // At most 2 × (2^32 - 1) + 1: cannot wrap.
            let total = u64::from(*limb)
                .wrapping_add(u64::from(addend))
                .wrapping_add(carry);
            *limb = total as u32;
            carry = total >> 32;
        }
        sum.grow(carry as u32);
        sum
    }

    /// `self - other`; `self` must be at least `other`.
    fn sub(&mut self, other: &Big) {
        let mut borrow = false;
        for (limb, subtrahend) in self.limbs.iter_mut().zip(other.limbs).take(self.len) {
            let (step, under) = limb.overflowing_sub(subtrahend);
            let (rest, under_again) = step.overflowing_sub(u32::from(borrow));
            *limb = rest;
            borrow = under || under_again;
        }
    }

    fn cmp(&self, other: &Big) -> Ordering {
        // Limbs above both lengths are 0, so the longer length covers both numbers.
        let mut index = self.len.max(other.len);
        while index > 0 {
            index = index.saturating_sub(1);
            let (ours, theirs) = (self.limbs.get(index), other.limbs.get(index));
            if ours != theirs {
                return ours.cmp(&theirs);
            }
        }
        Ordering::Equal
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(value: f64) -> String {
        let mut out = String::new();
        write_f64(&mut out, value);
        out
    }

    /// 2^50, where doubles are quarters: 2^50 + 0.25 is as far from …24.2 as from …24.3.
    const TIE: f64 = 1_125_899_906_842_624.0;

    #[test]
    fn numbers_are_written_as_serde_json_wrote_them() {
        let cases = [
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (12.0, "12.0"),
            (-1.0, "-1.0"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (360.4, "360.4"),
            (0.04048, "0.04048"),
            (1e15, "1000000000000000.0"),
            (999_999_999_999_999.9, "999999999999999.9"),
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (1e-5, "0.00001"),
            (1.234e-5, "0.00001234"),
            (1e-6, "1e-6"),
            (1.5e-7, "1.5e-7"),
            (1e100, "1e+100"),
            (5e-324, "5e-324"),
            (f64::MIN_POSITIVE, "2.2250738585072014e-308"),
            (f64::MAX, "1.7976931348623157e+308"),
            (f64::MIN, "-1.7976931348623157e+308"),
            (9_007_199_254_740_994.0, "9007199254740994.0"),
            (f64::NAN, "null"),
            (f64::INFINITY, "null"),
            (f64::NEG_INFINITY, "null"),
            // Halfway between two shortest candidates: the even digit, as zmij writes it
            // (the standard library rounds these up).
            (TIE + 0.25, "1125899906842624.2"),
            (TIE + 0.75, "1125899906842624.8"),
            (TIE + 1.25, "1125899906842625.2"),
        ];
        for (value, text) in cases {
            assert_eq!(written(value), text, "{value:?}");
        }
    }

    /// The standard library's `{:e}` also writes the shortest digits that read back, the
    /// closest of them; it differs only on exact ties, which it rounds up.
    #[test]
    fn digits_match_the_standard_library() {
        let mut state = 0x853c_49e6_748f_ea9b_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut checked = 0;
        while checked < 50_000 {
            let bits = next();
            let value = match checked % 3 {
                0 => f64::from_bits(bits),
                // Nearby powers of two and short decimals, where the edge cases live.
                1 => f64::from_bits(bits & 0xfff0_0000_0000_0000 | (bits & 3)),
                _ => (bits % 1_000_000) as f64 / 10f64.powi((bits >> 40) as i32 % 12),
            };
            if !value.is_finite() || value <= 0.0 {
                continue;
            }
            checked += 1;
            let (digits, point) = shortest(value);
            let digits = String::from_utf8(digits).unwrap();
            let std = format!("{value:e}");
            let (mantissa, exponent) = std.split_once('e').unwrap();
            let std_digits: String = mantissa.chars().filter(|c| *c != '.').collect();
            let std_point = exponent.parse::<i32>().unwrap() + 1;
            if (digits.as_str(), point) != (std_digits.as_str(), std_point) {
                // Only a tie may differ, and then by one in the last digit, toward even.
                assert_eq!(digits.len(), std_digits.len(), "{value:?}");
                let ours = digits.as_bytes().last().unwrap() - b'0';
                assert!(ours % 2 == 0, "{value:?}: {digits} against {std_digits}");
            }
            assert_eq!(written(value).parse::<f64>().unwrap(), value);
        }
    }
}
