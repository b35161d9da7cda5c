//! Amounts as text, one way everywhere: the engine's reasons (read by the JS API and the
//! Markdown export), the widgets in the browser and their prerendered fallback HTML.

use super::settings::Currency;

impl Currency {
    /// Digits after the point: dollars keep cents; won, with no minor unit in use, do not.
    pub fn fraction_digits(self) -> u32 {
        match self {
            Currency::Usd => 2,
            Currency::Krw => 0,
        }
    }
}

#[cfg(feature = "bench-std-format")]
pub use crate::stand_ins::plain_money;

/// The symbol, then the amount grouped
/// by thousands (`$1,234.56`, `₩1,790,000`). Integer arithmetic, not `format!("{:.2}")`:
/// Rust's fixed-precision float formatting costs the wasm about 10 KB gzip.
#[cfg(not(feature = "bench-std-format"))]
pub fn plain_money(amount: f64, currency: Currency) -> String {
    let symbol = match currency {
        Currency::Usd => "$",
        Currency::Krw => "₩",
    };
    let digits = currency.fraction_digits();
    let sign = if amount < 0.0 { "-" } else { "" };
    let scale = 10_u64.saturating_pow(digits);
    // Saturates for amounts beyond any bill; rounds half away from zero like Intl.
    let units = (amount.abs() * scale as f64).round() as u64;
    let whole = (units.checked_div(scale).unwrap_or_default()).to_string();
    let cents = units.checked_rem(scale).unwrap_or_default();
    let mut grouped = String::new();
    for (index, digit) in whole.chars().enumerate() {
        let left = whole.len().saturating_sub(index);
        if index > 0 && left % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    if digits == 0 {
        format!("{sign}{symbol}{grouped}")
    } else {
        format!("{sign}{symbol}{grouped}.{cents:02}")
    }
}

/// A share as a whole percentage, rounded down so that a threshold is never overstated:
/// `0.374` → `37%`, `0.2499` → `24%`.
pub fn percent(share: f64) -> String {
    // A tiny allowance keeps 0.29 (0.28999… in binary) at 29%. Shares here lie between 0
    // and 1: the cast is exact after flooring.
    format!("{}%", (share * 100.0 + 1e-9).floor().clamp(0.0, 1e6) as u32)
}
