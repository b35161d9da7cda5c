//! Money for display: a USD amount in the reader's currency, written the same way in the
//! browser and in the prerendered fallback HTML, so that the text does not change (nor the
//! layout move) when a widget replaces its fallback. `Intl.NumberFormat` did this before:
//! making a formatter took about a quarter of the chooser's first render and, made anew for
//! each amount, half of each update.

use crate::core::cost::{plain_money, to_krw, Currency, ExchangeRate};
use crate::core::i18n::Lang;
use crate::core::number::format_number;

/// `usd` converted to `currency` and formatted: `$1,234.56`, `₩1,790,000`. Dollars keep
/// cents; won, which has no minor unit in use, does not.
pub fn money(usd: f64, currency: Currency, rate: &ExchangeRate) -> String {
    plain_money(in_currency(usd, currency, rate), currency)
}

/// How much less `low` costs than `high` as a reader reads the two amounts: each rounded as
/// [`money`] writes it (to the cent, to the won) before subtracting, so the difference is the
/// one the two amounts on screen give. `None` when they read the same.
pub fn money_less(high: f64, low: f64, currency: Currency, rate: &ExchangeRate) -> Option<String> {
    let scale = f64::from(10_u32.pow(currency.fraction_digits()));
    let shown = |usd: f64| (in_currency(usd, currency, rate) * scale).round();
    let less = shown(high) - shown(low);
    (less > 0.0).then(|| plain_money(less / scale, currency))
}

/// A short form for chart axes, in the units each language counts in, with at most one
/// decimal: `$1.2K`, `$600`, `₩72.5만` in Korean and `₩725K` in English.
pub fn money_short(usd: f64, currency: Currency, rate: &ExchangeRate, lang: Lang) -> String {
    let amount = in_currency(usd, currency, rate);
    let units: &[(f64, &str)] = match lang {
        Lang::Ko => &[(1e12, "조"), (1e8, "억"), (1e4, "만"), (1e3, "천")],
        Lang::En => &[(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")],
    };
    let (unit, suffix) = units
        .iter()
        .copied()
        .find(|(unit, _)| amount.abs() >= *unit)
        .unwrap_or((1.0, ""));
    let tenths = (amount / unit * 10.0).round() / 10.0;
    let symbol = match currency {
        Currency::Usd => "$",
        Currency::Krw => "₩",
    };
    let sign = if tenths < 0.0 { "-" } else { "" };
    format!("{sign}{symbol}{}{suffix}", format_number(tenths.abs()))
}

fn in_currency(usd: f64, currency: Currency, rate: &ExchangeRate) -> f64 {
    match currency {
        Currency::Usd => usd,
        Currency::Krw => to_krw(usd, rate.krw_per_usd),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::cost::DEFAULT_KRW_PER_USD;

    #[test]
    fn dollars_keep_cents_and_won_are_whole_and_grouped() {
        let rate = DEFAULT_KRW_PER_USD;
        assert_eq!(money(360.404, Currency::Usd, &rate), "$360.40");
        assert_eq!(money(1234.5, Currency::Usd, &rate), "$1,234.50");
        assert_eq!(money(1000.0, Currency::Krw, &rate), "₩1,450,000");
        assert_eq!(money(0.2, Currency::Krw, &rate), "₩290");
        assert_eq!(money(-12.0, Currency::Usd, &rate), "-$12.00");
        assert_eq!(money(0.0, Currency::Usd, &rate), "$0.00");
    }

    #[test]
    fn short_amounts_count_in_each_languages_units() {
        let rate = DEFAULT_KRW_PER_USD;
        let short = |usd, currency, lang| money_short(usd, currency, &rate, lang);
        assert_eq!(short(0.0, Currency::Usd, Lang::En), "$0");
        assert_eq!(short(600.0, Currency::Usd, Lang::En), "$600");
        assert_eq!(short(12.25, Currency::Usd, Lang::En), "$12.3");
        assert_eq!(short(1200.0, Currency::Usd, Lang::Ko), "$1.2천");
        assert_eq!(short(1500.0, Currency::Usd, Lang::En), "$1.5K");
        assert_eq!(short(2_000_000.0, Currency::Usd, Lang::En), "$2M");
        // $500 is ₩725,000 at the default rate.
        assert_eq!(short(500.0, Currency::Krw, Lang::Ko), "₩72.5만");
        assert_eq!(short(500.0, Currency::Krw, Lang::En), "₩725K");
        assert_eq!(short(100_000.0, Currency::Krw, Lang::Ko), "₩1.5억");
    }
}
