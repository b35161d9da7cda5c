//! Money for display: a USD amount in the reader's currency, formatted by the browser's
//! `Intl.NumberFormat` for the widget's language. The native build (prerendered fallback
//! HTML, tests) has no `Intl` and writes the same shape itself.

use crate::core::cost::{plain_money, to_krw, Currency, ExchangeRate};
use crate::core::i18n::Lang;

/// `usd` converted to `currency` and formatted: `$1,234.56`, `₩1,790,000`. Dollars keep
/// cents; won, which has no minor unit in use, does not.
pub fn money(usd: f64, currency: Currency, rate: &ExchangeRate, lang: Lang) -> String {
    let amount = in_currency(usd, currency, rate);
    #[cfg(target_arch = "wasm32")]
    if let Some(text) = intl_format(amount, currency, fraction_digits(currency), false, lang) {
        return text;
    }
    let _ = lang; // only `Intl` formats by language
    plain_money(amount, currency)
}

/// A short form for chart axes where the browser has one: `$1.2K`, `₩145만`. Elsewhere the
/// full amount.
pub fn money_short(usd: f64, currency: Currency, rate: &ExchangeRate, lang: Lang) -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(text) = intl_format(in_currency(usd, currency, rate), currency, 1, true, lang) {
        return text;
    }
    money(usd, currency, rate, lang)
}

fn in_currency(usd: f64, currency: Currency, rate: &ExchangeRate) -> f64 {
    match currency {
        Currency::Usd => usd,
        Currency::Krw => to_krw(usd, rate.krw_per_usd),
    }
}

#[cfg(target_arch = "wasm32")]
fn fraction_digits(currency: Currency) -> u32 {
    currency.fraction_digits()
}

#[cfg(target_arch = "wasm32")]
fn locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Ko => "ko-KR",
        Lang::En => "en-US",
    }
}

#[cfg(target_arch = "wasm32")]
fn intl_format(
    amount: f64,
    currency: Currency,
    digits: u32,
    compact: bool,
    lang: Lang,
) -> Option<String> {
    use js_sys::{Array, Intl::NumberFormat, Object, Reflect};
    use wasm_bindgen::JsValue;

    let options = Object::new();
    let set = |key: &str, value: JsValue| Reflect::set(&options, &key.into(), &value).ok();
    set("style", "currency".into())?;
    set("currency", currency.code().into())?;
    if compact {
        set("notation", "compact".into())?;
        // Said outright: WebKit's Intl otherwise keeps the currency's digits, `US$600.0`.
        set("minimumFractionDigits", 0.into())?;
        set("maximumFractionDigits", digits.into())?;
    } else {
        set("minimumFractionDigits", digits.into())?;
        set("maximumFractionDigits", digits.into())?;
    }
    let locales = Array::of1(&locale(lang).into());
    let format = NumberFormat::new(&locales, &options).format();
    format
        .call1(&JsValue::NULL, &amount.into())
        .ok()?
        .as_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::cost::DEFAULT_KRW_PER_USD;

    #[test]
    fn dollars_keep_cents_and_won_are_whole_and_grouped() {
        let rate = DEFAULT_KRW_PER_USD;
        assert_eq!(money(360.404, Currency::Usd, &rate, Lang::En), "$360.40");
        assert_eq!(money(1234.5, Currency::Usd, &rate, Lang::Ko), "$1,234.50");
        assert_eq!(money(1000.0, Currency::Krw, &rate, Lang::Ko), "₩1,450,000");
        assert_eq!(money(0.2, Currency::Krw, &rate, Lang::En), "₩290");
        assert_eq!(money(-12.0, Currency::Usd, &rate, Lang::En), "-$12.00");
        assert_eq!(money(0.0, Currency::Usd, &rate, Lang::En), "$0.00");
    }
}
