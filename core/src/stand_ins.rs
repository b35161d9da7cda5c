//! What the hand-written stand-ins replace, compiled in only by `cargo xtask bench` (one
//! `bench-*` feature at a time) so that it can weigh the bytes each stand-in saves the
//! widgets' bundle (BENCHMARKS.md, "Hand-written stand-ins"). Each function here has the
//! signature of the stand-in it replaces and does the job the usual way: the standard
//! library's float parsing and formatting, `{:?}`, serde_json for the URL state. Never
//! enabled in a shipped build.

#[cfg(feature = "bench-std-parse")]
/// `str::parse::<f64>` in place of `number::parse_decimal`.
pub fn parse_decimal(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|value| value.is_finite())
}

#[cfg(feature = "bench-std-format")]
/// Float `Display` in place of `number::format_number`.
pub fn format_number(value: f64) -> String {
    let rounded = (value * 1e6).round() / 1e6;
    format!("{rounded}")
}

#[cfg(feature = "bench-std-format")]
/// `{:.2}` in place of `number::format_usd`.
pub fn format_usd(usd: f64) -> String {
    format!("${:.2}", usd.max(0.0))
}

#[cfg(feature = "bench-std-format")]
/// `{:.*}` in place of `cost::money::plain_money` (without the grouping).
pub fn plain_money(amount: f64, currency: crate::cost::Currency) -> String {
    let symbol = match currency {
        crate::cost::Currency::Usd => "$",
        crate::cost::Currency::Krw => "₩",
    };
    format!("{symbol}{amount:.*}", currency.fraction_digits() as usize)
}

#[cfg(feature = "bench-std-quote")]
/// `{:?}` in place of `error::quoted`.
pub fn quoted(text: &str) -> String {
    format!("{text:?}")
}

#[cfg(feature = "bench-json-state")]
/// URL state as `2.` and the answers' JSON (serde_json), in place of attribute pairs.
pub fn encode_state<T: serde::Serialize>(answers: &T) -> String {
    format!("2.{}", serde_json::to_string(answers).unwrap_or_default())
}

#[cfg(feature = "bench-json-state")]
/// A JSON state's members as the attribute pairs the presets read, parsed by serde_json in
/// place of the `name=value;…` reader.
pub fn decode_state(
    state: &str,
) -> Result<crate::attributes::ElementEnv, crate::error::InputError> {
    let json = state.strip_prefix("2.").unwrap_or(state);
    let value: serde_json::Value = serde_json::from_str(json).map_err(|_| {
        crate::error::InputError::new("state", crate::error::quoted(json), "a JSON object")
    })?;
    let attributes = value
        .as_object()
        .map(|members| {
            members
                .iter()
                .map(|(name, value)| (name.clone(), value.to_string()))
                .collect()
        })
        .unwrap_or_default();
    Ok(crate::attributes::ElementEnv {
        attributes,
        ..Default::default()
    })
}

#[cfg(feature = "bench-std-join")]
/// The standard library's `[S]::join` in place of `words::join`.
pub fn join<S: std::borrow::Borrow<str>>(parts: &[S], separator: &str) -> String {
    parts.join(separator)
}
